import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayEndIso, dayStartIso, isIsoDay, localDay, timeZoneLabel } from './format';
import { dayParam } from './use-url-state';

// A staff member in Tokyo: nine hours ahead of UTC, so "today" starts on the previous UTC day.
const previousZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = previousZone;
});

describe('days in date filters', () => {
  it('are the staff member’s days, converted to the instants that bound them', () => {
    expect(dayStartIso('2026-11-25')).toBe('2026-11-24T15:00:00.000Z');
    expect(dayEndIso('2026-11-25')).toBe('2026-11-25T14:59:59.999Z');
  });

  it('take today from the given instant in the browser’s zone, not in UTC', () => {
    // 00:30 in Tokyo on 26 November is still 25 November in UTC.
    expect(localDay(Date.parse('2026-11-25T15:30:00Z'))).toBe('2026-11-26');
  });

  it('name the zone that times are shown in', () => {
    expect(timeZoneLabel(Date.parse('2026-11-25T15:30:00Z'))).toBe('Asia/Tokyo (UTC+9)');
  });

  it('read an impossible day in a link as empty instead of rolling it over or failing', () => {
    const param = dayParam();
    for (const raw of ['2026-13-01', '2026-02-31', '2026-00-10', '2026-1-01', 'yesterday']) {
      expect(isIsoDay(raw)).toBe(false);
      expect(param.parse(raw)).toBe('');
    }
    expect(param.parse('2028-02-29')).toBe('2028-02-29');
    expect(() => dayStartIso('2026-02-31')).toThrow(RangeError);
  });
});
