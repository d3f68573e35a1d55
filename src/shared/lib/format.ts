const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** The exact moment, with the time zone, for tooltips and exports. */
export function formatDateTime(iso: string | number): string {
  return dateTimeFormat.format(new Date(iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3_600_000],
  ['month', 30 * 24 * 3_600_000],
  ['week', 7 * 24 * 3_600_000],
  ['day', 24 * 3_600_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "in 2 days": relative to `now`, which callers take from server time. */
export function formatRelative(iso: string | number, now: number): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  for (const [unit, ms] of units) {
    if (abs >= ms) return relativeFormat.format(Math.round(diff / ms), unit);
  }
  return diff <= 0 ? 'just now' : 'in a moment';
}

/**
 * The calendar parts of a `YYYY-MM-DD` day, or `undefined` when it names no real day
 * (`2026-13-01`, `2026-02-31`): links are typed by people, and an impossible day reads as empty.
 */
function dayParts(day: string): { year: number; month: number; date: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 31 February over into March; a real day survives the round trip.
  const probe = new Date(Date.UTC(year, month - 1, date));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date
    ? { year, month, date }
    : undefined;
}

/** True when `value` is a `YYYY-MM-DD` day that exists in the calendar. */
export function isIsoDay(value: string): boolean {
  return dayParts(value) !== undefined;
}

/**
 * `YYYY-MM-DD` of a date filter → the ISO instant (UTC) at which that day starts in the browser's
 * time zone: a day in a filter is the staff member's day, not a UTC day (DESIGN.md, dates).
 * Throws a RangeError for a day that does not exist; callers pass days read through `dayParam`.
 */
export function dayStartIso(day: string): string {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`Not a day: ${day}`);
  return new Date(parts.year, parts.month - 1, parts.date).toISOString();
}

/** The last millisecond of that day in the browser's time zone, as an ISO instant (UTC). Throws like `dayStartIso`. */
export function dayEndIso(day: string): string {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`Not a day: ${day}`);
  // The next local midnight minus 1 ms: right on days that daylight saving makes 23 or 25 hours long.
  return new Date(new Date(parts.year, parts.month - 1, parts.date + 1).getTime() - 1).toISOString();
}

/** The `YYYY-MM-DD` day that the instant `ms` (epoch milliseconds) falls on in the browser's time zone. */
export function localDay(ms: number): string {
  const at = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * "Asia/Tokyo (UTC+9)": the browser's time zone and its offset at the instant `ms` (just "UTC"
 * in UTC), for captions that say which zone days and times are shown in.
 */
export function timeZoneLabel(ms: number): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const offsetMinutes = -new Date(ms).getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60));
  const minutes = abs % 60 === 0 ? '' : `:${String(abs % 60).padStart(2, '0')}`;
  return `${zone} (UTC${offsetMinutes === 0 ? '' : `${sign}${hours}${minutes}`})`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An instant (epoch ms) as a `datetime-local` input's value, in the browser's time zone, to the
 * minute: `2026-12-10T09:00`. The staff member types and reads times in their own zone; what is
 * sent is UTC (`fromLocalInput`, then `toISOString`).
 */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getFullYear())}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}T${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * A `datetime-local` value, read in the browser's time zone, as epoch ms; `NaN` when it is not a
 * date and time. `2026-12-10T09:00` in Asia/Tokyo is `2026-12-10T00:00:00.000Z`. Throws nothing.
 */
export function fromLocalInput(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return Number.NaN;
  return new Date(value).getTime();
}
