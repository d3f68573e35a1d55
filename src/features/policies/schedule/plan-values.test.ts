import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '@/shared/lib/format';
import { initialPlan, planFieldOfApiPath, toPublishRequest } from './plan-values';

const previousZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = previousZone;
});

describe('plan times in the staff member’s zone, sent in UTC', () => {
  it('reads 2026-12-10 09:00 in Tokyo as 00:00 UTC, and shows it back the same way', () => {
    const request = toPublishRequest({
      channels: ['site_banner'],
      sendAt: '2026-12-10T09:00',
      effectiveAt: '2026-12-17T18:30',
      reconsentPurposes: [],
    });
    expect(request.notice.sendAt).toBe('2026-12-10T00:00:00.000Z');
    expect(request.effectiveAt).toBe('2026-12-17T09:30:00.000Z');
    expect(toLocalInput(Date.parse('2026-12-10T00:00:00.000Z'))).toBe('2026-12-10T09:00');
  });

  it('leaves text that is no time as it is, for the schema to name', () => {
    expect(Number.isNaN(fromLocalInput('tomorrow'))).toBe(true);
    expect(
      toPublishRequest({ channels: [], sendAt: '', effectiveAt: 'soon', reconsentPurposes: [] }).effectiveAt,
    ).toBe('soon');
  });

  it('opens with the notice at 09:00 local tomorrow and the version in effect 7 days later', () => {
    const plan = initialPlan({ significant: true }, Date.parse('2026-12-01T20:00:00Z'));
    // 20:00 UTC is 05:00 on 2 December in Tokyo: tomorrow is the 3rd.
    expect(plan.sendAt).toBe('2026-12-03T09:00');
    expect(plan.effectiveAt).toBe('2026-12-10T09:00');
    expect(plan.channels).toEqual(['email', 'site_banner']);
    expect(initialPlan({ significant: false }, 0).channels).toEqual(['site_banner']);
  });

  it('places the API’s field paths on the form’s fields', () => {
    expect(planFieldOfApiPath('notice.channels')).toBe('channels');
    expect(planFieldOfApiPath('notice.reconsentPurposes')).toBe('reconsentPurposes');
    expect(planFieldOfApiPath('notice.reconsentPurposes[0]')).toBe('reconsentPurposes');
    expect(planFieldOfApiPath('effectiveAt')).toBe('effectiveAt');
    expect(planFieldOfApiPath('changeCategories')).toBe('changeCategories');
    expect(planFieldOfApiPath('retention')).toBeUndefined();
  });
});
