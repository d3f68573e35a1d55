import { beforeEach, describe, expect, it } from 'vitest';
import { alertSchema } from '@/shared/contract/alerts';
import { problemSchema } from '@/shared/contract/common';
import {
  incidentClosingProblems,
  incidentPageSchema,
  incidentSchema,
  noticeDraftListSchema,
  noticeStatuses,
  notificationBatchSchema,
  regulatorClockRunning,
  regulatorReportIsLate,
  type Incident,
  type NoticeDraft,
  type NotificationBatch,
} from '@/shared/contract/incidents';
import { hour } from '@mocks/clock';
import { accountCount } from '@mocks/db/accounts/seed';
import { ids } from '@mocks/db/ids';
import { knownIncidentTraits, knownIncidents, type KnownIncidentKey } from '@mocks/db/known-incidents';
import type { DemoStaffKey } from '@mocks/db/staff';
import { demoStaff } from '@mocks/db/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const pinned = '2026-11-25T09:00:00Z';
const anchor = Date.parse(pinned);

beforeEach(async () => {
  pinClock(pinned);
  await signedInAs('dpo');
});

async function all(): Promise<Incident[]> {
  return incidentPageSchema.parse((await callApi('/incidents?pageSize=200')).body).items;
}

async function noticesOf(id: string): Promise<NoticeDraft[]> {
  return noticeDraftListSchema.parse((await callApi(`/incidents/${id}/notices`)).body);
}

async function batchOf(id: string, batchId: string): Promise<NotificationBatch> {
  return notificationBatchSchema.parse((await callApi(`/incidents/${id}/notifications/${batchId}`)).body);
}

async function incident(key: KnownIncidentKey): Promise<Incident> {
  return incidentSchema.parse((await callApi(`/incidents/${knownIncidents[key]}`)).body);
}

async function as(who: DemoStaffKey) {
  return (await signedInAs(who)).csrfToken;
}

describe('the seeded incidents', () => {
  it('tell whole stories: facts, real affected accounts, a timeline in order up to now', async () => {
    const incidents = await all();
    expect(incidents.length).toBeGreaterThanOrEqual(25);
    for (const item of incidents) {
      expect(item.nature.length, item.id).toBeGreaterThan(20);
      expect(item.dataCategories.length, item.id).toBeGreaterThan(0);
      expect(item.likelyConsequences.length, item.id).toBeGreaterThan(10);
      if (item.status !== 'open') expect(item.measuresTaken.length, item.id).toBeGreaterThan(10);
      expect(item.affectedAccountCount).toBeGreaterThanOrEqual(item.affectedAccountIds.length);
      for (const account of item.affectedAccountIds) {
        expect(ids.account.decode(account) ?? accountCount, account).toBeLessThan(accountCount);
      }
      const times = item.timeline.map((entry) => Date.parse(entry.at));
      expect(times, item.id).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times), item.id).toBeLessThanOrEqual(anchor);
      if (item.status === 'closed') expect(item.timeline.at(-1)?.text).toBe('Status: monitoring → closed');
    }
  });

  it('link alerts both ways: every linked alert names its incident', async () => {
    const incidents = await all();
    const linked = incidents.flatMap((item) =>
      item.linkedAlertIds.map((alertId) => [item.id, alertId] as const),
    );
    expect(linked.length).toBeGreaterThan(5);
    for (const [incidentId, alertId] of linked.slice(0, 40)) {
      const alert = alertSchema.parse((await callApi(`/alerts/${alertId}`)).body);
      expect(alert.incidentId, alertId).toBe(incidentId);
    }
  });

  it('hold notices in every state, finished batches with counts and failures, reports and decisions', async () => {
    const incidents = await all();
    const notices: NoticeDraft[] = [];
    const batches: NotificationBatch[] = [];
    for (const item of incidents) {
      const own = await noticesOf(item.id);
      notices.push(...own);
      const ownBatches: NotificationBatch[] = [];
      for (const notice of own) {
        if (notice.status === 'sent') {
          expect(notice.batchId, notice.id).toBeDefined();
          ownBatches.push(await batchOf(item.id, notice.batchId ?? ''));
        } else {
          expect(notice.batchId).toBeUndefined();
        }
        if (notice.status !== 'draft') expect(notice.approverId).not.toBe(notice.authorId);
      }
      batches.push(...ownBatches);
      // A closed incident met the closing conditions.
      if (item.status === 'closed')
        expect(incidentClosingProblems(item, own, ownBatches), item.id).toEqual([]);
    }
    expect(new Set(notices.map((notice) => notice.status))).toEqual(new Set(noticeStatuses));
    expect(notices.some((notice) => notice.audience === 'public' && (notice.publicReason ?? '') !== '')).toBe(
      true,
    );
    const finished = batches.filter((batch) => batch.status === 'completed' || batch.status === 'failed');
    expect(finished.length).toBe(batches.length - 1); // the known `sending` one is still going
    expect(batches.some((batch) => batch.status === 'failed' && (batch.failureDetail ?? '') !== '')).toBe(
      true,
    );
    expect(finished.some((batch) => (batch.failures ?? []).length > 1)).toBe(true);
    const reports = incidents.flatMap((item) =>
      item.regulatorReport ? [[item, item.regulatorReport] as const] : [],
    );
    expect(reports.length).toBeGreaterThan(10);
    const late = reports.filter(([item, report]) => regulatorReportIsLate(item, report.submittedAt));
    expect(late.map(([item]) => item.id)).toEqual([knownIncidents.reportedLate]);
    expect(late[0]?.[1].lateReason).toBeTruthy();
    expect(incidents.filter((item) => item.regulatorDecision).length).toBeGreaterThan(0);
  });

  it('show one clock with under 6 hours left and one overdue, by the mock clock', async () => {
    const dueSoon = await incident('dueSoon');
    const left = Date.parse(dueSoon.regulatorDeadlineAt) - anchor;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(6 * hour);
    expect(regulatorClockRunning(dueSoon)).toBe(true);
    const overdue = await incident('overdue');
    expect(Date.parse(overdue.regulatorDeadlineAt)).toBeLessThan(anchor);
    expect(regulatorClockRunning(overdue)).toBe(true);
    // Listed by least time left, the overdue one comes first.
    const byDeadline = incidentPageSchema.parse(
      (await callApi('/incidents?sort=regulatorDeadlineAt:asc&pageSize=3')).body,
    );
    expect(byDeadline.items[0]?.id).toBe(knownIncidents.overdue);
  });
});

describe('the known incidents', () => {
  it('are at their seeded indices with their documented status', async () => {
    for (const [index, traits] of knownIncidentTraits) {
      expect(knownIncidents[traits.key]).toBe(ids.incident.encode(index));
      expect((await incident(traits.key)).status, traits.key).toBe(traits.status);
    }
  });

  it('withDraftNotice: a complete draft by legal@ that legal2@ approves and legal@ cannot', async () => {
    const [notice] = await noticesOf(knownIncidents.withDraftNotice);
    expect(notice).toMatchObject({ status: 'draft', authorId: demoStaff.legal.id });
    const path = `/incidents/${knownIncidents.withDraftNotice}/notices/${notice?.id ?? ''}/approve`;
    const own = await callApi(path, {
      method: 'POST',
      csrfToken: await as('legal'),
      ifMatch: notice?.version ?? 0,
    });
    expect(own.status).toBe(403);
    const approved = await callApi(path, {
      method: 'POST',
      csrfToken: await as('legal2'),
      ifMatch: notice?.version ?? 0,
    });
    expect(approved.status).toBe(200);
  });

  it('withApprovedNotice: approved by legal2@, unsent, so closing would list it', async () => {
    const notices = await noticesOf(knownIncidents.withApprovedNotice);
    expect(notices.map((notice) => [notice.status, notice.authorId, notice.approverId])).toEqual([
      ['approved', demoStaff.legal.id, demoStaff.legal2.id],
    ]);
    const item = await incident('withApprovedNotice');
    expect(incidentClosingProblems(item, notices, []).map((problem) => problem.kind)).toContain(
      'notice-unsent',
    );
  });

  it('sending: its batch is on its way at the anchor and completes minutes later', async () => {
    const [notice] = await noticesOf(knownIncidents.sending);
    const batch = await batchOf(knownIncidents.sending, notice?.batchId ?? '');
    expect(batch).toMatchObject({ status: 'sending', total: 86_400 });
    expect(batch.sent).toBeGreaterThan(0);
    pinClock(anchor + 10 * 60_000);
    await signedInAs('legal');
    // Re-pinning reseeds at the new anchor: the batch starts 20 s before it again.
    expect((await batchOf(knownIncidents.sending, notice?.batchId ?? '')).status).toBe('sending');
  });

  it('readyToClose: the privacy officer closes it', async () => {
    const item = await incident('readyToClose');
    const notices = await noticesOf(item.id);
    expect(notices.map((notice) => notice.status)).toEqual(['sent', 'sent']);
    const batches = await Promise.all(notices.map((notice) => batchOf(item.id, notice.batchId ?? '')));
    expect(batches.map((batch) => batch.status)).toEqual(['failed', 'completed']);
    const closed = await callApi(`/incidents/${item.id}`, {
      method: 'PATCH',
      csrfToken: await as('dpo'),
      ifMatch: item.version,
      body: { status: 'closed' },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  });

  it('reported, reportedLate, notReported and failedBatch carry what they say', async () => {
    const reported = await incident('reported');
    expect(
      reported.regulatorReport && regulatorReportIsLate(reported, reported.regulatorReport.submittedAt),
    ).toBe(false);
    const late = await incident('reportedLate');
    expect(late.regulatorReport?.lateReason).toBeTruthy();
    const decided = await incident('notReported');
    expect(decided.regulatorDecision?.report).toBe(false);
    expect(decided.regulatorReport).toBeUndefined();
    const [notice] = await noticesOf(knownIncidents.failedBatch);
    const failed = await batchOf(knownIncidents.failedBatch, notice?.batchId ?? '');
    expect(failed.status).toBe('failed');
    expect(failed.failureDetail).toBeTruthy();
    // A second send of the same notice is refused, naming the batch.
    const again = await callApi(`/incidents/${knownIncidents.failedBatch}/notifications`, {
      method: 'POST',
      csrfToken: await as('legal'),
      idempotencyKey: 'again',
      body: { noticeId: notice?.id },
    });
    expect(again.status).toBe(409);
    expect(problemSchema.parse(again.body).detail).toContain(failed.id);
  });
});
