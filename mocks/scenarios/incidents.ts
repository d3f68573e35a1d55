import type {
  IncidentStatus,
  NoticeContent,
  NoticeDraft,
  RegulatorReport,
} from '@/shared/contract/incidents';
import { regulatorReportIsLate } from '@/shared/contract/incidents';
import { clock, isoAt } from '@mocks/clock';
import { ids, randomToken } from '@mocks/db/ids';
import { batchFinishesAt, type BatchPlan } from '@mocks/db/incident-batches';
import {
  commitBatch,
  commitNotice,
  findBatchPlan,
  findNotice,
  nextBatchStops,
  noticesOf,
  takeBatchOutcome,
  type NoticeChanges,
  type NoticeRow,
} from '@mocks/db/incident-notices';
import { commitIncident, findIncident, type IncidentChanges } from '@mocks/db/incidents';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the incidents family for tests and demos: an open escalation target, an
 * incident closed meanwhile, the clock put before, at or after a regulator deadline, a notice
 * drafted, approved or sent (a batch mid-send, one that fails), a colleague's edit meanwhile, a
 * report filed, the incidents API down. Writes go through the family's journal at the mock
 * clock's time with the timeline entries the API writes, so versions move on and the console's
 * next If-Match gets a real 412.
 */

function requireIncident(id: string, what: string) {
  const incident = findIncident(id);
  if (!incident) throw new Error(`${what}: no incident ${id}`);
  return incident;
}

function requireNotice(id: string, what: string): NoticeRow {
  const notice = findNotice(id);
  if (!notice) throw new Error(`${what}: no notice ${id}`);
  return notice;
}

function staffId(key: DemoStaffKey): string {
  return demoStaff[key].id;
}

function now(): string {
  return isoAt(clock.now());
}

/** The seeded `open` incident, aware a day before the anchor: `knownIncidents.open`. */
export function openIncident(): string {
  return knownIncidents.open;
}

/**
 * Incident `id` moves to `status` now, by the privacy officer unless `by` says otherwise; its
 * version moves on and the timeline says so. Throws for an unknown id. (No rule is checked: a
 * test may put an incident anywhere.)
 */
export function incidentMovesTo(id: string, status: IncidentStatus, by: DemoStaffKey = 'dpo'): void {
  requireIncident(id, 'incidentMovesTo');
  commitIncident({
    type: 'status',
    incidentId: id,
    status,
    text: `Status changed to ${status}.`,
    at: now(),
    by: staffId(by),
  });
}

/** Incident `id` is closed now (escalating an alert to it is then a 409). */
export function incidentClosed(id: string = knownIncidents.open): void {
  incidentMovesTo(id, 'closed');
}

/** Every incidents request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function incidentsUnavailable(options: FaultOptions = {}): void {
  failing('incidents', 503, options);
}

/**
 * Moves the mock clock (pinned or not, without reseeding) so it reads incident `id`'s regulator
 * deadline plus `offsetMs`: negative before the deadline, 0 at it, positive after. For "the clock
 * across the deadline" tests: `clockAtRegulatorDeadline(knownIncidents.dueSoon, -60_000)`.
 */
export function clockAtRegulatorDeadline(id: string, offsetMs = 0): void {
  const incident = requireIncident(id, 'clockAtRegulatorDeadline');
  clock.advance(Date.parse(incident.regulatorDeadlineAt) + offsetMs - clock.now());
}

/**
 * A colleague (analyst2@ unless `by` says otherwise) saves `changes` on incident `id` now, as a
 * PATCH would: the version moves on, the timeline names the changed fields.
 */
export function colleagueEditsIncident(
  id: string,
  changes: IncidentChanges = { measuresTaken: 'Sessions revoked by a colleague meanwhile.' },
  by: DemoStaffKey = 'analyst2',
): void {
  requireIncident(id, 'colleagueEditsIncident');
  commitIncident({
    type: 'edit',
    incidentId: id,
    changes,
    text: `Facts edited: ${Object.keys(changes).join(', ')}`,
    at: now(),
    by: staffId(by),
  });
}

const defaultContent: NoticeContent = {
  natureAndImpact: 'Someone signed in to your account with a password stolen from another website.',
  measuresTaken: 'We signed your account out everywhere and reset its password.',
  userSuggestions: 'Choose a new password you use nowhere else.',
  remedies: 'Orders you did not place are refunded in full.',
  contact: 'Write to privacy@digfashions.example.',
};

/**
 * A new draft notice on incident `id` by `author` (legal@ by default) now: to every affected
 * customer by email, complete unless `change.content` says otherwise. Returns the notice's id.
 */
export function draftNoticeBy(
  id: string,
  author: DemoStaffKey = 'legal',
  change: Partial<
    Pick<NoticeDraft, 'audience' | 'accountIds' | 'channels' | 'content' | 'publicReason'>
  > = {},
): string {
  requireIncident(id, 'draftNoticeBy');
  const at = now();
  const notice: NoticeRow = {
    id: ids.notice.fresh(),
    version: 1,
    status: 'draft',
    audience: change.audience ?? 'all_affected',
    ...(change.accountIds === undefined ? {} : { accountIds: change.accountIds }),
    channels: change.channels ?? ['email'],
    content: { ...defaultContent, ...change.content },
    ...(change.publicReason === undefined ? {} : { publicReason: change.publicReason }),
    authorId: staffId(author),
    incidentId: id,
    createdAt: at,
  };
  commitNotice({ type: 'create', notice });
  commitIncident({
    type: 'entry',
    incidentId: id,
    text: `Notice ${notice.id} drafted.`,
    at,
    by: notice.authorId,
  });
  return notice.id;
}

/** A colleague (its author unless `by` says otherwise) saves `changes` on draft notice `noticeId` now. */
export function colleagueEditsNotice(
  noticeId: string,
  changes: NoticeChanges = { channels: ['email', 'letter'] },
  by?: DemoStaffKey,
): void {
  const notice = requireNotice(noticeId, 'colleagueEditsNotice');
  const at = now();
  commitNotice({ type: 'edit', noticeId, changes, at });
  commitIncident({
    type: 'entry',
    incidentId: notice.incidentId,
    text: `Notice ${noticeId} edited: ${Object.keys(changes).join(', ')}.`,
    at,
    by: by === undefined ? notice.authorId : staffId(by),
  });
}

/** A second person (legal2@ unless `by` says otherwise; never the author) approves draft `noticeId` now. */
export function colleagueApprovesNotice(noticeId: string, by: DemoStaffKey = 'legal2'): void {
  const notice = requireNotice(noticeId, 'colleagueApprovesNotice');
  if (notice.authorId === staffId(by)) throw new Error('colleagueApprovesNotice: the author never approves');
  const at = now();
  commitNotice({ type: 'approve', noticeId, by: staffId(by), at });
  commitIncident({
    type: 'entry',
    incidentId: notice.incidentId,
    text: `Notice ${noticeId} approved by a second person.`,
    at,
    by: staffId(by),
  });
}

/** A notice on incident `id` drafted by `author` and approved by `approver`, unsent. Returns its id. */
export function approvedNotice(
  id: string,
  author: DemoStaffKey = 'legal',
  approver: DemoStaffKey = 'legal2',
): string {
  const noticeId = draftNoticeBy(id, author);
  colleagueApprovesNotice(noticeId, approver);
  return noticeId;
}

/** The next batch started (by the console or a scenario) stops as a whole after `stopAt` of its recipients. */
export function nextBatchFails(
  stopAt = 0.4,
  failureDetail = 'The mail provider refused the rest of the batch: its daily sending limit was reached.',
): void {
  nextBatchStops(stopAt, failureDetail);
}

/**
 * Approved notice `noticeId` is sent now as one batch (to `total` recipients: by default the
 * incident's affected accounts), as `POST …/notifications` would. Returns the batch's id.
 */
export function noticeSent(noticeId: string, total?: number): string {
  const notice = requireNotice(noticeId, 'noticeSent');
  const incident = requireIncident(notice.incidentId, 'noticeSent');
  const at = now();
  const plan: BatchPlan = {
    id: ids.batch.fresh(),
    incidentId: incident.id,
    noticeId,
    startedAt: at,
    total: total ?? (notice.audience === 'public' ? 0 : incident.affectedAccountCount),
    channels: [...notice.channels],
    ...takeBatchOutcome(),
  };
  commitBatch(plan);
  commitNotice({ type: 'send', noticeId, batchId: plan.id, at });
  commitIncident({
    type: 'entry',
    incidentId: incident.id,
    text: `Notice ${noticeId} sent to ${String(plan.total)} recipients by ${plan.channels.join(', ')}: batch ${plan.id}.`,
    at,
    by: notice.approverId ?? notice.authorId,
  });
  return plan.id;
}

/**
 * A batch mid-send: the known `sending` incident's (86,400 recipients, started 20 s before the
 * anchor, minutes to go). Returns its incident, notice and batch ids.
 */
export function batchMidSend(): { incidentId: string; noticeId: string; batchId: string } {
  const incidentId = knownIncidents.sending;
  const notice = noticesOf(incidentId).find((row) => row.batchId !== undefined);
  if (!notice?.batchId) throw new Error('batchMidSend: the known sending incident has no batch');
  return { incidentId, noticeId: notice.id, batchId: notice.batchId };
}

/** Moves the mock clock to the moment batch `batchId` has finished (completed or failed). */
export function batchFinishes(batchId: string): void {
  const plan = findBatchPlan(batchId);
  if (!plan) throw new Error(`batchFinishes: no batch ${batchId}`);
  clock.advance(Math.max(0, batchFinishesAt(plan) - clock.now()));
}

/**
 * Incident `id`'s regulator report is filed now by legal@, submitted now: late (with a reason)
 * when the deadline has passed. Returns the report.
 */
export function regulatorReportFiled(id: string, by: DemoStaffKey = 'legal'): RegulatorReport {
  const incident = requireIncident(id, 'regulatorReportFiled');
  const at = now();
  const late = regulatorReportIsLate(incident, at);
  const report: RegulatorReport = {
    id: `rpt_${randomToken(10)}`,
    incidentId: id,
    authority: 'Data Protection Authority',
    submittedAt: at,
    reference: `DPA-${randomToken(6).toUpperCase()}`,
    contentSummary: 'What happened, the accounts and data involved, and what was done.',
    ...(late ? { lateReason: 'The scope was only known after the deadline.' } : {}),
    filedBy: staffId(by),
    filedAt: at,
  };
  commitIncident({
    type: 'report',
    incidentId: id,
    report,
    text: `Reported to ${report.authority} (reference ${report.reference})${late ? ', after the deadline' : ', within the deadline'}.`,
  });
  return report;
}
