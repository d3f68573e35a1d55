/** The shop's markets: the countries an account can belong to (ISO 3166-1 alpha-2). */
export const markets = [
  { code: 'BR', name: 'Brazil' },
  { code: 'CN', name: 'China' },
  { code: 'DE', name: 'Germany' },
  { code: 'ES', name: 'Spain' },
  { code: 'FR', name: 'France' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'IN', name: 'India' },
  { code: 'JP', name: 'Japan' },
  { code: 'SG', name: 'Singapore' },
  { code: 'US', name: 'United States' },
] as const;

export function marketName(code: string): string {
  return markets.find((market) => market.code === code)?.name ?? code;
}
