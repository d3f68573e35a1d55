import { describe, expect, it } from 'vitest';
import { countdownText } from './countdown';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('countdownText', () => {
  it('counts days, hours and minutes left, rounded down', () => {
    expect(countdownText(3 * day + 4 * hour + 12 * minute + 59_000, 0)).toBe('3 days, 4 hours, 12 minutes');
    expect(countdownText(day + minute, 0)).toBe('1 day, 1 minute');
    expect(countdownText(2 * hour, 0)).toBe('2 hours');
  });

  it('says less than a minute at the end, and nothing once the time is reached', () => {
    expect(countdownText(1000 + 59_000, 1000)).toBe('less than a minute');
    expect(countdownText(5000, 5000)).toBeNull();
    expect(countdownText(5000, 5001)).toBeNull();
  });
});
