import { describe, expect, it } from 'vitest';
import { countdownText, countdownTickMs } from './countdown';

const effectiveAt = '2026-12-10T12:00:00Z';
const at = (offsetMs: number) => Date.parse(effectiveAt) - offsetMs;
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('countdownText', () => {
  it('names days and hours while more than a day is left, rounded down', () => {
    expect(countdownText(effectiveAt, at(3 * day + 4 * hour + 59 * minute))).toBe('in 3 days 4 hours');
    expect(countdownText(effectiveAt, at(1 * day + 30 * minute))).toBe('in 1 day');
  });

  it('names hours and minutes, then minutes, on the last day', () => {
    expect(countdownText(effectiveAt, at(2 * hour + 5 * minute + 30_000))).toBe('in 2 hours 5 minutes');
    expect(countdownText(effectiveAt, at(1 * hour))).toBe('in 1 hour');
    expect(countdownText(effectiveAt, at(12 * minute + 59_000))).toBe('in 12 minutes');
    expect(countdownText(effectiveAt, at(1 * minute))).toBe('in 1 minute');
  });

  it('says less than a minute, then due now once the moment has passed', () => {
    expect(countdownText(effectiveAt, at(59_000))).toBe('in less than a minute');
    expect(countdownText(effectiveAt, at(0))).toBe('due now');
    expect(countdownText(effectiveAt, at(-5 * minute))).toBe('due now');
  });
});

describe('countdownTickMs', () => {
  it('repaints every second near the moment, and every 15 seconds before', () => {
    expect(countdownTickMs(90_000)).toBe(1000);
    expect(countdownTickMs(3 * hour)).toBe(15_000);
    expect(countdownTickMs(-1000)).toBe(15_000);
  });
});
