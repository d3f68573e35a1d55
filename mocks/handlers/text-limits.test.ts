import { describe, expect, it } from 'vitest';
import { accountSchema } from '@/shared/contract/accounts';
import { alertNotePageSchema, alertSchema } from '@/shared/contract/alerts';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import { consentEventPageSchema } from '@/shared/contract/consent';
import { incidentPageSchema } from '@/shared/contract/incidents';
import { policyVersionSchema } from '@/shared/contract/policies';
import { textLimits } from '@/shared/contract/limits';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownAlerts } from '@mocks/db/known-alerts';
import { knownPolicies } from '@mocks/db/known-policies';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

/**
 * The API's text limits (docs/api.md, General: "Lengths"; `textLimits`): a value longer than its
 * field's limit after trimming is a 400 whose `errors` name the field and say the limit, and
 * nothing is stored — no state change, no audit entry. At the limit (after trimming) it is taken.
 */

const now = '2026-11-25T09:00:00Z';

/** `length` characters of text, with no white space at either end. */
function textOf(length: number): string {
  return 'x'.repeat(length);
}

/** The 400's field errors, after checking that it is the contract's validation problem. */
function fieldErrorsOf(reply: { status: number; body: unknown }) {
  expect(reply.status).toBe(400);
  const problem = problemSchema.parse(reply.body);
  expect(problem.type).toBe(problemTypes.validation);
  return problem.errors ?? [];
}

function auditTotal(action: string, targetId: string): number {
  return queryAuditLog({ action, targetId, from: 0, direction: 'desc', page: 1, pageSize: 50 }).total;
}

async function accountOf(id: string) {
  const reply = await callApi(`/accounts/${id}`);
  expect(reply.status).toBe(200);
  return accountSchema.parse(reply.body);
}

describe('accounts: lock, unlock and reveal reasons (500)', () => {
  it('refuses a 501-character lock reason, names `reason` and the limit, and leaves the account active', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const before = await accountOf(knownAccounts.marketingOptIn);
    const reply = await callApi(`/accounts/${knownAccounts.marketingOptIn}/lock`, {
      method: 'POST',
      csrfToken,
      ifMatch: before.version,
      body: { reason: textOf(textLimits.reason + 1) },
    });
    expect(fieldErrorsOf(reply)).toContainEqual({
      field: 'reason',
      message: 'Shorten the reason to 500 characters or fewer',
    });
    const after = await accountOf(knownAccounts.marketingOptIn);
    expect(after).toMatchObject({ status: 'active', version: before.version });
    expect(after.lockedReason).toBeUndefined();
    expect(auditTotal('account.lock', knownAccounts.marketingOptIn)).toBe(0);
  });

  it('takes a reason of exactly 500 characters once trimmed', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const before = await accountOf(knownAccounts.marketingOptIn);
    const reason = textOf(textLimits.reason);
    const reply = await callApi(`/accounts/${knownAccounts.marketingOptIn}/lock`, {
      method: 'POST',
      csrfToken,
      ifMatch: before.version,
      body: { reason: `   ${reason}   ` },
    });
    expect(reply.status).toBe(200);
    expect(await accountOf(knownAccounts.marketingOptIn)).toMatchObject({
      status: 'locked',
      lockedReason: reason,
    });
  });

  it('refuses a 501-character unlock reason and leaves the account locked with its reason', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const before = await accountOf(knownAccounts.locked);
    const reply = await callApi(`/accounts/${knownAccounts.locked}/unlock`, {
      method: 'POST',
      csrfToken,
      ifMatch: before.version,
      body: { reason: textOf(textLimits.reason + 1) },
    });
    expect(fieldErrorsOf(reply).map((error) => error.field)).toContain('reason');
    expect(await accountOf(knownAccounts.locked)).toMatchObject({
      status: 'locked',
      version: before.version,
      lockedReason: before.lockedReason,
    });
    expect(auditTotal('account.unlock', knownAccounts.locked)).toBe(0);
  });

  it('refuses a 501-character reveal reason: no value, no audit entry', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    const reply = await callApi(`/accounts/${knownAccounts.marketingOptIn}/reveal`, {
      method: 'POST',
      csrfToken,
      body: { field: 'email', reason: textOf(textLimits.reason + 1) },
    });
    expect(fieldErrorsOf(reply)).toContainEqual({
      field: 'reason',
      message: 'Shorten the reason to 500 characters or fewer',
    });
    expect(reply.body).not.toHaveProperty('value');
    expect(auditTotal('account.reveal', knownAccounts.marketingOptIn)).toBe(0);
  });
});

describe('consent: the withdrawal reason (500)', () => {
  it('refuses a 501-character reason and records no withdrawal', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    const path = `/accounts/${knownAccounts.marketingOptIn}/consent-events`;
    const totalBefore = consentEventPageSchema.parse((await callApi(`${path}?pageSize=1`)).body).total;
    const reply = await callApi(path, {
      method: 'POST',
      csrfToken,
      idempotencyKey: crypto.randomUUID(),
      body: {
        purposeId: 'marketing_email',
        action: 'withdrawn',
        channel: 'phone',
        reason: textOf(textLimits.reason + 1),
      },
    });
    expect(fieldErrorsOf(reply)).toContainEqual({
      field: 'reason',
      message: 'Shorten the reason to 500 characters or fewer',
    });
    expect(consentEventPageSchema.parse((await callApi(`${path}?pageSize=1`)).body).total).toBe(totalBefore);
  });
});

describe('alerts: the new incident’s title (200) and notes (5,000)', () => {
  it('refuses a 201-character incident title on escalation: the alert stays acknowledged, no incident opens', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const alert = alertSchema.parse((await callApi(`/alerts/${knownAlerts.acknowledged}`)).body);
    const incidentsBefore = incidentPageSchema.parse((await callApi('/incidents?pageSize=1')).body).total;
    const reply = await callApi(`/alerts/${alert.id}/escalate`, {
      method: 'POST',
      csrfToken,
      ifMatch: alert.version,
      idempotencyKey: crypto.randomUUID(),
      body: { newIncident: { title: textOf(textLimits.title + 1), severity: 'high' } },
    });
    expect(fieldErrorsOf(reply)).toContainEqual({
      field: 'newIncident.title',
      message: 'Shorten the title to 200 characters or fewer',
    });
    expect(alertSchema.parse((await callApi(`/alerts/${alert.id}`)).body)).toMatchObject({
      status: 'acknowledged',
      version: alert.version,
    });
    expect(incidentPageSchema.parse((await callApi('/incidents?pageSize=1')).body).total).toBe(
      incidentsBefore,
    );
    expect(auditTotal('alert.escalate', alert.id)).toBe(0);
  });

  it('refuses a 5,001-character note and keeps the notes as they were', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const notesPath = `/alerts/${knownAlerts.acknowledged}/notes`;
    const before = alertNotePageSchema.parse((await callApi(notesPath)).body).total;
    const reply = await callApi(notesPath, {
      method: 'POST',
      csrfToken,
      idempotencyKey: crypto.randomUUID(),
      body: { body: textOf(textLimits.note + 1) },
    });
    expect(fieldErrorsOf(reply).map((error) => error.field)).toEqual(['body']);
    expect(alertNotePageSchema.parse((await callApi(notesPath)).body).total).toBe(before);
  });
});

describe('policies: the title (200), the approval comment (5,000) and the rejection comment (500)', () => {
  it('refuses a 201-character title on a draft and keeps the draft as it was', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('legal');
    const draft = policyVersionSchema.parse((await callApi(`/policies/${knownPolicies.draft}`)).body);
    const reply = await callApi(`/policies/${draft.id}`, {
      method: 'PUT',
      csrfToken,
      ifMatch: draft.version,
      body: {
        title: textOf(textLimits.title + 1),
        summary: draft.summary,
        body: draft.body,
        significant: draft.significant,
        changeCategories: draft.changeCategories,
      },
    });
    expect(fieldErrorsOf(reply)).toEqual([
      { field: 'title', message: 'Shorten the title to 200 characters or fewer' },
    ]);
    expect(policyVersionSchema.parse((await callApi(`/policies/${draft.id}`)).body)).toMatchObject({
      title: draft.title,
      version: draft.version,
    });
  });

  it('refuses a 5,001-character approval comment and a 501-character rejection comment; the version stays in review', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('legal');
    const review = policyVersionSchema.parse((await callApi(`/policies/${knownPolicies.inReview}`)).body);
    // The seeded audit log names the seeded versions too: count what this test adds.
    const reviewsBefore = auditTotal('policy.approve', review.id) + auditTotal('policy.reject', review.id);
    const send = (verb: 'approve' | 'reject', comment: string) =>
      callApi(`/policies/${review.id}/${verb}`, {
        method: 'POST',
        csrfToken,
        ifMatch: review.version,
        body: { comment },
      });
    expect(fieldErrorsOf(await send('approve', textOf(textLimits.note + 1)))).toEqual([
      { field: 'comment', message: 'Shorten the comment to 5,000 characters or fewer' },
    ]);
    expect(fieldErrorsOf(await send('reject', textOf(textLimits.reason + 1)))).toEqual([
      { field: 'comment', message: 'Shorten the comment to 500 characters or fewer' },
    ]);
    expect(policyVersionSchema.parse((await callApi(`/policies/${review.id}`)).body)).toMatchObject({
      status: 'in_review',
      version: review.version,
    });
    expect(auditTotal('policy.approve', review.id) + auditTotal('policy.reject', review.id)).toBe(
      reviewsBefore,
    );
  });
});

describe('lists: `q` (200)', () => {
  it.each([
    ['accounts', '/accounts', 'support'],
    ['alerts', '/alerts', 'analyst'],
    ['incidents', '/incidents', 'dpo'],
  ] as const)(
    '%s: a 201-character q is a 400 naming `q` that says to shorten it',
    async (_family, path, role) => {
      await signedInAs(role);
      const reply = await callApi(`${path}?q=${textOf(textLimits.search + 1)}`);
      expect(fieldErrorsOf(reply)).toEqual([
        { field: 'q', message: 'Shorten the search to 200 characters or fewer.' },
      ]);
      // The problem's own sentence says what to do, not that the list "does not understand".
      expect(problemSchema.parse(reply.body).detail).toBe('Shorten the search to 200 characters or fewer.');
      // 200 characters after trimming is a search like any other.
      const atLimit = await callApi(`${path}?q=${encodeURIComponent(`  ${textOf(textLimits.search)}  `)}`);
      expect(atLimit.status).toBe(200);
    },
  );
});
