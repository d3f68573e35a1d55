/**
 * Activity shared by every tab of the console in this browser, so a tab left alone never signs
 * out the tab in use (DESIGN "Session hygiene": 30 minutes idle → warning → sign-out).
 *
 * Each tab notes the person's activity here; the idle clock of every tab reads the newest note of
 * any tab. The note is a timestamp only (milliseconds since the epoch, the browser's clock): no
 * personal data, so it may live in localStorage, which every tab of the origin sees.
 */

/** The localStorage key holding the newest activity of any tab (ms since the epoch, as a string). */
export const sharedActivityKey = 'privacy-console:last-activity';

/** A tab writes its activity at most this often (mousemove fires far more). */
const writeEveryMs = 5_000;

let lastWritten = 0;

/**
 * Records activity in this tab at `at` (ms since the epoch) for the other tabs. Writes are
 * throttled to one per 5 s unless `force` (an explicit "Stay signed in"). A browser that refuses
 * storage (private mode, quota) only loses the sharing: each tab then keeps its own clock.
 */
export function noteSharedActivity(at: number, { force = false }: { force?: boolean } = {}): void {
  if (!force && Math.abs(at - lastWritten) < writeEveryMs) return;
  lastWritten = at;
  try {
    localStorage.setItem(sharedActivityKey, String(at));
  } catch {
    // Storage refused: the idle clock falls back to this tab's own activity.
  }
}

/**
 * The newest activity of any tab (ms since the epoch), or 0 when none is recorded, it lies in the
 * future, or storage is unreadable.
 */
export function lastSharedActivity(): number {
  try {
    const stored = Number(localStorage.getItem(sharedActivityKey));
    // A note from the future means the clock was set back: it must not keep every tab awake.
    return Number.isFinite(stored) && stored <= Date.now() ? stored : 0;
  } catch {
    return 0;
  }
}
