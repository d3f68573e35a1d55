import { roles as allRoles, type Role } from '@/shared/contract/roles';

/**
 * Which roles the person signed in on this browser had at their last session reply: a hint that
 * lets a page's first request leave beside the session check instead of after it (decision 36).
 * It never opens anything — the API checks every request, and the shell's role gate decides on
 * the session reply itself — it only decides whether to ask for a page's data before that reply.
 *
 * Kept in a cookie of the browser session (no expiry: gone when the browser closes, as the
 * session cookie is), shared by the browser's tabs, holding role names only — nothing about
 * customers or who the person is. Cleared on sign-out, on a 401 and by another person's sign-in.
 */
const cookieName = 'pc_roles_hint';

/** `roles` as the hint (an empty list clears it). Throws nothing. */
export function rememberRoles(roles: readonly Role[]): void {
  if (typeof document === 'undefined') return;
  document.cookie =
    roles.length === 0
      ? `${cookieName}=; Path=/; SameSite=Strict; Max-Age=0`
      : `${cookieName}=${roles.join('.')}; Path=/; SameSite=Strict`;
}

/** Drops the hint (signed out). */
export function forgetRoles(): void {
  rememberRoles([]);
}

/** The hinted roles, or `null` when there is no hint (or it names no role this console knows). */
export function hintedRoles(): Role[] | null {
  if (typeof document === 'undefined') return null;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${cookieName}=`));
  const value = entry?.slice(cookieName.length + 1) ?? '';
  const known = value.split('.').filter((name): name is Role => (allRoles as readonly string[]).includes(name));
  return known.length > 0 ? known : null;
}
