import type { Role } from '@/shared/contract/roles';
import type { Staff } from '@/shared/contract/staff';

/**
 * The demo's staff: fixed people with fixed ids, so an audit entry, an assignee or a policy's
 * author written yesterday still names the same person today. Everyone signs in with `demo`.
 */

export const demoPassword = 'demo';

export const demoStaff = {
  support: {
    id: 'stf_1a7k3m',
    name: 'Maya Lindqvist',
    email: 'support@digfashions.example',
    roles: ['support'],
  },
  analyst: {
    id: 'stf_2b8p4n',
    name: 'Daniel Okafor',
    email: 'analyst@digfashions.example',
    roles: ['security_analyst'],
  },
  analyst2: {
    id: 'stf_3c9q5r',
    name: 'Priya Raman',
    email: 'analyst2@digfashions.example',
    roles: ['security_analyst'],
  },
  legal: { id: 'stf_4d2s6t', name: 'Jonas Weber', email: 'legal@digfashions.example', roles: ['legal'] },
  legal2: { id: 'stf_5e3u7v', name: 'Jing Chen', email: 'legal2@digfashions.example', roles: ['legal'] },
  dpo: {
    id: 'stf_6f4w8x',
    name: 'Sofia Marques',
    email: 'dpo@digfashions.example',
    roles: ['privacy_officer'],
  },
  multi: {
    id: 'stf_7g5y9z',
    name: 'Alex Morgan',
    email: 'multi@digfashions.example',
    roles: ['support', 'legal'],
  },
} as const satisfies Record<string, Staff>;

export type DemoStaffKey = keyof typeof demoStaff;

/** In a stable order (the order above); the list never changes at run time. */
export const allStaff: readonly Staff[] = Object.values(demoStaff).map((staff) => ({
  ...staff,
  roles: [...staff.roles],
}));

const byId = new Map(allStaff.map((staff) => [staff.id, staff]));
const byEmail = new Map(allStaff.map((staff) => [staff.email, staff]));

export function staffById(id: string): Staff | undefined {
  return byId.get(id);
}

/** Emails compare case-insensitively, as mail servers do for the domain and this one does for all. */
export function staffByEmail(email: string): Staff | undefined {
  return byEmail.get(email.trim().toLowerCase());
}

export function staffWithRole(role: Role): Staff[] {
  return allStaff.filter((staff) => staff.roles.includes(role));
}

export function staffByKey(key: DemoStaffKey): Staff {
  const staff = byId.get(demoStaff[key].id);
  if (!staff) throw new Error(`unknown demo staff ${key}`);
  return staff;
}
