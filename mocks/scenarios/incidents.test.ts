import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema } from '@/shared/contract/common';
import {
  incidentSchema,
  noticeDraftListSchema,
  notificationBatchSchema,
  regulatorReportIsLate,
} from '@/shared/contract/incidents';
import { clock, hour } from '@mocks/clock';
import { knownIncidents } from '@mocks/db/known-incidents';
import { callApi } from './call-api';
import { pinClock } from './clock';
import {
  approvedNotice,
  batchFinishes,
  batchMidSend,
  clockAtRegulatorDeadline,
  colleagueEditsIncident,
  draftNoticeBy,
  nextBatchFails,
  noticeSent,
  regulatorReportFiled,
} from './incidents';
import { signedInAs } from './session';

const pinned = '2026-11-25T09:00:00Z';

beforeEach(async () => {
  pinClock(pinned);
  await signedInAs('legal');
});

async function incident(id: string) {
  return incidentSchema.parse((await callApi(`/incidents/${id}`)).body);
}

async function batch(incidentId: string, batchId: string) {
  return notificationBatchSchema.parse(
    (await callApi(`/incidents/${incidentId}/notifications/${batchId}`)).body,
  );
}

describe('incident scenarios', () => {
  it('clockAtRegulatorDeadline puts the mock clock before, at and after the deadline', async () => {
    const deadline = Date.parse((await incident(knownIncidents.dueSoon)).regulatorDeadlineAt);
    clockAtRegulatorDeadline(knownIncidents.dueSoon, -60_000);
    expect(clock.now()).toBe(deadline - 60_000);
    clockAtRegulatorDeadline(knownIncidents.dueSoon);
    expect(clock.now()).toBe(deadline);
    clockAtRegulatorDeadline(knownIncidents.dueSoon, hour);
    expect(clock.now()).toBe(deadline + hour);
    // The seed did not move with the clock.
    expect(Date.parse((await incident(knownIncidents.dueSoon)).regulatorDeadlineAt)).toBe(deadline);
  });

  it('colleagueEditsIncident moves the version on: the console’s next If-Match gets 412', async () => {
    const before = await incident(knownIncidents.open);
    colleagueEditsIncident(knownIncidents.open, { nature: 'Changed meanwhile.' });
    const reply = await callApi(`/incidents/${knownIncidents.open}`, {
      method: 'PATCH',
      csrfToken: (await signedInAs('analyst')).csrfToken,
      ifMatch: before.version,
      body: { cause: 'Mine' },
    });
    expect(reply.status).toBe(412);
  });

  it('draftNoticeBy, approvedNotice and noticeSent walk a notice to a batch the API follows', async () => {
    const draft = draftNoticeBy(knownIncidents.open, 'analyst');
    const approved = approvedNotice(knownIncidents.open);
    const batchId = noticeSent(approved, 120);
    const notices = noticeDraftListSchema.parse(
      (await callApi(`/incidents/${knownIncidents.open}/notices`)).body,
    );
    expect(notices.map((notice) => [notice.id, notice.status])).toEqual([
      [draft, 'draft'],
      [approved, 'sent'],
    ]);
    expect((await batch(knownIncidents.open, batchId)).status).toBe('queued');
    batchFinishes(batchId);
    expect(await batch(knownIncidents.open, batchId)).toMatchObject({ status: 'completed', sent: 120 });
  });

  it('nextBatchFails makes the next send stop as a whole', async () => {
    nextBatchFails(0.5, 'Provider down.');
    const batchId = noticeSent(approvedNotice(knownIncidents.open), 100);
    const send = await callApi(`/incidents/${knownIncidents.open}/notifications`, {
      method: 'POST',
      csrfToken: (await signedInAs('legal')).csrfToken,
      idempotencyKey: 'k',
      body: { noticeId: approvedNotice(knownIncidents.open) },
    });
    batchFinishes(batchId);
    batchFinishes(notificationBatchSchema.parse(send.body).id);
    expect(await batch(knownIncidents.open, batchId)).toMatchObject({
      status: 'failed',
      failureDetail: 'Provider down.',
    });
    expect((await batch(knownIncidents.open, notificationBatchSchema.parse(send.body).id)).status).toBe(
      'completed',
    );
  });

  it('batchMidSend names the known batch on its way', async () => {
    const { incidentId, batchId } = batchMidSend();
    expect((await batch(incidentId, batchId)).status).toBe('sending');
  });

  it('regulatorReportFiled files in time before the deadline and late (with a reason) after it', async () => {
    const onTime = regulatorReportFiled(knownIncidents.dueSoon);
    expect(regulatorReportIsLate(await incident(knownIncidents.dueSoon), onTime.submittedAt)).toBe(false);
    const late = regulatorReportFiled(knownIncidents.overdue);
    expect(late.lateReason).toBeTruthy();
    const second = await callApi(`/incidents/${knownIncidents.overdue}/regulator-reports`, {
      method: 'POST',
      csrfToken: (await signedInAs('legal')).csrfToken,
      idempotencyKey: 'again',
      body: { authority: 'A', submittedAt: pinned, reference: 'R', contentSummary: 'S', lateReason: 'L' },
    });
    expect(second.status).toBe(409);
    expect(problemSchema.parse(second.body).detail).toContain('one report per incident');
  });
});
