import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema } from '@/shared/contract/common';
import {
  incidentSchema,
  noticeDraftListSchema,
  noticeDraftSchema,
  notificationBatchSchema,
  regulatorReportSchema,
  type Incident,
  type NoticeDraft,
} from '@/shared/contract/incidents';
import { hour, isoAt } from '@mocks/clock';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb } from '@mocks/db/database';
import { nextBatchStops } from '@mocks/db/incident-notices';
import type { DemoStaffKey } from '@mocks/db/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const pinned = '2026-11-25T09:00:00Z';
const nowMs = Date.parse(pinned);

beforeEach(() => {
  pinClock(pinned);
});

async function as(who: DemoStaffKey) {
  return (await signedInAs(who)).csrfToken;
}

let keys = 0;
function key(): string {
  keys += 1;
  return `key-${String(keys)}`;
}

const content = {
  natureAndImpact: 'Someone signed in to some customer accounts with passwords leaked elsewhere.',
  measuresTaken: 'We locked the accounts and reset their passwords.',
  userSuggestions: 'Choose a new password you use nowhere else.',
  remedies: 'Orders placed by someone else are refunded in full.',
  contact: 'privacy@digfashions.example',
};

/** A fresh incident (aware `awareHoursAgo` ago) by the analyst, affected accounts as in the open one. */
async function freshIncident(awareHoursAgo = 2, affectedAccountCount = 120): Promise<Incident> {
  const csrf = await as('analyst');
  const reply = await callApi('/incidents', {
    method: 'POST',
    csrfToken: csrf,
    idempotencyKey: key(),
    body: {
      title: 'Credential stuffing',
      severity: 'high',
      awareAt: isoAt(nowMs - awareHoursAgo * hour),
      affectedAccountCount,
    },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return incidentSchema.parse(reply.body);
}

async function draftNotice(incidentId: string, who: DemoStaffKey, body: Record<string, unknown> = {}) {
  const reply = await callApi(`/incidents/${incidentId}/notices`, {
    method: 'POST',
    csrfToken: await as(who),
    idempotencyKey: key(),
    body: { audience: 'all_affected', channels: ['email', 'letter'], content, ...body },
  });
  return reply;
}

async function draft(incidentId: string, who: DemoStaffKey = 'legal', body: Record<string, unknown> = {}) {
  const reply = await draftNotice(incidentId, who, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return noticeDraftSchema.parse(reply.body);
}

async function approve(incidentId: string, notice: NoticeDraft, who: DemoStaffKey = 'legal2') {
  return callApi(`/incidents/${incidentId}/notices/${notice.id}/approve`, {
    method: 'POST',
    csrfToken: await as(who),
    ifMatch: notice.version,
  });
}

async function send(
  incidentId: string,
  noticeId: string,
  idempotencyKey = key(),
  who: DemoStaffKey = 'legal',
) {
  return callApi(`/incidents/${incidentId}/notifications`, {
    method: 'POST',
    csrfToken: await as(who),
    idempotencyKey,
    body: { noticeId },
  });
}

async function incident(id: string): Promise<Incident> {
  return incidentSchema.parse((await callApi(`/incidents/${id}`)).body);
}

function fieldsOf(reply: { body: unknown }): string[] {
  return problemSchema.parse(reply.body).errors?.map((error) => error.field) ?? [];
}

describe('notices', () => {
  it('drafts a notice by the caller, lists it oldest first, adds a timeline entry and an audit event', async () => {
    const { id, version } = await freshIncident();
    const notice = await draft(id, 'analyst', { content: { ...content, remedies: '' } });
    expect(notice).toMatchObject({
      status: 'draft',
      version: 1,
      audience: 'all_affected',
      authorId: 'stf_2b8p4n',
    });
    const second = await draft(id, 'legal');
    const listed = noticeDraftListSchema.parse((await callApi(`/incidents/${id}/notices`)).body);
    expect(listed.map((item) => item.id)).toEqual([notice.id, second.id]);
    const after = await incident(id);
    expect(after.timeline.at(-1)?.text).toContain(`Notice ${second.id} drafted`);
    // A notice's entry does not make a colleague's facts edit stale.
    expect(after.version).toBe(version);
    const audit = queryAuditLog({
      targetType: 'notice',
      targetId: notice.id,
      direction: 'asc',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items.map((event) => event.action)).toEqual(['notice.draft']);
  });

  it('needs a reason for a public audience or announcement, and named accounts for account_ids (400 on the field)', async () => {
    const { id } = await freshIncident();
    expect(
      fieldsOf(await draftNotice(id, 'legal', { audience: 'public', channels: ['public_announcement'] })),
    ).toEqual(['publicReason']);
    expect(fieldsOf(await draftNotice(id, 'legal', { channels: ['email', 'public_announcement'] }))).toEqual([
      'publicReason',
    ]);
    expect(fieldsOf(await draftNotice(id, 'legal', { audience: 'account_ids', accountIds: [] }))).toEqual([
      'accountIds',
    ]);
    const named = await draftNotice(id, 'legal', {
      audience: 'public',
      channels: ['public_announcement'],
      publicReason: 'No contact details kept for most of them.',
    });
    expect(named.status).toBe(201);
  });

  it('takes each part up to 5,000 characters; one more is 400 on that part', async () => {
    const { id } = await freshIncident();
    const reply = await draftNotice(id, 'legal', { content: { ...content, remedies: 'x'.repeat(5001) } });
    expect(fieldsOf(reply)).toEqual(['content.remedies']);
    expect(noticeDraftListSchema.parse((await callApi(`/incidents/${id}/notices`)).body)).toEqual([]);
  });

  it('support may not draft (403); the incident must exist (404)', async () => {
    const { id } = await freshIncident();
    expect((await draftNotice(id, 'support')).status).toBe(403);
    expect((await draftNotice('inc_zzzzzz', 'legal')).status).toBe(404);
  });

  it('edits a draft with If-Match, checking the notice as it would be after the edit', async () => {
    const { id } = await freshIncident();
    const notice = await draft(id);
    const csrf = await as('legal');
    const path = `/incidents/${id}/notices/${notice.id}`;
    expect(
      (await callApi(path, { method: 'PATCH', csrfToken: csrf, body: { channels: ['push'] } })).status,
    ).toBe(428);
    const broken = await callApi(path, {
      method: 'PATCH',
      csrfToken: csrf,
      ifMatch: notice.version,
      body: { audience: 'public' },
    });
    expect(broken.status).toBe(400);
    expect(fieldsOf(broken)).toEqual(['publicReason']);
    const edited = await callApi(path, {
      method: 'PATCH',
      csrfToken: csrf,
      ifMatch: notice.version,
      body: {
        channels: ['email', 'push'],
        content: { ...content, contact: 'Write to privacy@digfashions.example' },
      },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(noticeDraftSchema.parse(edited.body)).toMatchObject({ version: 2, channels: ['email', 'push'] });
    expect(edited.headers.get('ETag')).toBe('"2"');
    const stale = await callApi(path, {
      method: 'PATCH',
      csrfToken: csrf,
      ifMatch: notice.version,
      body: { channels: ['letter'] },
    });
    expect(stale.status).toBe(412);
    // The 412 carries the notice as the API serves it, nothing of the mock's own bookkeeping.
    expect(Object.keys((stale.body as { current: object }).current).sort()).toEqual(
      Object.keys(noticeDraftSchema.parse(edited.body)).sort(),
    );
    expect((await incident(id)).timeline.at(-1)?.text).toBe(`Notice ${notice.id} edited: channels, content.`);
  });

  it('four-eyes: the author is refused (403), a missing part is 409 naming it, a second person approves', async () => {
    const { id } = await freshIncident();
    const incomplete = await draft(id, 'legal', {
      content: { ...content, userSuggestions: ' ', remedies: '' },
    });
    const own = await approve(id, incomplete, 'legal');
    expect(own.status).toBe(403);
    expect(problemSchema.parse(own.body).detail).toContain('second person');
    const missing = await approve(id, incomplete, 'legal2');
    expect(missing.status).toBe(409);
    expect(problemSchema.parse(missing.body).detail).toContain('what customers can do, remedies');
    // An analyst drafts but does not approve.
    expect((await approve(id, incomplete, 'analyst')).status).toBe(403);

    const notice = await draft(id, 'legal');
    const approved = await approve(id, notice, 'legal2');
    expect(approved.status).toBe(200);
    expect(noticeDraftSchema.parse(approved.body)).toMatchObject({
      status: 'approved',
      approverId: 'stf_5e3u7v',
      version: 2,
    });
    const again = await approve(id, noticeDraftSchema.parse(approved.body), 'dpo');
    expect(again.status).toBe(409);
    const edit = await callApi(`/incidents/${id}/notices/${notice.id}`, {
      method: 'PATCH',
      csrfToken: await as('legal'),
      ifMatch: 2,
      body: { channels: ['push'] },
    });
    expect(edit.status).toBe(409);
  });
});

describe('sending', () => {
  it('needs an approved notice: a draft is 409 "approve it first"', async () => {
    const { id } = await freshIncident();
    const notice = await draft(id);
    const reply = await send(id, notice.id);
    expect(reply.status).toBe(409);
    expect(problemSchema.parse(reply.body).detail).toContain('approve it first');
    expect((await send(id, 'ntc_nothing')).status).toBe(400);
  });

  it('sends an approved notice once: the notice becomes sent with its batchId, a second batch is 409', async () => {
    const { id, affectedAccountCount } = await freshIncident();
    const notice = await draft(id);
    expect((await approve(id, notice)).status).toBe(200);
    const reply = await send(id, notice.id);
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    const batch = notificationBatchSchema.parse(reply.body);
    expect(batch).toMatchObject({
      noticeId: notice.id,
      status: 'queued',
      total: affectedAccountCount,
      sent: 0,
    });
    expect(batch.byChannel.map((row) => row.channel)).toEqual(['email', 'letter']);
    const sent = noticeDraftListSchema.parse((await callApi(`/incidents/${id}/notices`)).body)[0];
    expect(sent).toMatchObject({ status: 'sent', batchId: batch.id });
    const second = await send(id, notice.id);
    expect(second.status).toBe(409);
    expect(problemSchema.parse(second.body).detail).toContain(batch.id);
    const audit = queryAuditLog({
      targetType: 'notice',
      targetId: notice.id,
      direction: 'asc',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items.map((event) => event.action)).toEqual([
      'notice.draft',
      'notice.approve',
      'notice.send',
    ]);
  });

  it('is idempotent: a double click and a retry with the same key start one batch', async () => {
    const { id } = await freshIncident();
    const notice = await draft(id);
    await approve(id, notice);
    const csrfToken = await as('legal');
    const once = () =>
      callApi(`/incidents/${id}/notifications`, {
        method: 'POST',
        csrfToken,
        idempotencyKey: 'send-once',
        body: { noticeId: notice.id },
      });
    const [first, second] = await Promise.all([once(), once()]);
    const retry = await once();
    const batches = [first, second, retry].map((reply) => notificationBatchSchema.parse(reply.body).id);
    expect(new Set(batches).size).toBe(1);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
  });

  it('follows the batch by its id, and keeps it after a reload', async () => {
    const { id } = await freshIncident();
    const notice = await draft(id);
    await approve(id, notice);
    const batch = notificationBatchSchema.parse((await send(id, notice.id)).body);
    reloadDb();
    const read = await callApi(`/incidents/${id}/notifications/${batch.id}`);
    expect(read.status).toBe(200);
    expect(notificationBatchSchema.parse(read.body).id).toBe(batch.id);
    expect((await callApi(`/incidents/${id}/notifications/nbt_zzzzzz`)).status).toBe(404);
  });

  it('is legal’s or the privacy officer’s: an analyst gets 403', async () => {
    const { id } = await freshIncident();
    const notice = await draft(id);
    await approve(id, notice);
    expect((await send(id, notice.id, key(), 'analyst')).status).toBe(403);
  });
});

describe('a batch followed over mock time', () => {
  async function sentBatch(affected: number) {
    const { id } = await freshIncident(5, affected);
    const notice = await draft(id);
    await approve(id, notice);
    const batch = notificationBatchSchema.parse((await send(id, notice.id)).body);
    const follow = async () =>
      notificationBatchSchema.parse((await callApi(`/incidents/${id}/notifications/${batch.id}`)).body);
    return { id, batch, follow };
  }

  it('goes queued → sending → completed as the clock moves; 100,000 recipients take minutes', async () => {
    const { id, follow } = await sentBatch(100_000);
    expect((await follow()).status).toBe('queued');
    advanceClock(60_000);
    const sending = await follow();
    expect(sending.status).toBe('sending');
    expect(sending.sent).toBeGreaterThan(0);
    expect(sending.sent).toBeLessThan(100_000);
    // Closing waits for a batch still sending.
    const csrf = await as('dpo');
    const current = await incident(id);
    const moved = await callApi(`/incidents/${id}`, {
      method: 'PATCH',
      csrfToken: csrf,
      ifMatch: current.version,
      body: { status: 'monitoring' },
    });
    const closing = await callApi(`/incidents/${id}`, {
      method: 'PATCH',
      csrfToken: csrf,
      ifMatch: incidentSchema.parse(moved.body).version,
      body: { status: 'closed', regulatorDecision: { report: false, reason: 'Test' } },
    });
    expect(closing.status).toBe(409);
    expect(problemSchema.parse(closing.body).detail).toContain('has finished sending');
    advanceClock(5 * 60_000);
    const done = await follow();
    expect(done).toMatchObject({ status: 'completed', sent: 100_000 });
    expect(done.delivered + done.failed).toBe(100_000);
    expect(done.failures?.length).toBeGreaterThan(0);
    expect(done.finishedAt).toBeDefined();
  });

  it('fails as a whole with its reason when the provider stops it', async () => {
    nextBatchStops(0.25, 'The letter printing service rejected the batch file.');
    const { follow } = await sentBatch(4000);
    advanceClock(60_000);
    const failed = await follow();
    expect(failed).toMatchObject({
      status: 'failed',
      failureDetail: 'The letter printing service rejected the batch file.',
    });
    expect(failed.sent).toBe(1000);
    reloadDb();
    expect(await follow()).toEqual(failed);
    // The next batch completes again.
    const next = await sentBatch(10);
    advanceClock(60_000);
    expect((await next.follow()).status).toBe('completed');
  });
});

describe('POST /incidents/{id}/regulator-reports', () => {
  async function file(id: string, body: Record<string, unknown>, who: DemoStaffKey = 'legal') {
    return callApi(`/incidents/${id}/regulator-reports`, {
      method: 'POST',
      csrfToken: await as(who),
      idempotencyKey: key(),
      body: {
        authority: 'Data protection authority',
        submittedAt: isoAt(nowMs - hour),
        reference: 'DPA-2026-0147',
        contentSummary: 'Credential stuffing on 120 accounts; passwords reset.',
        ...body,
      },
    });
  }

  it('files a report in time: the incident carries it, its clock stops, the timeline says so', async () => {
    const { id, version } = await freshIncident(10);
    const reply = await file(id, {});
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const report = regulatorReportSchema.parse(reply.body);
    expect(report).toMatchObject({ incidentId: id, filedBy: 'stf_4d2s6t', filedAt: isoAt(nowMs) });
    expect(report.lateReason).toBeUndefined();
    const after = await incident(id);
    expect(after.regulatorReport).toEqual(report);
    expect(after.version).toBe(version + 1);
    expect(after.timeline.at(-1)?.text).toContain('within the deadline');
    const second = await file(id, { reference: 'DPA-2026-0148' });
    expect(second.status).toBe(409);
  });

  it('requires lateReason after the deadline (400 on lateReason), and keeps it', async () => {
    const { id } = await freshIncident(80);
    const missing = await file(id, {});
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing)).toEqual(['lateReason']);
    const late = await file(id, { lateReason: 'The scope was only known after the weekend.' });
    expect(late.status).toBe(201);
    expect(regulatorReportSchema.parse(late.body).lateReason).toBe(
      'The scope was only known after the weekend.',
    );
    const audit = queryAuditLog({
      targetType: 'incident',
      targetId: id,
      direction: 'asc',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items.at(-1)).toMatchObject({
      action: 'incident.regulator_report',
      reason: 'The scope was only known after the weekend.',
    });
  });

  it('a report ends a recorded decision not to report; afterwards a decision is 409', async () => {
    const created = await freshIncident(10);
    const legal = await as('legal');
    const decided = await callApi(`/incidents/${created.id}`, {
      method: 'PATCH',
      csrfToken: legal,
      ifMatch: created.version,
      body: { regulatorDecision: { report: false, reason: 'Low risk.' } },
    });
    expect(decided.status).toBe(200);
    expect((await file(created.id, {})).status).toBe(201);
    const after = await incident(created.id);
    expect(after.regulatorDecision).toBeUndefined();
    const again = await callApi(`/incidents/${created.id}`, {
      method: 'PATCH',
      csrfToken: await as('legal'),
      ifMatch: after.version,
      body: { regulatorDecision: { report: false, reason: 'Low risk.' } },
    });
    expect(again.status).toBe(409);
  });

  it('is refused to an analyst (403)', async () => {
    const { id } = await freshIncident(10);
    expect((await file(id, {}, 'analyst')).status).toBe(403);
  });
});
