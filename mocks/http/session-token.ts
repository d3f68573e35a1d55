import type { Staff } from '@/shared/contract/staff';
import { ids } from '@mocks/db/ids';
import { hashString } from '@mocks/db/random';
import { staffById } from '@mocks/db/staff';

/**
 * Sessions without server memory. Each browser tab runs its own copy of the mock, and a reload
 * starts a fresh one, so the session cannot live in one copy's memory: the cookie value itself
 * says who is signed in (`<staffId>.<sessionId>.<generation>.<checksum>`), every copy can check
 * it, and the CSRF token is derived from it. Signing out deletes the cookie, which ends the
 * session in every tab of the browser at once.
 *
 * The checksum key ships in the demo bundle: this stops typos and stale cookies, not attackers —
 * the real API keeps its sessions server-side.
 */

export const sessionCookieName = 'pc_session';

const checksumKey = 'privacy-console-mock/session/v1';

/** Bumped by `revokeAllSessions()` (tests): cookies from before stop working in this copy. */
let generation = 0;
/** Sessions signed out in this copy; the cookie is gone too, this only guards a replayed one. */
const ended = new Set<string>();

export interface MockSession {
  readonly staff: Staff;
  readonly sessionId: string;
  readonly token: string;
  readonly csrfToken: string;
}

function checksum(text: string): string {
  return hashString(text, 1).toString(36) + hashString(text, 2).toString(36);
}

function csrfFor(token: string): string {
  return checksum(`${checksumKey}|csrf|${token}`);
}

/** A new session for `staff`; the token goes into the cookie. */
export function issueSession(staff: Staff): MockSession {
  const sessionId = ids.session.fresh();
  const payload = `${staff.id}.${sessionId}.${generation.toString(36)}`;
  const token = `${payload}.${checksum(`${checksumKey}|${payload}`)}`;
  return { staff, sessionId, token, csrfToken: csrfFor(token) };
}

/** The session a cookie value stands for, or `undefined` when it is forged, stale or ended. */
export function verifySession(token: string | undefined): MockSession | undefined {
  if (!token) return undefined;
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [staffId = '', sessionId = '', issuedIn = '', sum = ''] = parts;
  if (checksum(`${checksumKey}|${staffId}.${sessionId}.${issuedIn}`) !== sum) return undefined;
  if (issuedIn !== generation.toString(36) || ended.has(sessionId)) return undefined;
  const staff = staffById(staffId);
  return staff ? { staff, sessionId, token, csrfToken: csrfFor(token) } : undefined;
}

export function endSession(session: MockSession): void {
  ended.add(session.sessionId);
}

/** Tests: every session issued so far stops working. */
export function revokeAllSessions(): void {
  generation += 1;
  ended.clear();
}

// The cookie is not HttpOnly: MSW hands a mocked Set-Cookie to `document.cookie`, which refuses
// HttpOnly cookies. The real API's cookie is HttpOnly; the console never reads this one.
const attributes = 'Path=/; SameSite=Strict';

export function setSessionCookie(token: string): string {
  return `${sessionCookieName}=${token}; ${attributes}`;
}

export function clearSessionCookieHeader(): string {
  return `${sessionCookieName}=; ${attributes}; Max-Age=0`;
}

function cookieFrom(header: string): string | undefined {
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) return value.join('=') || undefined;
  }
  return undefined;
}

/**
 * The session cookie a request carries. Where there is a document (the browser, and jsdom in
 * tests) the mock runs in the page, and `document.cookie` is the browser's one shared jar: the
 * same in every tab, gone after sign-out everywhere. MSW's merged `cookies` would also mix in
 * its own per-tab copy from localStorage, which goes stale when another tab signs out. Without
 * a document (msw/node in a plain Node environment) MSW's `cookies` — the request's Cookie
 * header plus the jar MSW fills from our Set-Cookie replies — is all there is.
 */
export function readSessionCookie(request: Request, mswCookies: Record<string, string>): string | undefined {
  if (typeof document !== 'undefined') {
    if (request.credentials === 'omit') return undefined;
    return cookieFrom(document.cookie);
  }
  return mswCookies[sessionCookieName];
}

/** Tests: sign in without a request (jsdom), or forget the cookie between tests. */
export function writeSessionCookie(token: string | null): void {
  if (typeof document === 'undefined') return;
  document.cookie = token === null ? clearSessionCookieHeader() : setSessionCookie(token);
}
