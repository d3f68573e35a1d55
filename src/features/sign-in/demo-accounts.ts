/** The mock API's demo staff (password `demo`); listed on the sign-in page only when the mock is on. */
export const demoAccounts = [
  { email: 'support@digfashions.example', label: 'Support' },
  { email: 'analyst@digfashions.example', label: 'Security analyst' },
  { email: 'analyst2@digfashions.example', label: 'Security analyst (second)' },
  { email: 'legal@digfashions.example', label: 'Legal' },
  { email: 'legal2@digfashions.example', label: 'Legal (second)' },
  { email: 'dpo@digfashions.example', label: 'Privacy officer' },
  { email: 'multi@digfashions.example', label: 'Support + legal' },
] as const;

export const demoPassword = 'demo';
