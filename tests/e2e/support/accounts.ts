/**
 * The mock API's demo staff (password `demo`) as the sign-in page lists them, with what each must
 * see. The names come from the mock; the journeys read them off the page rather than repeat them.
 */
export interface DemoAccount {
  /** The label of the "Fill in …" button on the sign-in page. */
  label: string;
  email: string;
  /** The roles line of the top bar. */
  rolesText: string;
  /** Whether the side navigation and the home page offer the audit log. */
  seesAuditLog: boolean;
}

export const demoPassword = 'demo';

export const accounts = {
  support: {
    label: 'Support',
    email: 'support@digfashions.example',
    rolesText: 'support',
    seesAuditLog: false,
  },
  analyst: {
    label: 'Security analyst',
    email: 'analyst@digfashions.example',
    rolesText: 'security analyst',
    seesAuditLog: false,
  },
  legal: { label: 'Legal', email: 'legal@digfashions.example', rolesText: 'legal', seesAuditLog: false },
  dpo: {
    label: 'Privacy officer',
    email: 'dpo@digfashions.example',
    rolesText: 'privacy officer',
    seesAuditLog: true,
  },
  multi: {
    label: 'Support + legal',
    email: 'multi@digfashions.example',
    rolesText: 'support · legal',
    seesAuditLog: false,
  },
} as const satisfies Record<string, DemoAccount>;

export type AccountKey = keyof typeof accounts;

export const accountKeys = Object.keys(accounts) as AccountKey[];
