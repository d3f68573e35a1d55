import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import {
  policyVersionListSchema,
  policyVersionSchema,
  policyStatuses,
  publishPreviewSchema,
  reconsentProgressSchema,
  type PolicyVersion,
  type PublishPolicyRequest,
} from '@/shared/contract/policies';
import { day, isoAt } from '@mocks/clock';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb } from '@mocks/db/database';
import { ids } from '@mocks/db/ids';
import { knownPolicies, knownPolicyIndex } from '@mocks/db/known-policies';
import { policyVersions } from '@mocks/db/policy-versions';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { callApi, type CallOptions } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import {
  colleagueEditsPolicy,
  policyDraftBy,
  policyInReview,
  policySubmitted,
  scheduledPolicy,
} from '@mocks/scenarios/policies';
import { signedInAs } from '@mocks/scenarios/session';

const pinned = '2026-11-25T09:00:00Z';
const nowMs = Date.parse(pinned);
/** The mock clock's instant as the API writes it. */
const now = isoAt(nowMs);

beforeEach(() => {
  pinClock(pinned);
});

async function as(who: DemoStaffKey) {
  return (await signedInAs(who)).csrfToken;
}

async function list(query = '') {
  const reply = await callApi(`/policies${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return policyVersionListSchema.parse(reply.body);
}

async function one(id: string): Promise<PolicyVersion> {
  const reply = await callApi(`/policies/${id}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.headers.get('ETag')).toBe(`"${String((reply.body as PolicyVersion).version)}"`);
  return policyVersionSchema.parse(reply.body);
}

function post(path: string, csrfToken: string, options: Omit<CallOptions, 'method' | 'csrfToken'> = {}) {
  return callApi(`/policies${path}`, { method: 'POST', csrfToken, ...options });
}

/** The audit events of `action` on `targetId` written since the pinned time (the seeded log names the seeded versions too). */
function auditedSince(action: string, targetId: string) {
  return queryAuditLog({ action, targetId, from: nowMs, direction: 'asc', page: 1, pageSize: 10 }).items;
}

function problem(body: unknown) {
  return problemSchema.parse(body);
}

function fieldsOf(body: unknown): string[] {
  return (problem(body).errors ?? []).map((error) => error.field);
}

const goodPlan = (sendAt = nowMs + day): PublishPolicyRequest => ({
  effectiveAt: isoAt(sendAt + 8 * day),
  notice: {
    channels: ['email', 'site_banner'],
    sendAt: isoAt(sendAt),
    reconsentPurposes: ['personalized_recommendations'],
  },
});

describe('GET /policies', () => {
  it('lists the ten published versions (2026.3 in force, the rest superseded) and one version in each state of the pipeline, without body', async () => {
    await as('support');
    const all = await list();
    expect(all).toHaveLength(policyVersions.length + 3);
    const byId = new Map(all.map((policy) => [policy.id, policy]));
    expect(byId.get(knownPolicies.inForce)).toMatchObject({ label: '2026.3', status: 'published' });
    expect(byId.get(knownPolicies.first)).toMatchObject({ label: '2020.4', status: 'superseded' });
    expect(byId.get(knownPolicies.previous)).toMatchObject({ label: '2026.1', status: 'superseded' });
    expect(byId.get(knownPolicies.approved)).toMatchObject({
      status: 'approved',
      authorId: demoStaff.legal2.id,
    });
    expect(byId.get(knownPolicies.inReview)).toMatchObject({
      status: 'in_review',
      authorId: demoStaff.legal2.id,
    });
    expect(byId.get(knownPolicies.draft)).toMatchObject({ status: 'draft', authorId: demoStaff.legal.id });
    expect(all.filter((policy) => policy.status === 'published')).toHaveLength(1);
    expect(all.filter((policy) => policy.status === 'superseded')).toHaveLength(policyVersions.length - 1);
    for (const policy of all) expect(policy).not.toHaveProperty('body');
    for (const policy of all) expect(policy).not.toHaveProperty('history');
    const created = all.map((policy) => Date.parse(policy.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('keeps the known ids: each is the seeded index the README names', () => {
    for (const [key, index] of Object.entries(knownPolicyIndex)) {
      expect(ids.policy.encode(index), key).toBe(knownPolicies[key as keyof typeof knownPolicies]);
    }
  });

  it('dates the published versions as policy-versions.ts does: in force from effectiveAt, each superseded when the next took effect', async () => {
    await as('legal');
    for (const [index, seeded] of policyVersions.entries()) {
      const policy = await one(ids.policy.encode(index));
      expect(policy.label).toBe(seeded.label);
      expect(policy.publishedAt).toBe(policy.effectiveAt);
      expect(nowMs - Date.parse(policy.effectiveAt ?? '')).toBe(seeded.effectiveDaysAgo * day);
      expect(Date.parse(policy.effectiveAt ?? '') - Date.parse(policy.notice?.sendAt ?? '')).toBe(
        seeded.noticeDays * day,
      );
      expect(policy.reviewerId).not.toBe(policy.authorId);
      expect(policy.history.map((entry) => entry.action)).toEqual(
        index === policyVersions.length - 1
          ? ['created', 'submitted', 'approved', 'scheduled', 'published']
          : ['created', 'submitted', 'approved', 'scheduled', 'published', 'superseded'],
      );
      const times = policy.history.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('filters by status; an unknown status is a 400 on the field', async () => {
    await as('analyst');
    for (const status of policyStatuses) {
      const some = await list(`?status=${status}`);
      expect(some.every((policy) => policy.status === status)).toBe(true);
    }
    expect((await list('?status=draft')).map((policy) => policy.id)).toEqual([knownPolicies.draft]);
    const bad = await callApi('/policies?status=live');
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['status']);
  });
});

describe('GET /policies/{id}', () => {
  it('answers the version with its Markdown body and its history, oldest first; 404 for an unknown id', async () => {
    await as('support');
    const inReview = await one(knownPolicies.inReview);
    expect(inReview.body.length).toBeGreaterThan(0);
    expect(inReview.history.map((entry) => entry.action)).toEqual(['created', 'submitted']);
    const approved = await one(knownPolicies.approved);
    expect(approved.history.map((entry) => entry.action)).toEqual([
      'created',
      'submitted',
      'rejected',
      'submitted',
      'approved',
    ]);
    expect(approved.history.find((entry) => entry.action === 'rejected')?.comment).toMatch(/\S/);
    expect(approved.reviewerId).toBe(demoStaff.dpo.id);
    const missing = await callApi('/policies/pol_zzzzzz');
    expect(missing.status).toBe(404);
    expect(problem(missing.body).type).toBe(problemTypes.notFound);
  });

  it('needs a session', async () => {
    const reply = await callApi(`/policies/${knownPolicies.inForce}`);
    expect(reply.status).toBe(401);
  });
});

describe('POST /policies', () => {
  it('copies the base into a new draft by the caller, labelled the next free one of the year; audited', async () => {
    const csrfToken = await as('legal2');
    const base = await one(knownPolicies.inForce);
    const reply = await post('', csrfToken, { body: { basedOn: base.id }, idempotencyKey: 'new-1' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const draft = policyVersionSchema.parse(reply.body);
    expect(draft).toMatchObject({
      status: 'draft',
      label: '2026.7',
      version: 1,
      authorId: demoStaff.legal2.id,
      basedOn: base.id,
      title: base.title,
      summary: base.summary,
      body: base.body,
      significant: base.significant,
      changeCategories: base.changeCategories,
      createdAt: now,
    });
    expect(draft).not.toHaveProperty('notice');
    expect(draft).not.toHaveProperty('effectiveAt');
    expect(draft.history).toEqual([{ at: now, action: 'created', actorId: demoStaff.legal2.id }]);
    expect(reply.headers.get('Location')).toBe(`/api/v1/policies/${draft.id}`);
    expect((await one(draft.id)).id).toBe(draft.id);
    expect(auditedSince('policy.create', draft.id)).toHaveLength(1);
  });

  it('makes one draft per Idempotency-Key; no key is a 428, an unknown base a 400 on basedOn', async () => {
    const csrfToken = await as('legal');
    const before = (await list()).length;
    const send = () =>
      post('', csrfToken, { body: { basedOn: knownPolicies.previous }, idempotencyKey: 'same' });
    const [first, second] = await Promise.all([send(), send()]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((second.body as PolicyVersion).id).toBe((first.body as PolicyVersion).id);
    expect((await list()).length).toBe(before + 1);
    expect((await post('', csrfToken, { body: { basedOn: knownPolicies.previous } })).status).toBe(428);
    const unknown = await post('', csrfToken, { body: { basedOn: 'pol_zzzzzz' }, idempotencyKey: 'other' });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown.body)).toEqual(['basedOn']);
  });

  it('starts the year at .1 in a new year', async () => {
    pinClock('2027-01-04T09:00:00Z');
    const csrfToken = await as('dpo');
    const reply = await post('', csrfToken, {
      body: { basedOn: knownPolicies.inForce },
      idempotencyKey: 'y',
    });
    expect((reply.body as PolicyVersion).label).toBe('2027.1');
  });

  it('is legal’s and the privacy officer’s: support and analysts get 403 role-required', async () => {
    for (const who of ['support', 'analyst'] as const) {
      const csrfToken = await as(who);
      const reply = await post('', csrfToken, {
        body: { basedOn: knownPolicies.inForce },
        idempotencyKey: who,
      });
      expect(reply.status).toBe(403);
      expect(problem(reply.body)).toMatchObject({
        type: problemTypes.roleRequired,
        requiredRoles: ['legal', 'privacy_officer'],
      });
    }
  });
});

describe('PUT /policies/{id}', () => {
  const edit = {
    title: 'Search history kept for six months',
    summary: 'Shorter keeping.',
    body: '# Policy\n\nNew text.\n',
    significant: true,
    changeCategories: ['control'],
  };

  it('saves a draft with If-Match: the version moves on, no history entry, audited', async () => {
    const csrfToken = await as('dpo');
    const draft = await one(knownPolicies.draft);
    const reply = await callApi(`/policies/${draft.id}`, {
      method: 'PUT',
      csrfToken,
      ifMatch: draft.version,
      body: edit,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const saved = policyVersionSchema.parse(reply.body);
    expect(saved).toMatchObject({ ...edit, version: draft.version + 1, updatedAt: now, status: 'draft' });
    expect(saved.history).toEqual(draft.history);
    expect(reply.headers.get('ETag')).toBe(`"${String(saved.version)}"`);
    expect(auditedSince('policy.update', draft.id)).toHaveLength(1);
  });

  it('answers 428 without If-Match and 412 with the current version after a colleague’s save', async () => {
    const csrfToken = await as('legal');
    const draft = await one(knownPolicies.draft);
    const missing = await callApi(`/policies/${draft.id}`, { method: 'PUT', csrfToken, body: edit });
    expect(missing.status).toBe(428);
    colleagueEditsPolicy(draft.id, { title: 'Their title' });
    const stale = await callApi(`/policies/${draft.id}`, {
      method: 'PUT',
      csrfToken,
      ifMatch: draft.version,
      body: edit,
    });
    expect(stale.status).toBe(412);
    const current = policyVersionSchema.parse((stale.body as { current: unknown }).current);
    expect(current).toMatchObject({ title: 'Their title', version: draft.version + 1 });
    expect(current.body).toContain('A colleague added this line.');
  });

  it('needs a title; edits only drafts (409 saying what to do)', async () => {
    const csrfToken = await as('legal');
    const draft = await one(knownPolicies.draft);
    const blank = await callApi(`/policies/${draft.id}`, {
      method: 'PUT',
      csrfToken,
      ifMatch: draft.version,
      body: { ...edit, title: '   ' },
    });
    expect(blank.status).toBe(400);
    expect(fieldsOf(blank.body)).toEqual(['title']);
    const inForce = await one(knownPolicies.inForce);
    const refused = await callApi(`/policies/${inForce.id}`, {
      method: 'PUT',
      csrfToken,
      ifMatch: inForce.version,
      body: edit,
    });
    expect(refused.status).toBe(409);
    expect(problem(refused.body).detail).toMatch(/only drafts are edited.*new draft/i);
  });
});

describe('review: submit, approve, reject', () => {
  it('the author submits; anyone else gets 403; a second submit is 409', async () => {
    const other = await as('legal2');
    const draft = await one(knownPolicies.draft);
    const notAuthor = await post(`/${draft.id}/submit`, other, { ifMatch: draft.version });
    expect(notAuthor.status).toBe(403);
    expect(problem(notAuthor.body).detail).toMatch(/author/);
    const author = await as('legal');
    const reply = await post(`/${draft.id}/submit`, author, { ifMatch: draft.version });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const submitted = policyVersionSchema.parse(reply.body);
    expect(submitted).toMatchObject({ status: 'in_review', submittedAt: now, version: draft.version + 1 });
    expect(submitted.history.at(-1)).toEqual({ at: now, action: 'submitted', actorId: demoStaff.legal.id });
    const again = await post(`/${draft.id}/submit`, author, { ifMatch: submitted.version });
    expect(again.status).toBe(409);
    expect(auditedSince('policy.submit', draft.id)).toHaveLength(1);
  });

  it('four-eyes: the author approving their own version gets 403, another legal member approves with a comment', async () => {
    const author = await as('legal2');
    const review = await one(knownPolicies.inReview);
    const own = await post(`/${review.id}/approve`, author, {
      ifMatch: review.version,
      body: { comment: '' },
    });
    expect(own.status).toBe(403);
    expect(problem(own.body)).toMatchObject({ type: 'about:blank' });
    expect(problem(own.body).detail).toMatch(/Four-eyes/);
    const reviewer = await as('legal');
    const reply = await post(`/${review.id}/approve`, reviewer, {
      ifMatch: review.version,
      body: { comment: 'Good.' },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const approved = policyVersionSchema.parse(reply.body);
    expect(approved).toMatchObject({ status: 'approved', approvedAt: now, reviewerId: demoStaff.legal.id });
    expect(approved.history.at(-1)).toEqual({
      at: now,
      action: 'approved',
      actorId: demoStaff.legal.id,
      comment: 'Good.',
    });
    expect(auditedSince('policy.approve', review.id)).toHaveLength(1);
  });

  it('an empty approval comment is kept as ""; approving a draft is 409', async () => {
    const id = policyInReview('legal');
    const dpo = await as('dpo');
    const review = await one(id);
    const reply = await post(`/${id}/approve`, dpo, { ifMatch: review.version, body: { comment: '  ' } });
    expect(reply.status).toBe(200);
    expect(policyVersionSchema.parse(reply.body).history.at(-1)?.comment).toBe('');
    const draft = await one(knownPolicies.draft);
    const refused = await post(`/${draft.id}/approve`, dpo, {
      ifMatch: draft.version,
      body: { comment: '' },
    });
    expect(refused.status).toBe(409);
    expect(problem(refused.body).detail).toMatch(/submits it first/);
  });

  it('reject needs a comment and puts the version back to draft with the reviewer and the comment in its history', async () => {
    const dpo = await as('dpo');
    const review = await one(knownPolicies.inReview);
    const empty = await post(`/${review.id}/reject`, dpo, {
      ifMatch: review.version,
      body: { comment: ' ' },
    });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)).toEqual(['comment']);
    const reply = await post(`/${review.id}/reject`, dpo, {
      ifMatch: review.version,
      body: { comment: 'Name the new complaint form in section 8.' },
    });
    expect(reply.status).toBe(200);
    const rejected = policyVersionSchema.parse(reply.body);
    expect(rejected).toMatchObject({
      status: 'draft',
      reviewerId: demoStaff.dpo.id,
      version: review.version + 1,
    });
    expect(rejected.history.at(-1)).toEqual({
      at: now,
      action: 'rejected',
      actorId: demoStaff.dpo.id,
      comment: 'Name the new complaint form in section 8.',
    });
    expect(auditedSince('policy.reject', review.id)[0]?.reason).toBe(
      'Name the new complaint form in section 8.',
    );
  });

  it('support cannot review (403 role-required); a stale If-Match is 412', async () => {
    const support = await as('support');
    const review = await one(knownPolicies.inReview);
    const denied = await post(`/${review.id}/approve`, support, {
      ifMatch: review.version,
      body: { comment: '' },
    });
    expect(denied.status).toBe(403);
    expect(problem(denied.body).type).toBe(problemTypes.roleRequired);
    const legal = await as('legal');
    const stale = await post(`/${review.id}/approve`, legal, {
      ifMatch: review.version - 1,
      body: { comment: '' },
    });
    expect(stale.status).toBe(412);
    const missing = await post(`/${review.id}/approve`, legal, { body: { comment: '' } });
    expect(missing.status).toBe(428);
  });
});

describe('POST /policies/{id}/publish', () => {
  it('schedules an approved version with its notice plan; the same key replays; audited', async () => {
    const csrfToken = await as('legal');
    const approved = await one(knownPolicies.approved);
    const plan = goodPlan();
    const send = () =>
      post(`/${approved.id}/publish`, csrfToken, {
        ifMatch: approved.version,
        idempotencyKey: 'pub-1',
        body: plan,
      });
    const reply = await send();
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const scheduled = policyVersionSchema.parse(reply.body);
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      effectiveAt: plan.effectiveAt,
      notice: plan.notice,
    });
    expect(scheduled.history.at(-1)).toEqual({ at: now, action: 'scheduled', actorId: demoStaff.legal.id });
    const replay = await send();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(policyVersionSchema.parse(replay.body).version).toBe(scheduled.version);
    expect(auditedSince('policy.publish', approved.id)).toHaveLength(1);
    const again = await post(`/${approved.id}/publish`, csrfToken, {
      ifMatch: scheduled.version,
      idempotencyKey: 'pub-2',
      body: plan,
    });
    expect(again.status).toBe(409);
    expect(problem(again.body).detail).toMatch(/retract it first/);
  });

  it('answers each publishing rule as a 400 on its field', async () => {
    const csrfToken = await as('dpo');
    const approved = await one(knownPolicies.approved);
    const send = async (body: PublishPolicyRequest) =>
      post(`/${approved.id}/publish`, csrfToken, {
        ifMatch: approved.version,
        idempotencyKey: crypto.randomUUID(),
        body,
      });
    const plan = goodPlan();
    const bannerOnly = await send({ ...plan, notice: { ...plan.notice, channels: ['site_banner'] } });
    expect(bannerOnly.status).toBe(400);
    expect(fieldsOf(bannerOnly.body)).toEqual(['notice.channels']);
    const short = await send({ ...plan, effectiveAt: isoAt(nowMs + 7 * day) });
    expect(fieldsOf(short.body)).toEqual(['effectiveAt']);
    const noReconsent = await send({ ...plan, notice: { ...plan.notice, reconsentPurposes: [] } });
    expect(fieldsOf(noReconsent.body)).toEqual(['notice.reconsentPurposes']);
    const beforeNotice = await send({ ...plan, effectiveAt: isoAt(nowMs) });
    expect(fieldsOf(beforeNotice.body)).toContain('effectiveAt');
    const noChannels = await send({ ...plan, notice: { ...plan.notice, channels: [] } });
    expect(fieldsOf(noChannels.body)).toContain('notice.channels');
    expect((await one(approved.id)).status).toBe('approved');
  });

  it('a significant version without change categories is a 400 on changeCategories', async () => {
    const id = policyDraftBy('legal2', { significant: true, changeCategories: [] });
    policySubmitted(id);
    const dpo = await as('dpo');
    const inReview = await one(id);
    expect(
      (await post(`/${id}/approve`, dpo, { ifMatch: inReview.version, body: { comment: '' } })).status,
    ).toBe(200);
    const legal = await as('legal');
    const approved = await one(id);
    const reply = await post(`/${id}/publish`, legal, {
      ifMatch: approved.version,
      idempotencyKey: 'k',
      body: { ...goodPlan(), notice: { ...goodPlan().notice, reconsentPurposes: [] } },
    });
    expect(reply.status).toBe(400);
    expect(fieldsOf(reply.body)).toEqual(['changeCategories']);
  });

  it('only an approved version is scheduled (409); 428 without Idempotency-Key or If-Match', async () => {
    const csrfToken = await as('legal');
    const review = await one(knownPolicies.inReview);
    const refused = await post(`/${review.id}/publish`, csrfToken, {
      ifMatch: review.version,
      idempotencyKey: 'a',
      body: goodPlan(),
    });
    expect(refused.status).toBe(409);
    expect(problem(refused.body).detail).toMatch(/approval first/);
    const approved = await one(knownPolicies.approved);
    expect(
      (await post(`/${approved.id}/publish`, csrfToken, { ifMatch: approved.version, body: goodPlan() }))
        .status,
    ).toBe(428);
    expect(
      (await post(`/${approved.id}/publish`, csrfToken, { idempotencyKey: 'b', body: goodPlan() })).status,
    ).toBe(428);
  });
});

describe('publishing rules that depend on the version', () => {
  /** Draft `id` (by legal@) submitted, then approved by dpo@ through the API; returns the approved version. */
  async function approvedThroughApi(id: string): Promise<PolicyVersion> {
    policySubmitted(id);
    const dpo = await as('dpo');
    const review = await one(id);
    const reply = await post(`/${id}/approve`, dpo, { ifMatch: review.version, body: { comment: '' } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return policyVersionSchema.parse(reply.body);
  }

  it('a user-rights change asks customers again: no re-consent purpose is a 400 on notice.reconsentPurposes', async () => {
    const id = policyDraftBy('legal', { significant: true, changeCategories: ['user_rights'] });
    const approved = await approvedThroughApi(id);
    const legal2 = await as('legal2');
    const plan = goodPlan();
    const reply = await post(`/${id}/publish`, legal2, {
      ifMatch: approved.version,
      idempotencyKey: 'rights',
      body: { ...plan, notice: { ...plan.notice, reconsentPurposes: [] } },
    });
    expect(reply.status).toBe(400);
    expect(problem(reply.body).errors).toEqual([
      {
        field: 'notice.reconsentPurposes',
        message: 'Changes to user rights or to purposes ask customers to opt in again: choose the purposes',
      },
    ]);
  });

  it('a change that is not significant needs no direct notice and no notice period', async () => {
    const id = policyDraftBy('legal', { significant: false, changeCategories: [] });
    const approved = await approvedThroughApi(id);
    const legal2 = await as('legal2');
    const reply = await post(`/${id}/publish`, legal2, {
      ifMatch: approved.version,
      idempotencyKey: 'minor',
      body: {
        effectiveAt: isoAt(nowMs + day),
        notice: { channels: ['site_banner'], sendAt: isoAt(nowMs), reconsentPurposes: [] },
      },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(policyVersionSchema.parse(reply.body).status).toBe('scheduled');
  });
});

describe('roles', () => {
  it('support and analysts read every version but change none and see no publish preview (403 role-required)', async () => {
    await as('legal');
    const before = await one(knownPolicies.draft);
    for (const who of ['support', 'analyst'] as const) {
      const csrfToken = await as(who);
      expect((await list()).length).toBeGreaterThan(0);
      const draft = await one(knownPolicies.draft);
      const attempts = [
        callApi(`/policies/${draft.id}`, {
          method: 'PUT',
          csrfToken,
          ifMatch: draft.version,
          body: { title: 'x', summary: '', body: '', significant: false, changeCategories: [] },
        }),
        post(`/${draft.id}/submit`, csrfToken, { ifMatch: draft.version }),
        post(`/${knownPolicies.inReview}/approve`, csrfToken, { ifMatch: '*', body: { comment: '' } }),
        post(`/${knownPolicies.inReview}/reject`, csrfToken, { ifMatch: '*', body: { comment: 'No.' } }),
        post(`/${knownPolicies.approved}/publish`, csrfToken, {
          ifMatch: '*',
          idempotencyKey: who,
          body: goodPlan(),
        }),
        post(`/${knownPolicies.approved}/retract`, csrfToken, { ifMatch: '*' }),
        callApi(`/policies/${knownPolicies.approved}/publish-preview`),
      ];
      for (const reply of await Promise.all(attempts)) {
        expect(reply.status).toBe(403);
        expect(problem(reply.body).type).toBe(problemTypes.roleRequired);
      }
      expect((await callApi(`/policies/${knownPolicies.inForce}/reconsent-progress`)).status).toBe(200);
    }
    await as('legal');
    expect((await one(knownPolicies.draft)).version).toBe(before.version);
    expect((await one(knownPolicies.inReview)).status).toBe('in_review');
    expect((await one(knownPolicies.approved)).status).toBe('approved');
  });
});

describe('POST /policies/{id}/retract', () => {
  it('takes a scheduled version back to approved, clearing effectiveAt and notice', async () => {
    scheduledPolicy({ effectiveInMs: 3 * day });
    const csrfToken = await as('legal');
    const scheduled = await one(knownPolicies.approved);
    const reply = await post(`/${scheduled.id}/retract`, csrfToken, { ifMatch: scheduled.version });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const retracted = policyVersionSchema.parse(reply.body);
    expect(retracted.status).toBe('approved');
    expect(retracted).not.toHaveProperty('effectiveAt');
    expect(retracted).not.toHaveProperty('notice');
    expect(retracted.history.at(-1)).toEqual({ at: now, action: 'retracted', actorId: demoStaff.legal.id });
    expect(auditedSince('policy.retract', scheduled.id)).toHaveLength(1);
    const again = await post(`/${scheduled.id}/retract`, csrfToken, { ifMatch: retracted.version });
    expect(again.status).toBe(409);
  });

  it('is too late once the version took effect: 409', async () => {
    scheduledPolicy({ effectiveInMs: day });
    const csrfToken = await as('legal');
    const scheduled = await one(knownPolicies.approved);
    advanceClock(day + 1);
    const reply = await post(`/${scheduled.id}/retract`, csrfToken, { ifMatch: '*' });
    expect(scheduled.status).toBe('scheduled');
    expect(reply.status).toBe(409);
    expect(problem(reply.body).detail).toMatch(/taken effect/);
  });
});

describe('taking effect', () => {
  it('publishes a scheduled version when the clock passes effectiveAt and supersedes the one in force; survives a reload', async () => {
    await as('support');
    scheduledPolicy({ effectiveInMs: 2 * day });
    advanceClock(2 * day - 1);
    expect((await one(knownPolicies.approved)).status).toBe('scheduled');
    expect((await one(knownPolicies.inForce)).status).toBe('published');
    advanceClock(1);
    const published = await one(knownPolicies.approved);
    const effective = isoAt(nowMs + 2 * day);
    expect(published).toMatchObject({ status: 'published', publishedAt: effective, effectiveAt: effective });
    expect(published.history.at(-1)).toEqual({ at: effective, action: 'published' });
    const old = await one(knownPolicies.inForce);
    expect(old.status).toBe('superseded');
    expect(old.history.at(-1)).toEqual({ at: effective, action: 'superseded' });
    reloadDb();
    expect((await list('?status=published')).map((policy) => policy.id)).toEqual([knownPolicies.approved]);
    expect(
      (await one(knownPolicies.inForce)).history.filter((entry) => entry.action === 'superseded'),
    ).toHaveLength(1);
  });
});

describe('GET /policies/{id}/publish-preview', () => {
  it('for an approved version: the version in force it supersedes, every optional purpose’s reach, and the notice audience', async () => {
    await as('legal');
    const reply = await callApi(`/policies/${knownPolicies.approved}/publish-preview`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const preview = publishPreviewSchema.parse(reply.body);
    expect(preview.supersedes).toBe(knownPolicies.inForce);
    expect(preview.reconsent.map((entry) => entry.purposeId)).not.toContain('essential_cookies');
    expect(preview.reconsent).toHaveLength(7);
    const { email, sms } = preview.noticeAudience;
    expect(email).toBeGreaterThan(50_000);
    expect(sms).toBeGreaterThan(50_000);
    for (const entry of preview.reconsent) {
      // Holders of a purpose are some of the open accounts, never more.
      expect(entry.accountsToAsk).toBeGreaterThan(0);
      expect(entry.accountsToAsk).toBeLessThan(Math.max(email, sms));
    }
    const reach = new Map(preview.reconsent.map((entry) => [entry.purposeId, entry.accountsToAsk]));
    // Fewer customers share sensitive data than accept analytics cookies (willingness 10 % vs 62 %).
    expect(reach.get('sensitive_data_sharing') ?? 0).toBeLessThan(reach.get('analytics_cookies') ?? 0);
  });

  it('for a scheduled version: one entry per re-consent purpose; other states 409; support 403', async () => {
    scheduledPolicy({ effectiveInMs: 3 * day });
    await as('dpo');
    const reply = await callApi(`/policies/${knownPolicies.approved}/publish-preview`);
    const preview = publishPreviewSchema.parse(reply.body);
    expect(preview.reconsent.map((entry) => entry.purposeId)).toEqual(['personalized_recommendations']);
    expect((await callApi(`/policies/${knownPolicies.draft}/publish-preview`)).status).toBe(409);
    expect((await callApi(`/policies/${knownPolicies.inForce}/publish-preview`)).status).toBe(409);
    await as('support');
    expect((await callApi(`/policies/${knownPolicies.approved}/publish-preview`)).status).toBe(403);
  });
});

describe('GET /policies/{id}/reconsent-progress', () => {
  it('counts the seeded answers of the version in force: asked = granted + withdrawn + pending', async () => {
    await as('support');
    const reply = await callApi(`/policies/${knownPolicies.inForce}/reconsent-progress`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const progress = reconsentProgressSchema.parse(reply.body);
    expect(progress.map((entry) => entry.purposeId)).toEqual(['analytics_cookies']);
    const [entry] = progress;
    expect(entry?.asked).toBeGreaterThan(0);
    expect((entry?.granted ?? 0) + (entry?.withdrawn ?? 0) + (entry?.pending ?? 0)).toBe(entry?.asked);
    const none = await callApi(`/policies/${ids.policy.encode(4)}/reconsent-progress`);
    expect(reconsentProgressSchema.parse(none.body)).toEqual([]);
    expect((await callApi(`/policies/${knownPolicies.approved}/reconsent-progress`)).status).toBe(409);
  });

  it('moves over the days after a version takes effect, from nothing answered to most answered', async () => {
    await as('legal');
    scheduledPolicy({ effectiveInMs: day });
    const early = await callApi(`/policies/${knownPolicies.approved}/reconsent-progress`);
    expect(early.status).toBe(409);
    advanceClock(day);
    const read = async () => {
      const reply = await callApi(`/policies/${knownPolicies.approved}/reconsent-progress`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const [entry] = reconsentProgressSchema.parse(reply.body);
      if (!entry) throw new Error('no progress entry');
      return entry;
    };
    const atEffect = await read();
    expect(atEffect).toMatchObject({ purposeId: 'personalized_recommendations', granted: 0, withdrawn: 0 });
    expect(atEffect.pending).toBe(atEffect.asked);
    expect(atEffect.asked).toBeGreaterThan(0);
    advanceClock(5 * day);
    const later = await read();
    expect(later.asked).toBe(atEffect.asked);
    expect(later.granted).toBeGreaterThan(0);
    expect(later.withdrawn).toBeGreaterThan(0);
    advanceClock(30 * day);
    const settled = await read();
    expect(settled.granted).toBeGreaterThan(later.granted);
    expect(settled.pending).toBeLessThan(later.pending);
    expect(settled.granted + settled.withdrawn + settled.pending).toBe(settled.asked);
  });
});
