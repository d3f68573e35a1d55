const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const unit = (count: number, one: string) => `${String(count)} ${one}${count === 1 ? '' : 's'}`;

/**
 * The time left until `targetMs` as of `nowMs` (both epoch ms, `nowMs` by server time), as text:
 * "3 days, 4 hours, 12 minutes", whole units rounded down, zero units left out ("2 hours"), and
 * "less than a minute" under a minute. `null` once `targetMs` is reached or past.
 */
export function countdownText(targetMs: number, nowMs: number): string | null {
  const left = targetMs - nowMs;
  if (left <= 0) return null;
  if (left < minuteMs) return 'less than a minute';
  const days = Math.floor(left / dayMs);
  const hours = Math.floor((left % dayMs) / hourMs);
  const minutes = Math.floor((left % hourMs) / minuteMs);
  return [
    days > 0 ? unit(days, 'day') : '',
    hours > 0 ? unit(hours, 'hour') : '',
    minutes > 0 ? unit(minutes, 'minute') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}
