// Time left to a server-time moment (a scheduled policy version taking effect, an incident's
// regulator deadline), counted by server time (API.md Conventions: notice periods and deadlines
// run on server time, never the browser's clock).

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const plural = (count: number, unit: string) => `${String(count)} ${unit}${count === 1 ? '' : 's'}`;

/**
 * "in 3 days 4 hours", "in 2 hours 5 minutes", "in 12 minutes", "in less than a minute": how long
 * until `effectiveAt` (ISO, UTC) from `nowMs` (epoch ms, server time). Two units at most, rounded
 * down, so the text never promises more time than is left. At or after the moment: "due now".
 */
export function countdownText(effectiveAt: string, nowMs: number): string {
  const left = Date.parse(effectiveAt) - nowMs;
  if (Number.isNaN(left)) return '';
  if (left <= 0) return 'due now';
  if (left < minuteMs) return 'in less than a minute';
  const days = Math.floor(left / dayMs);
  const hours = Math.floor((left % dayMs) / hourMs);
  const minutes = Math.floor((left % hourMs) / minuteMs);
  if (days > 0) return `in ${plural(days, 'day')}${hours > 0 ? ` ${plural(hours, 'hour')}` : ''}`;
  if (hours > 0) return `in ${plural(hours, 'hour')}${minutes > 0 ? ` ${plural(minutes, 'minute')}` : ''}`;
  return `in ${plural(minutes, 'minute')}`;
}

/**
 * How often a countdown of `msLeft` needs repainting to stay right to its shown unit: every
 * second in the last minute (the text changes to "due now" on time), else every 15 seconds.
 */
export function countdownTickMs(msLeft: number): number {
  return msLeft > 0 && msLeft <= 2 * minuteMs ? 1000 : 15_000;
}
