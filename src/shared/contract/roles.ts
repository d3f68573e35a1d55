import * as z from 'zod/mini';

export const roles = ['support', 'security_analyst', 'legal', 'privacy_officer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  support: 'support',
  security_analyst: 'security analyst',
  legal: 'legal',
  privacy_officer: 'privacy officer',
};

const all: readonly Role[] = roles;

/**
 * DESIGN.md "Who may do what", the part of the contract that says which roles hold each
 * permission. The mock enforces it and the console hides what a role lacks; a person with
 * several roles holds the union.
 */
export const permissions = {
  'overview.read': all,
  'accounts.read': all,
  /** Reveal email or phone. */
  'accounts.revealContact': ['support', 'security_analyst', 'privacy_officer'],
  /** Reveal IP, MAC address or search history. */
  'accounts.revealNetwork': ['security_analyst', 'privacy_officer'],
  'accounts.lock': ['security_analyst', 'privacy_officer'],
  'consent.withdraw': ['support', 'privacy_officer'],
  /** Export an account's consent receipt (proof of consent for the customer or an authority). */
  'consent.receipt': ['support', 'legal', 'privacy_officer'],
  'alerts.read': ['security_analyst', 'privacy_officer'],
  /** Read the alerts of one account (the account page's tab). */
  'alerts.readAccount': ['support', 'security_analyst', 'privacy_officer'],
  'alerts.change': ['security_analyst', 'privacy_officer'],
  'disclosures.read': ['legal', 'privacy_officer'],
  /** Read the disclosures of one account (the account page's tab). */
  'disclosures.readAccount': ['support', 'legal', 'privacy_officer'],
  /** Record or correct a disclosure, export CSV. */
  'disclosures.record': ['legal', 'privacy_officer'],
  'policies.read': all,
  /** Draft, submit, approve (not own), schedule, retract. */
  'policies.manage': ['legal', 'privacy_officer'],
  'incidents.read': ['security_analyst', 'legal', 'privacy_officer'],
  'incidents.edit': ['security_analyst', 'privacy_officer'],
  'incidents.draftNotice': ['security_analyst', 'legal', 'privacy_officer'],
  /** Approve a notice (not own), send it, file a regulator report. */
  'incidents.approveNotice': ['legal', 'privacy_officer'],
  /** Read, reply, assign. */
  'inquiries.handle': ['support', 'legal', 'privacy_officer'],
  'audit.read': ['privacy_officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function rolesFor(permission: Permission): readonly Role[] {
  return permissions[permission];
}

export function hasPermission(held: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return held.some((role) => allowed.includes(role));
}

/** "the privacy officer role", "the legal or privacy officer role". */
export function describeRoles(required: readonly Role[]): string {
  const labels = required.map((role) => roleLabels[role]);
  if (labels.length <= 1) return `the ${labels[0] ?? 'required'} role`;
  return `the ${labels.slice(0, -1).join(', ')} or ${labels.at(-1) ?? ''} role`;
}
