/**
 * The mock API's clock. Deadlines in the console run on server time (the `Date` header), so the
 * mock has one clock that every reply, every seeded time and every written record reads: a test
 * pins it and "today", due dates and 72-hour clocks stop depending on the day the test runs.
 */

let pinnedAt: number | null = null;
let offsetMs = 0;

/** Where the demo keeps the clock's offset from real time (localStorage, shared by its tabs). */
export const clockStorageKey = 'privacy-console-mock-clock';
let persistent = false;

function readStoredOffset(): number {
  try {
    const raw = localStorage.getItem(clockStorageKey);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'offsetMs' in parsed && typeof parsed.offsetMs === 'number') {
      return Number.isFinite(parsed.offsetMs) ? parsed.offsetMs : 0;
    }
  } catch {
    // A corrupt or unreadable entry: real time, and the next change overwrites it.
  }
  return 0;
}

function save(): void {
  if (!persistent) return;
  try {
    if (offsetMs === 0) localStorage.removeItem(clockStorageKey);
    else localStorage.setItem(clockStorageKey, JSON.stringify({ offsetMs }));
  } catch {
    // Private mode or a full quota: the offset lasts until the page is left.
  }
}

function toMs(date: Date | string | number): number {
  const ms = date instanceof Date ? date.getTime() : typeof date === 'string' ? Date.parse(date) : date;
  if (!Number.isFinite(ms)) throw new Error(`clock: not a date: ${String(date)}`);
  return ms;
}

export const clock = {
  /** Milliseconds since the epoch, by the mock's clock. */
  now(): number {
    return pinnedAt ?? Date.now() + offsetMs;
  },

  /** Stops the clock at `date`; it moves only by `advance`. */
  pin(date: Date | string | number): void {
    pinnedAt = toMs(date);
  },

  /** Moves the clock forward (or back, with a negative value), pinned or not. */
  advance(ms: number): void {
    if (pinnedAt === null) {
      offsetMs += ms;
      save();
    } else pinnedAt += ms;
  },

  isPinned(): boolean {
    return pinnedAt !== null;
  },

  /** Back to real time. */
  reset(): void {
    pinnedAt = null;
    offsetMs = 0;
    save();
  },
};

/**
 * Browser only (the demo): the clock's offset from real time — what `clock.advance` moved it by
 * while not pinned — is kept in localStorage, so it lasts across reloads, and every tab follows
 * another tab's change (the `storage` event). A pinned time is not kept: pinning is for tests,
 * which start from a fresh browser context. Idempotent.
 */
export function persistClock(): void {
  if (persistent || typeof localStorage === 'undefined') return;
  persistent = true;
  offsetMs = readStoredOffset();
  if (typeof addEventListener === 'function') {
    addEventListener('storage', (event: StorageEvent) => {
      if (event.key === clockStorageKey || event.key === null) offsetMs = readStoredOffset();
    });
  }
}

/** The API's time format: ISO 8601 UTC with milliseconds. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

/** `Date` header value (RFC 9110 IMF-fixdate, e.g. `Wed, 25 Nov 2026 09:00:00 GMT`). */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;
