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

/** `YYYY-MM-DD` of a date input → the ISO instant that starts (or ends) that day in UTC. */
export function dayStartIso(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toISOString();
}

export function dayEndIso(day: string): string {
  return new Date(`${day}T23:59:59.999Z`).toISOString();
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
