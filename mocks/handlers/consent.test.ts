import { describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import {
  consentEventPageSchema,
  consentEventSchema,
  consentReceiptSchema,
  currentConsentListSchema,
  purposeIds,
  purposeListSchema,
  type CurrentConsent,
  type PurposeId,
} from '@/shared/contract/consent';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb } from '@mocks/db/database';
import { knownAccounts } from '@mocks/db/known-accounts';
import { noticeTextFor, policyVersions } from '@mocks/db/policy-versions';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const now = '2026-11-25T09:00:00Z';

async function consents(id: string): Promise<CurrentConsent[]> {
  const reply = await callApi(`/accounts/${id}/consents`);
  expect(reply.status).toBe(200);
  return currentConsentListSchema.parse(reply.body);
}

function stateOf(list: readonly CurrentConsent[], purposeId: PurposeId): CurrentConsent | undefined {
  return list.find((consent) => consent.purposeId === purposeId);
}

async function events(id: string, query = '') {
  const reply = await callApi(`/accounts/${id}/consent-events${query}`);
  expect(reply.status).toBe(200);
  return consentEventPageSchema.parse(reply.body);
}

/** `idempotencyKey: null` sends none. */
function withdraw(
  id: string,
  body: unknown,
  csrfToken: string,
  idempotencyKey: string | null = crypto.randomUUID(),
) {
  return callApi(`/accounts/${id}/consent-events`, {
    method: 'POST',
    body,
    csrfToken,
    ...(idempotencyKey === null ? {} : { idempotencyKey }),
  });
}

function problem(body: unknown) {
  return problemSchema.parse(body);
}

const request = {
  purposeId: 'marketing_email',
  action: 'withdrawn',
  channel: 'chat',
  reason: 'Customer asked in the shop chat to stop marketing emails',
};

describe('GET /consent/purposes', () => {
  it('lists the eight purposes, essential cookies required, each with the version that introduced it', async () => {
    await signedInAs('legal');
    const reply = await callApi('/consent/purposes');
    const purposes = purposeListSchema.parse(reply.body);
    expect(purposes.map((purpose) => purpose.id)).toEqual([...purposeIds]);
    expect(purposes.filter((purpose) => purpose.required).map((purpose) => purpose.id)).toEqual([
      'essential_cookies',
    ]);
    const labels = policyVersions.map((version) => version.label);
    for (const purpose of purposes) expect(labels).toContain(purpose.since);
    expect(purposes.find((purpose) => purpose.id === 'sensitive_data_sharing')?.since).toBe('2025.4');
  });
});

describe('GET /accounts/{id}/consents and /consent-events', () => {
  it('derives the current state of every purpose from the events', async () => {
    pinClock(now);
    await signedInAs('support');
    const list = await consents(knownAccounts.marketingOptIn);
    expect(list.map((consent) => consent.purposeId)).toEqual([...purposeIds]);
    expect(stateOf(list, 'marketing_email')).toMatchObject({ state: 'granted', policyVersion: '2025.2' });

    const log = await events(knownAccounts.marketingOptIn, '?pageSize=200');
    for (const consent of list) {
      const deciding = log.items.find(
        (event) => event.purposeId === consent.purposeId && event.action !== 'reconsent_requested',
      );
      if (!deciding) {
        expect(consent).toEqual({
          purposeId: consent.purposeId,
          state: 'not_asked',
          since: null,
          policyVersion: null,
        });
        continue;
      }
      expect(consent.state).toBe(deciding.action === 'granted' ? 'granted' : 'withdrawn');
      expect(consent.since).toBe(deciding.at);
      expect(consent.policyVersion).toBe(deciding.policyVersion);
    }
  });

  it('pages the events newest first, by purpose, IPs masked, notice texts verbatim', async () => {
    pinClock(now);
    await signedInAs('support');
    const all = await events(knownAccounts.heavyHistory, '?pageSize=200');
    expect(all.total).toBeGreaterThanOrEqual(200);
    const times = all.items.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const event of all.items) {
      expect(event.ip === '' || event.ip.endsWith('.***')).toBe(true);
      expect(event.noticeText).toBe(
        noticeTextFor(
          event.purposeId,
          policyVersions.findIndex((v) => v.label === event.policyVersion),
        ),
      );
    }
    const second = await events(knownAccounts.heavyHistory, '?pageSize=200&page=2');
    expect(second.items[0]?.id).not.toBe(all.items.at(-1)?.id);

    const analytics = await events(knownAccounts.heavyHistory, '?purposeId=analytics_cookies&pageSize=200');
    expect(analytics.total).toBeGreaterThan(50);
    expect(analytics.items.every((event) => event.purposeId === 'analytics_cookies')).toBe(true);
  });

  it('has none for an account migrated without consent records, and every purpose not asked', async () => {
    await signedInAs('support');
    expect(await events(knownAccounts.noConsentEvents)).toMatchObject({ items: [], total: 0 });
    const list = await consents(knownAccounts.noConsentEvents);
    expect(list.every((consent) => consent.state === 'not_asked' && consent.since === null)).toBe(true);
  });

  it('answers 400 for an unknown purpose or a sort, 404 for an unknown account', async () => {
    await signedInAs('support');
    const purpose = await callApi(`/accounts/${knownAccounts.heavyHistory}/consent-events?purposeId=cookies`);
    expect(problem(purpose.body).errors?.map((error) => error.field)).toEqual(['purposeId']);
    expect((await callApi(`/accounts/${knownAccounts.heavyHistory}/consent-events?sort=at:asc`)).status).toBe(
      400,
    );
    expect((await callApi('/accounts/acc_zzzzzz/consents')).status).toBe(404);
    expect((await callApi('/accounts/acc_zzzzzz/consent-events')).status).toBe(404);
  });
});

describe('POST /accounts/{id}/consent-events', () => {
  it('records a withdrawal: support_request by the staff member, how the customer asked and why, no notice shown, audited, state updated', async () => {
    pinClock(now);
    const { csrfToken, staff } = await signedInAs('support');
    const reply = await withdraw(knownAccounts.marketingOptIn, request, csrfToken);
    expect(reply.status).toBe(201);
    const event = consentEventSchema.parse(reply.body);
    expect(event).toMatchObject({
      at: new Date(now).toISOString(),
      purposeId: 'marketing_email',
      action: 'withdrawn',
      source: 'support_request',
      channel: 'chat',
      reason: request.reason,
      policyVersion: '2026.3',
      recordedBy: staff.id,
    });
    // Staff recorded it: the customer was shown no notice and used no device of theirs.
    expect(event).toMatchObject({ noticeText: '', ip: '', userAgent: '' });

    expect(stateOf(await consents(knownAccounts.marketingOptIn), 'marketing_email')).toEqual({
      purposeId: 'marketing_email',
      state: 'withdrawn',
      since: event.at,
      policyVersion: '2026.3',
    });
    expect((await events(knownAccounts.marketingOptIn, '?pageSize=1')).items[0]).toEqual(event);
    const audit = queryAuditLog({
      action: 'consent.withdraw',
      targetId: knownAccounts.marketingOptIn,
      direction: 'desc',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items.filter((entry) => entry.actorId === staff.id)).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ targetType: 'consent', reason: request.reason });
  });

  it('records one event for a double submit with the same Idempotency-Key', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('privacy_officer');
    const key = crypto.randomUUID();
    const [first, second] = await Promise.all([
      withdraw(knownAccounts.marketingOptIn, request, csrfToken, key),
      withdraw(knownAccounts.marketingOptIn, request, csrfToken, key),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const third = await withdraw(knownAccounts.marketingOptIn, request, csrfToken, key);
    expect(third.body).toEqual(first.body);
    expect(third.headers.get('Idempotent-Replayed')).toBe('true');
    const log = await events(knownAccounts.marketingOptIn, '?purposeId=marketing_email&pageSize=200');
    expect(log.items.filter((event) => event.source === 'support_request')).toHaveLength(1);

    const differentBody = await withdraw(
      knownAccounts.marketingOptIn,
      { ...request, purposeId: 'partner_sharing' },
      csrfToken,
      key,
    );
    expect(differentBody.status).toBe(422);
  });

  it('needs an Idempotency-Key (428)', async () => {
    const { csrfToken } = await signedInAs('support');
    const reply = await withdraw(knownAccounts.marketingOptIn, request, csrfToken, null);
    expect(reply.status).toBe(428);
  });

  it('never records a grant: 403 for any action but withdrawn', async () => {
    const { csrfToken } = await signedInAs('privacy_officer');
    for (const action of ['granted', 'reconsent_requested', 'expired']) {
      const reply = await withdraw(knownAccounts.noConsentEvents, { ...request, action }, csrfToken);
      expect(reply.status).toBe(403);
      const body = problem(reply.body);
      expect(body.type).toBe('about:blank');
      expect(body.requiredRoles).toBeUndefined();
    }
    expect(await events(knownAccounts.noConsentEvents)).toMatchObject({ total: 0 });
  });

  it('answers 409 for a required purpose and for one not granted', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    const required = await withdraw(
      knownAccounts.marketingOptIn,
      { ...request, purposeId: 'essential_cookies' },
      csrfToken,
    );
    expect(required.status).toBe(409);
    expect(problem(required.body).type).toBe(problemTypes.conflict);
    const notAsked = await withdraw(knownAccounts.noConsentEvents, request, csrfToken);
    expect(notAsked.status).toBe(409);

    expect((await withdraw(knownAccounts.marketingOptIn, request, csrfToken)).status).toBe(201);
    const again = await withdraw(knownAccounts.marketingOptIn, request, csrfToken);
    expect(again.status).toBe(409);
  });

  it('answers 400 without a channel or with one the customer cannot ask through', async () => {
    const { csrfToken } = await signedInAs('support');
    const withoutChannel = { purposeId: request.purposeId, action: request.action, reason: request.reason };
    const missing = await withdraw(knownAccounts.marketingOptIn, withoutChannel, csrfToken);
    expect(missing.status).toBe(400);
    expect(problem(missing.body).errors?.map((error) => error.field)).toEqual(['channel']);
    // `web` is a device channel: a customer asking staff does so by phone, email, chat, letter or in person.
    const device = await withdraw(knownAccounts.marketingOptIn, { ...request, channel: 'web' }, csrfToken);
    expect(problem(device.body).errors?.map((error) => error.field)).toEqual(['channel']);
    expect(stateOf(await consents(knownAccounts.marketingOptIn), 'marketing_email')?.state).toBe('granted');
  });

  it('answers 400 without a reason or with an unknown purpose, and 403 for roles that may not withdraw', async () => {
    const support = await signedInAs('support');
    const noReason = await withdraw(
      knownAccounts.marketingOptIn,
      { ...request, reason: '  ' },
      support.csrfToken,
    );
    expect(problem(noReason.body).errors?.map((error) => error.field)).toEqual(['reason']);
    const unknown = await withdraw(
      knownAccounts.marketingOptIn,
      { ...request, purposeId: 'newsletter' },
      support.csrfToken,
    );
    expect(problem(unknown.body).errors?.map((error) => error.field)).toEqual(['purposeId']);
    for (const role of ['security_analyst', 'legal'] as const) {
      const { csrfToken } = await signedInAs(role);
      const reply = await withdraw(knownAccounts.marketingOptIn, request, csrfToken);
      expect(reply.status).toBe(403);
      expect(problem(reply.body).requiredRoles).toEqual(['support', 'privacy_officer']);
    }
  });

  it('survives a reload: withdrawals replay from the journal', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    await withdraw(knownAccounts.marketingOptIn, request, csrfToken);
    await withdraw(knownAccounts.marketingOptIn, { ...request, purposeId: 'partner_sharing' }, csrfToken);
    reloadDb();
    const list = await consents(knownAccounts.marketingOptIn);
    expect(stateOf(list, 'marketing_email')?.state).toBe('withdrawn');
    expect(stateOf(list, 'partner_sharing')?.state).toBe('withdrawn');
    const recorded = (await events(knownAccounts.marketingOptIn, '?pageSize=2')).items;
    expect(recorded.map((event) => event.purposeId)).toEqual(['partner_sharing', 'marketing_email']);
  });
});

describe('GET /accounts/{id}/consent-receipt', () => {
  it('carries a recorded withdrawal with its channel and reason, and no notice text', async () => {
    pinClock(now);
    const { csrfToken, staff } = await signedInAs('support');
    const letter = { ...request, channel: 'in_person', reason: 'Customer came to the Lyon store and asked in person' };
    expect((await withdraw(knownAccounts.marketingOptIn, letter, csrfToken)).status).toBe(201);
    const receipt = consentReceiptSchema.parse(
      (await callApi(`/accounts/${knownAccounts.marketingOptIn}/consent-receipt`)).body,
    );
    expect(receipt.events[0]).toMatchObject({
      action: 'withdrawn',
      source: 'support_request',
      channel: 'in_person',
      reason: letter.reason,
      noticeText: '',
      recordedBy: staff.id,
    });
  });

  it('exports every event newest first with the current state, and audits the export', async () => {
    pinClock(now);
    const { staff } = await signedInAs('support');
    const reply = await callApi(`/accounts/${knownAccounts.heavyHistory}/consent-receipt`);
    expect(reply.status).toBe(200);
    const receipt = consentReceiptSchema.parse(reply.body);
    expect(receipt).toMatchObject({
      accountId: knownAccounts.heavyHistory,
      generatedAt: new Date(now).toISOString(),
      generatedBy: staff.id,
    });
    const page = await events(knownAccounts.heavyHistory, '?pageSize=1');
    expect(receipt.events).toHaveLength(page.total);
    expect(receipt.events[0]).toEqual(page.items[0]);
    expect(receipt.consents).toEqual(await consents(knownAccounts.heavyHistory));
    const audit = queryAuditLog({
      action: 'consent.receipt_export',
      targetId: knownAccounts.heavyHistory,
      from: Date.parse(now),
      direction: 'desc',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items[0]).toMatchObject({ actorId: staff.id, targetType: 'consent' });
  });

  it('is for the roles that answer inquiries (403 for the security analyst), 404 for an unknown account', async () => {
    await signedInAs('analyst');
    const reply = await callApi(`/accounts/${knownAccounts.heavyHistory}/consent-receipt`);
    expect(reply.status).toBe(403);
    expect(problem(reply.body).requiredRoles).toEqual(['support', 'legal', 'privacy_officer']);
    await signedInAs('legal');
    expect((await callApi('/accounts/acc_zzzzzz/consent-receipt')).status).toBe(404);
  });
});
