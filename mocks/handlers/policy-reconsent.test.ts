import { beforeEach, describe, expect, it } from 'vitest';
import { consentEventPageSchema, currentConsentListSchema, type PurposeId } from '@/shared/contract/consent';
import { day, isoAt } from '@mocks/clock';
import { accountStatusOf, accountTotal } from '@mocks/db/accounts/state';
import { consentLog, currentConsents } from '@mocks/db/consent';
import { reloadDb } from '@mocks/db/database';
import { ids } from '@mocks/db/ids';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownPolicies } from '@mocks/db/known-policies';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { scheduledPolicy } from '@mocks/scenarios/policies';
import { signedInAs } from '@mocks/scenarios/session';
import { answerShare, answerSpreadDays } from './policy-reach';
import { consentLogWithPolicies, reconsentExpiryDays } from './policy-reconsent';

// 2026.4 (`knownPolicies.approved`) changes `personalized_recommendations`: everyone holding it is asked again.
const purpose: PurposeId = 'personalized_recommendations';
const pinned = '2026-11-25T09:00:00Z';
const nowMs = Date.parse(pinned);
const account = knownAccounts.marketingOptIn;

beforeEach(() => {
  pinClock(pinned);
});

async function events() {
  const reply = await callApi(`/accounts/${account}/consent-events?purposeId=${purpose}&pageSize=200`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return consentEventPageSchema.parse(reply.body).items;
}

async function stateOf() {
  const reply = await callApi(`/accounts/${account}/consents`);
  expect(reply.status).toBe(200);
  return currentConsentListSchema.parse(reply.body).find((consent) => consent.purposeId === purpose);
}

describe('re-consent after a version takes effect', () => {
  it('asks an account that held the changed purpose, in its consent history, at effectiveAt', async () => {
    await signedInAs('support');
    expect((await stateOf())?.state).toBe('granted');
    scheduledPolicy({ effectiveInMs: day });
    advanceClock(day - 1);
    expect((await events()).some((event) => event.policyVersion === '2026.4')).toBe(false);
    advanceClock(1);
    const [newest] = await events();
    expect(newest).toMatchObject({
      action: 'reconsent_requested',
      source: 'policy_update',
      policyVersion: '2026.4',
      at: isoAt(nowMs + day),
    });
    expect(newest?.noticeText).toMatch(/2026\.4/);
    // Asked, not answered: the earlier grant stands.
    expect((await stateOf())?.state).toBe('granted');
  });

  it('the answer or the expiry arrives within 30 days, and the consent state follows it; the same after a reload', async () => {
    await signedInAs('support');
    scheduledPolicy({ effectiveInMs: day });
    advanceClock(day + reconsentExpiryDays * day);
    const [newest] = await events();
    expect(newest?.policyVersion).toBe('2026.4');
    expect(newest?.source).toBe('policy_update');
    expect(['granted', 'withdrawn', 'expired']).toContain(newest?.action);
    const state = await stateOf();
    expect(state?.state).toBe(newest?.action === 'granted' ? 'granted' : 'withdrawn');
    reloadDb();
    expect((await events())[0]).toEqual(newest);
  });

  it('across accounts, answers arrive over the following days as reconsent-progress counts them', async () => {
    await signedInAs('legal');
    scheduledPolicy({ effectiveInMs: day });
    const effective = nowMs + day;
    // Open accounts that hold the purpose now (the preview counts no closed one): a fixed spread over the seed.
    const holders: number[] = [];
    for (let k = 0; holders.length < 80 && k < 400; k += 1) {
      const index = Math.floor((k * accountTotal()) / 400) + 7;
      const current = currentConsents(consentLog(index)).find((consent) => consent.purposeId === purpose);
      const open = accountStatusOf(index) === 'active' || accountStatusOf(index) === 'locked';
      if (open && current?.state === 'granted') holders.push(index);
    }
    expect(holders.length).toBeGreaterThanOrEqual(40);
    const answeredBy = (at: number) =>
      holders.filter((index) =>
        consentLogWithPolicies(index, at).some(
          (event) =>
            event.policyVersion === '2026.4' && (event.action === 'granted' || event.action === 'withdrawn'),
        ),
      ).length / holders.length;
    advanceClock(day);
    const asked = holders.filter((index) =>
      consentLogWithPolicies(index, effective).some(
        (event) => event.action === 'reconsent_requested' && event.policyVersion === '2026.4',
      ),
    );
    expect(asked.length).toBe(holders.length);
    const atStart = answeredBy(effective);
    const halfway = answeredBy(effective + (answerSpreadDays / 2) * day);
    const done = answeredBy(effective + answerSpreadDays * day);
    expect(atStart).toBeLessThan(0.1);
    expect(halfway).toBeGreaterThan(atStart);
    expect(done).toBeGreaterThan(halfway);
    expect(Math.abs(done - answerShare)).toBeLessThan(0.2);

    advanceClock(answerSpreadDays * day);
    const reply = await callApi(`/policies/${knownPolicies.approved}/reconsent-progress`);
    const [entry] = reply.body as { asked: number; granted: number; withdrawn: number }[];
    expect(((entry?.granted ?? 0) + (entry?.withdrawn ?? 0)) / (entry?.asked ?? 1)).toBeCloseTo(
      answerShare,
      1,
    );
  });

  it('asks nobody before a version takes effect, and never an account that is closed', () => {
    scheduledPolicy({ effectiveInMs: day });
    advanceClock(2 * day);
    const closed = ids.account.decode(knownAccounts.closed) ?? 0;
    expect(
      consentLogWithPolicies(closed, nowMs + 2 * day).some((event) => event.policyVersion === '2026.4'),
    ).toBe(false);
    const open = ids.account.decode(account) ?? 0;
    expect(consentLogWithPolicies(open, nowMs).some((event) => event.policyVersion === '2026.4')).toBe(false);
  });

  it('a withdrawal recorded after the version took effect is under the new version, and no later answer overrides it', async () => {
    const { csrfToken } = await signedInAs('support');
    scheduledPolicy({ effectiveInMs: day });
    advanceClock(day + 1);
    const reply = await callApi(`/accounts/${account}/consent-events`, {
      method: 'POST',
      csrfToken,
      idempotencyKey: crypto.randomUUID(),
      body: {
        action: 'withdrawn',
        purposeId: purpose,
        channel: 'phone',
        reason: 'Customer called to say no.',
      },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({ policyVersion: '2026.4', source: 'support_request' });
    advanceClock(reconsentExpiryDays * day);
    const [newest] = await events();
    expect(newest).toMatchObject({ action: 'withdrawn', source: 'support_request' });
    expect((await stateOf())?.state).toBe('withdrawn');
  });
});
