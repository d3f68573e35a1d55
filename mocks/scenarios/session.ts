import type { Role } from '@/shared/contract/roles';
import { sessionSchema, type Session } from '@/shared/contract/session';
import { demoPassword, demoStaff, staffByKey, type DemoStaffKey } from '@mocks/db/staff';
import { issueSession, writeSessionCookie } from '@mocks/http/session-token';

const personFor: Record<Role, DemoStaffKey> = {
  support: 'support',
  security_analyst: 'analyst',
  legal: 'legal',
  privacy_officer: 'dpo',
};

function keyOf(who: DemoStaffKey | Role): DemoStaffKey {
  return who in demoStaff ? (who as DemoStaffKey) : personFor[who as Role];
}

/**
 * Starts the test signed in as a demo person (`'dpo'`, `'analyst2'`, `'multi'`) or as the usual
 * holder of a role (`'privacy_officer'` → dpo@). Under jsdom it just sets the session cookie —
 * no request, no audit entry — and the app finds the session with `GET /session` as after a
 * reload. Without a document it signs in through `POST /session` (MSW's cookie jar keeps it).
 */
export async function signedInAs(who: DemoStaffKey | Role): Promise<Session> {
  const staff = staffByKey(keyOf(who));
  if (typeof document !== 'undefined') {
    const session = issueSession(staff);
    writeSessionCookie(session.token);
    return { staff, csrfToken: session.csrfToken };
  }
  const response = await fetch('http://localhost/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staff.email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`signedInAs(${who}): sign-in failed with ${String(response.status)}`);
  return sessionSchema.parse(await response.json());
}

/** Nobody signed in (the default at the start of every test). */
export function signedOut(): void {
  writeSessionCookie(null);
}
