import { describe, expect, it } from 'vitest';
import type { ChangeCategory } from '@/shared/contract/policies';
import { planErrors } from './plan-rules';
import { toLocalInput } from '@/shared/lib/format';
import type { PlanValues } from './plan-values';

const dayMs = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-01T10:00:00Z');
const purposes = [
  { id: 'essential_cookies', since: '2019.1' },
  { id: 'analytics_cookies', since: '2023.2' },
  { id: 'sensitive_data_sharing', since: '2026.4' },
] as const;

function version(changeCategories: ChangeCategory[], significant = true) {
  return { label: '2026.4', significant, changeCategories };
}

/** A plan the API accepts for a significant change of no particular kind. */
function plan(overrides: Partial<PlanValues> = {}): PlanValues {
  return {
    channels: ['email', 'site_banner'],
    sendAt: toLocalInput(now + dayMs),
    effectiveAt: toLocalInput(now + 9 * dayMs),
    reconsentPurposes: [],
    ...overrides,
  };
}

describe('the publishing rules, checked before sending', () => {
  it('accepts a plan that keeps every rule', () => {
    expect(planErrors(plan(), version(['recipients']), purposes, now)).toEqual({});
  });

  it('asks a significant change for email or SMS plus a site banner, naming the clause', () => {
    const bannerOnly = planErrors(
      plan({ channels: ['site_banner', 'in_app'] }),
      version(['recipients']),
      purposes,
      now,
    );
    expect(bannerOnly.channels).toMatch(/announced by email or SMS, plus a site banner/);
    expect(bannerOnly.channels).toMatch(/Privacy policy, updates: .*directly/);
    const emailOnly = planErrors(plan({ channels: ['email'] }), version(['recipients']), purposes, now);
    expect(emailOnly.channels).toMatch(/plus a site banner/);
    expect(
      planErrors(plan({ channels: ['sms', 'site_banner'] }), version(['recipients']), purposes, now),
    ).toEqual({});
    // A minor update may go out by banner alone.
    expect(planErrors(plan({ channels: ['site_banner'] }), version([], false), purposes, now)).toEqual({});
  });

  it('keeps a significant change out of effect for 7 days after the notice', () => {
    const short = planErrors(
      plan({ effectiveAt: toLocalInput(now + dayMs + 7 * dayMs - 60_000) }),
      version(['recipients']),
      purposes,
      now,
    );
    expect(short.effectiveAt).toMatch(
      /at least 7 days after the notice\. Privacy policy, updates: customers are told/,
    );
    expect(
      planErrors(
        plan({ effectiveAt: toLocalInput(now + 8 * dayMs) }),
        version(['recipients']),
        purposes,
        now,
      ),
    ).toEqual({});
    expect(
      planErrors(
        plan({ effectiveAt: toLocalInput(now + 2 * dayMs) }),
        version(['recipients'], false),
        purposes,
        now,
      ),
    ).toEqual({});
  });

  it('asks re-consent purposes for a change of customers’ rights', () => {
    const errors = planErrors(plan(), version(['user_rights']), purposes, now);
    expect(errors.reconsentPurposes).toMatch(/opt in again: choose the purposes\. Privacy policy, consent/);
    expect(
      planErrors(plan({ reconsentPurposes: ['analytics_cookies'] }), version(['user_rights']), purposes, now),
    ).toEqual({});
  });

  it('asks a change of purpose to list every purpose new in this version', () => {
    const errors = planErrors(
      plan({ reconsentPurposes: ['analytics_cookies'] }),
      version(['purpose_or_use']),
      purposes,
      now,
    );
    expect(errors.reconsentPurposes).toMatch(
      /New purposes need explicit consent: add sensitive_data_sharing/,
    );
    expect(
      planErrors(
        plan({ reconsentPurposes: ['sensitive_data_sharing'] }),
        version(['purpose_or_use']),
        purposes,
        now,
      ),
    ).toEqual({});
  });

  it('names a significant version without change categories at the form, not at a field', () => {
    expect(planErrors(plan(), version([]), purposes, now).changeCategories).toMatch(
      /names at least one change category\. Privacy policy, updates/,
    );
  });

  it('refuses a notice in the past by server time, and a version in effect before its notice', () => {
    const past = planErrors(
      plan({ sendAt: toLocalInput(now - 60 * 60_000) }),
      version([], false),
      purposes,
      now,
    );
    expect(past.sendAt).toMatch(/cannot go out in the past: by the server’s clock it is /);
    const before = planErrors(
      plan({ effectiveAt: toLocalInput(now + 60 * 60_000) }),
      version([], false),
      purposes,
      now,
    );
    expect(before.effectiveAt).toMatch(/cannot take effect before the notice is sent/);
  });

  it('names missing times and channels in plain words', () => {
    const errors = planErrors(
      plan({ sendAt: '', effectiveAt: '', channels: [] }),
      version([], false),
      purposes,
      now,
    );
    expect(errors.sendAt).toMatch(/^Give the date and time the notice goes out\./);
    expect(errors.effectiveAt).toMatch(/^Give the date and time the version takes effect\./);
    expect(errors.channels).toMatch(/^Choose at least one channel\./);
  });
});
