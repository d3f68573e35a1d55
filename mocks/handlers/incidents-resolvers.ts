import type { FieldError } from '@/shared/contract/common';
import {
  canMoveIncident,
  createIncidentRequestSchema,
  createNoticeRequestSchema,
  incidentClosingProblems,
  incidentStatusMoves,
  missingNoticeParts,
  noticeAudienceProblems,
  patchIncidentRequestSchema,
  patchNoticeRequestSchema,
  regulatorReportIsLate,
  regulatorReportRequestSchema,
  sendNotificationsRequestSchema,
  type Incident,
  type IncidentStatus,
  type NoticeContentField,
  type NoticeDraft,
  type RegulatorReport,
} from '@/shared/contract/incidents';
import { isoAt } from '@mocks/clock';
import { accountCount } from '@mocks/db/accounts/seed';
import { commitAlertLink } from '@mocks/db/alerts/state';
import { alertDetail, alertSlot } from '@mocks/db/alerts/queries';
import { ids, randomToken } from '@mocks/db/ids';
import { batchAt, type BatchPlan } from '@mocks/db/incident-batches';
import {
  batchesOf,
  commitBatch,
  commitNotice,
  findBatchPlan,
  findNotice,
  noticesOf,
  servedNotice,
  takeBatchOutcome,
  type NoticeChanges,
  type NoticeRow,
} from '@mocks/db/incident-notices';
import { commitIncident, findIncident, regulatorDeadlineOf, type IncidentChanges } from '@mocks/db/incidents';
import type { HandlerContext } from '@mocks/http/handler';
import { badRequest, conflict, forbidden, notFound, ProblemError } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/**
 * What the incidents endpoints do (`handlers/incidents.ts` registers them; API.md "Security
 * incidents and notifications", docs/api.md "### Incidents"). Loaded on the first request that
 * needs more than the list or one incident, so the mock's start-up does not carry it.
 *
 * Changes check, in order: unknown id (404), `If-Match` (428 / 412 with the current record), the
 * body (400), the record's state (409, saying what to do instead), who may act (403), then the
 * rules on the values (400 on the field). Every change is one journal commit (or a few with no
 * await between them), one timeline entry on the incident and one audit event.
 */

const statusWords: Record<IncidentStatus, string> = {
  open: 'open',
  assessing: 'assessing',
  notifying: 'notifying',
  monitoring: 'monitoring',
  closed: 'closed',
};

const factLabels: Record<
  Exclude<keyof IncidentChanges, 'status' | 'regulatorDecision' | 'severity' | 'title'>,
  string
> = {
  detectedAt: 'detected at',
  nature: 'nature',
  cause: 'cause',
  dataCategories: 'data categories',
  affectedAccountCount: 'affected account count',
  affectedAccountIds: 'affected accounts',
  likelyConsequences: 'likely consequences',
  measuresTaken: 'measures taken',
  linkedAlertIds: 'linked alerts',
};

const partLabels: Record<NoticeContentField, string> = {
  natureAndImpact: 'nature and impact',
  measuresTaken: 'measures taken',
  userSuggestions: 'what customers can do',
  remedies: 'remedies',
  contact: 'contact',
};

function requireIncident(context: HandlerContext): Incident {
  const id = context.param('id');
  const incident = findIncident(id);
  if (!incident) throw notFound('incident', id);
  return incident;
}

function currentIncident(id: string): Incident {
  const incident = findIncident(id);
  if (!incident) throw new Error(`incidents: ${id} vanished`);
  return incident;
}

/** The incident as served: a copy (the family's row changes with the next write), with its ETag. */
function servedIncident(incident: Incident, status = 200, headers: Record<string, string> = {}): Response {
  return json(structuredClone(incident), { status, etag: incident.version, headers });
}

function requireOpen(incident: Incident, what: string): void {
  if (incident.status === 'closed') {
    throw conflict(`${incident.id} is closed: ${what} is not possible on a closed incident.`);
  }
}

function requireNotice(context: HandlerContext, incident: Incident): NoticeRow {
  const noticeId = context.param('noticeId');
  const notice = findNotice(noticeId);
  if (notice?.incidentId !== incident.id) throw notFound('notice', noticeId);
  return notice;
}

function servedNoticeReply(notice: NoticeRow, status = 200, headers: Record<string, string> = {}): Response {
  return json(servedNotice(notice), { status, etag: notice.version, headers });
}

function currentNotice(id: string): NoticeRow {
  const notice = findNotice(id);
  if (!notice) throw new Error(`incidents: notice ${id} vanished`);
  return notice;
}

/** 400s for account ids the shop does not have, and a count below the listed ids. */
function accountProblems(
  ids_: readonly string[] | undefined,
  count: number | undefined,
  field: string,
): FieldError[] {
  const errors: FieldError[] = [];
  (ids_ ?? []).forEach((id, index) => {
    const seeded = ids.account.decode(id);
    if (seeded === undefined || seeded >= accountCount) {
      errors.push({ field: `${field}.${String(index)}`, message: `No account ${id}.` });
    }
  });
  if (ids_ !== undefined && count !== undefined && count < new Set(ids_).size) {
    errors.push({
      field: 'affectedAccountCount',
      message: 'At least as many as the affected accounts listed.',
    });
  }
  return errors;
}

/** 400s for linked alert ids that name no alert, or an alert that belongs to another incident. */
function alertProblems(alertIds: readonly string[] | undefined, incidentId: string | null): FieldError[] {
  const errors: FieldError[] = [];
  (alertIds ?? []).forEach((alertId, index) => {
    const slot = alertSlot(alertId);
    if (slot === undefined) {
      errors.push({ field: `linkedAlertIds.${String(index)}`, message: `No alert ${alertId}.` });
      return;
    }
    const other = alertDetail(slot).incidentId;
    if (other !== undefined && other !== incidentId) {
      errors.push({
        field: `linkedAlertIds.${String(index)}`,
        message: `${alertId} belongs to incident ${other}.`,
      });
    }
  });
  return errors;
}

/** Writes the alert side of the two-way links: each added alert names the incident, each removed one no longer does. */
function linkAlerts(
  incidentId: string,
  before: readonly string[],
  after: readonly string[],
  context: HandlerContext,
): void {
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  for (const alertId of after) {
    if (!before.includes(alertId)) commitAlertLink({ type: 'link', alertId, incidentId, at, by });
  }
  for (const alertId of before) {
    if (!after.includes(alertId)) commitAlertLink({ type: 'link', alertId, incidentId: null, at, by });
  }
}

// ---------------------------------------------------------------------------------------------
// Incidents

/** `POST /incidents` (security analyst, privacy officer; inside the handler's `idempotent`). */
export async function createIncident(context: HandlerContext) {
  const request = await context.body(createIncidentRequestSchema);
  const awareAt = request.awareAt === undefined ? context.now : Date.parse(request.awareAt);
  const errors: FieldError[] = [];
  if (awareAt > context.now) errors.push({ field: 'awareAt', message: 'Cannot be later than now.' });
  if (request.detectedAt !== undefined && Date.parse(request.detectedAt) > context.now) {
    errors.push({ field: 'detectedAt', message: 'Cannot be later than now.' });
  }
  errors.push(
    ...accountProblems(request.affectedAccountIds, request.affectedAccountCount, 'affectedAccountIds'),
  );
  errors.push(...alertProblems(request.linkedAlertIds, null));
  if (errors.length > 0) throw badRequest(errors);

  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const affectedAccountIds = [...new Set(request.affectedAccountIds ?? [])];
  const linkedAlertIds = [...new Set(request.linkedAlertIds ?? [])];
  const incident: Incident = {
    id: ids.incident.fresh(),
    version: 1,
    title: request.title,
    severity: request.severity,
    status: 'open',
    detectedAt: request.detectedAt ?? isoAt(awareAt),
    awareAt: isoAt(awareAt),
    nature: request.nature ?? '',
    ...(request.cause === undefined ? {} : { cause: request.cause }),
    dataCategories: request.dataCategories ?? [],
    affectedAccountCount: request.affectedAccountCount ?? affectedAccountIds.length,
    affectedAccountIds,
    likelyConsequences: request.likelyConsequences ?? '',
    measuresTaken: request.measuresTaken ?? '',
    linkedAlertIds,
    regulatorDeadlineAt: regulatorDeadlineOf(awareAt),
    timeline: [
      {
        at,
        actorId: by,
        text: `Incident opened: aware since ${isoAt(awareAt)}, the 72-hour regulator clock runs.`,
      },
    ],
  };
  commitIncident({ type: 'create', incident });
  linkAlerts(incident.id, [], linkedAlertIds, context);
  context.audit({
    action: 'incident.create',
    targetType: 'incident',
    targetId: incident.id,
    summary: `Opened ${incident.id} "${incident.title}" (${incident.severity})`,
  });
  return servedIncident(currentIncident(incident.id), 201, { Location: `/api/v1/incidents/${incident.id}` });
}

/** `GET /incidents/{id}`. */
export function getIncident(context: HandlerContext) {
  return servedIncident(requireIncident(context));
}

/** The 409 of a status move the machine does not allow, naming the moves it does. */
function refusedStatusMove(incident: Incident, to: IncidentStatus): ProblemError {
  const allowed = incidentStatusMoves[incident.status];
  if (allowed.length === 0) {
    return conflict(`${incident.id} is closed: its status no longer changes.`);
  }
  return conflict(
    `An incident that is ${statusWords[incident.status]} does not move to ${statusWords[to]}; it moves only to ${allowed.join(' or ')}.`,
  );
}

/** `PATCH /incidents/{id}` (If-Match): facts, title, severity, status, the decision not to report. */
export async function patchIncident(context: HandlerContext) {
  const incident = requireIncident(context);
  context.ifMatch(incident);
  const raw = await context.text();
  // `awareAt` starts the regulator clock: it is fixed once set (docs/api.md, Incidents).
  try {
    const parsed: unknown = raw === '' ? undefined : JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'awareAt' in parsed) {
      throw badRequest([
        {
          field: 'awareAt',
          message: 'The time the shop became aware is fixed once set: it starts the regulator clock.',
        },
      ]);
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // Not JSON: `context.body` answers it.
  }
  const patch = await context.body(patchIncidentRequestSchema);
  const { regulatorDecision, ...rest } = patch;
  const editsOther = Object.values<unknown>(rest).some((value) => value !== undefined);
  if (regulatorDecision !== undefined) context.requirePermission('incidents.approveNotice');
  if (editsOther) context.requirePermission('incidents.edit');
  requireOpen(incident, 'editing');

  const changes: IncidentChanges = {};
  const said: string[] = [];
  if (patch.title !== undefined && patch.title !== incident.title) {
    changes.title = patch.title;
    said.push('Title changed');
  }
  if (patch.severity !== undefined && patch.severity !== incident.severity) {
    changes.severity = patch.severity;
    said.push(`Severity: ${incident.severity} → ${patch.severity}`);
  }
  const facts: string[] = [];
  for (const field of Object.keys(factLabels) as (keyof typeof factLabels)[]) {
    const value = patch[field];
    if (value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(incident[field])) continue;
    Object.assign(changes, {
      [field]:
        field === 'affectedAccountIds' || field === 'linkedAlertIds'
          ? [...new Set(value as string[])]
          : value,
    });
    facts.push(factLabels[field]);
  }
  if (facts.length > 0) said.push(`Facts edited: ${facts.join(', ')}`);

  const errors: FieldError[] = [];
  if (patch.detectedAt !== undefined && Date.parse(patch.detectedAt) > context.now) {
    errors.push({ field: 'detectedAt', message: 'Cannot be later than now.' });
  }
  const listed = changes.affectedAccountIds ?? incident.affectedAccountIds;
  errors.push(...accountProblems(changes.affectedAccountIds, undefined, 'affectedAccountIds'));
  if (patch.affectedAccountCount !== undefined || changes.affectedAccountIds !== undefined) {
    const count = patch.affectedAccountCount ?? Math.max(incident.affectedAccountCount, listed.length);
    if (count < listed.length) {
      errors.push({
        field: 'affectedAccountCount',
        message: 'At least as many as the affected accounts listed.',
      });
    } else if (patch.affectedAccountCount === undefined && count !== incident.affectedAccountCount) {
      changes.affectedAccountCount = count;
    }
  }
  errors.push(...alertProblems(changes.linkedAlertIds, incident.id));
  if (errors.length > 0) throw badRequest(errors);

  if (regulatorDecision !== undefined) {
    if (incident.regulatorReport) {
      throw conflict(
        `${incident.id} has a filed regulator report (${incident.regulatorReport.reference}); a decision not to report no longer applies.`,
      );
    }
    changes.regulatorDecision = regulatorDecision;
    said.push(`Decision recorded: not reported to the regulator. Reason: ${regulatorDecision.reason}`);
  }

  if (patch.status !== undefined && patch.status !== incident.status) {
    if (!canMoveIncident(incident.status, patch.status)) throw refusedStatusMove(incident, patch.status);
    if (patch.status === 'closed') {
      const after = { ...incident, ...changes };
      const problems = incidentClosingProblems(
        after,
        noticesOf(incident.id),
        batchesOf(incident.id, context.now),
      );
      if (problems.length > 0) {
        throw conflict(
          `${incident.id} cannot close yet. ${problems.map((problem) => `${problem.message}.`).join(' ')}`,
        );
      }
    }
    changes.status = patch.status;
    said.unshift(`Status: ${incident.status} → ${patch.status}`);
  }

  if (said.length === 0) return servedIncident(incident);
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const text = said.join('; ');
  const linkedBefore = [...incident.linkedAlertIds];
  commitIncident({ type: 'edit', incidentId: incident.id, changes, text, at, by });
  if (changes.linkedAlertIds !== undefined)
    linkAlerts(incident.id, linkedBefore, changes.linkedAlertIds, context);
  context.audit({
    action: 'incident.update',
    targetType: 'incident',
    targetId: incident.id,
    summary: `${incident.id}: ${text}`,
    ...(regulatorDecision === undefined ? {} : { reason: regulatorDecision.reason }),
  });
  return servedIncident(currentIncident(incident.id));
}

// ---------------------------------------------------------------------------------------------
// Notices

/** `GET /incidents/{id}/notices`: oldest first. */
export function listNotices(context: HandlerContext) {
  const incident = requireIncident(context);
  return json(noticesOf(incident.id).map(servedNotice));
}

function audienceWords(notice: Pick<NoticeDraft, 'audience' | 'accountIds' | 'channels'>): string {
  const audience =
    notice.audience === 'all_affected'
      ? 'every affected customer'
      : notice.audience === 'public'
        ? 'the public'
        : `${String(notice.accountIds?.length ?? 0)} named customers`;
  return `${audience} by ${notice.channels.join(', ')}`;
}

/** The notice as stored: `accountIds` only for a named audience, `publicReason` only for a public one. */
function tidyNotice<T extends Pick<NoticeDraft, 'audience' | 'accountIds' | 'channels' | 'publicReason'>>(
  notice: T,
): T {
  const tidy = { ...notice };
  if (tidy.audience !== 'account_ids') delete tidy.accountIds;
  else tidy.accountIds = [...new Set(tidy.accountIds ?? [])];
  if (tidy.audience !== 'public' && !tidy.channels.includes('public_announcement')) delete tidy.publicReason;
  tidy.channels = [...new Set(tidy.channels)];
  return tidy;
}

/** `POST /incidents/{id}/notices` (inside the handler's `idempotent`): a new draft by the caller. */
export async function createNotice(context: HandlerContext) {
  const incident = requireIncident(context);
  const request = await context.body(createNoticeRequestSchema);
  requireOpen(incident, 'drafting a notice');
  const errors = accountProblems(
    request.audience === 'account_ids' ? request.accountIds : undefined,
    undefined,
    'accountIds',
  );
  if (errors.length > 0) throw badRequest(errors);
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const notice: NoticeRow = tidyNotice({
    id: ids.notice.fresh(),
    version: 1,
    status: 'draft',
    audience: request.audience,
    ...(request.accountIds === undefined ? {} : { accountIds: request.accountIds }),
    channels: request.channels,
    content: request.content,
    ...(request.publicReason === undefined ? {} : { publicReason: request.publicReason }),
    authorId: by,
    incidentId: incident.id,
    createdAt: at,
  });
  commitNotice({ type: 'create', notice });
  commitIncident({
    type: 'entry',
    incidentId: incident.id,
    text: `Notice ${notice.id} drafted, to ${audienceWords(notice)}.`,
    at,
    by,
  });
  context.audit({
    action: 'notice.draft',
    targetType: 'notice',
    targetId: notice.id,
    summary: `Drafted notice ${notice.id} of ${incident.id}, to ${audienceWords(notice)}`,
  });
  return servedNoticeReply(currentNotice(notice.id), 201, {
    Location: `/api/v1/incidents/${incident.id}/notices/${notice.id}`,
  });
}

/** The 409 for a change of a notice that is no longer a draft. */
function notADraft(notice: NoticeRow, what: string): ProblemError {
  return conflict(
    notice.status === 'sent'
      ? `Notice ${notice.id} has been sent${notice.batchId === undefined ? '' : ` (batch ${notice.batchId})`}: it is not ${what}. Draft a new notice instead.`
      : `Notice ${notice.id} is approved: it is not ${what}. Send it, or draft a new notice instead.`,
  );
}

/** `PATCH /incidents/{id}/notices/{noticeId}` (drafts only, If-Match). */
export async function patchNotice(context: HandlerContext) {
  const incident = requireIncident(context);
  const notice = requireNotice(context, incident);
  context.ifMatch(servedNotice(notice));
  const patch = await context.body(patchNoticeRequestSchema);
  if (notice.status !== 'draft') throw notADraft(notice, 'edited');
  requireOpen(incident, 'editing a notice');
  const merged = { ...notice, ...patch };
  const problems = noticeAudienceProblems(merged);
  const errors: FieldError[] = [
    ...problems,
    ...accountProblems(
      merged.audience === 'account_ids' ? patch.accountIds : undefined,
      undefined,
      'accountIds',
    ),
  ];
  if (errors.length > 0) throw badRequest(errors, 'The notice as edited breaks an audience rule.');
  const tidy = tidyNotice(merged);
  const changes: NoticeChanges = {};
  const said: string[] = [];
  for (const field of ['audience', 'accountIds', 'channels', 'content', 'publicReason'] as const) {
    if (JSON.stringify(tidy[field]) !== JSON.stringify(notice[field])) {
      Object.assign(changes, { [field]: tidy[field] });
      said.push(field === 'accountIds' ? 'accounts' : field === 'publicReason' ? 'public reason' : field);
    }
  }
  if (said.length === 0) return servedNoticeReply(notice);
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  commitNotice({ type: 'edit', noticeId: notice.id, changes, at });
  commitIncident({
    type: 'entry',
    incidentId: incident.id,
    text: `Notice ${notice.id} edited: ${said.join(', ')}.`,
    at,
    by,
  });
  context.audit({
    action: 'notice.draft',
    targetType: 'notice',
    targetId: notice.id,
    summary: `Edited draft notice ${notice.id} of ${incident.id}: ${said.join(', ')}`,
  });
  return servedNoticeReply(currentNotice(notice.id));
}

/** `POST /incidents/{id}/notices/{noticeId}/approve` (legal, privacy officer; never the author; If-Match). */
export function approveNotice(context: HandlerContext) {
  const incident = requireIncident(context);
  const notice = requireNotice(context, incident);
  context.ifMatch(servedNotice(notice));
  if (notice.status !== 'draft') throw notADraft(notice, 'approved again');
  requireOpen(incident, 'approving a notice');
  if (notice.authorId === context.session.staff.id) {
    throw forbidden(
      `Four-eyes rule: the author of notice ${notice.id} cannot approve it. A second person from legal or the privacy officer approves it.`,
    );
  }
  const missing = missingNoticeParts(notice.content);
  if (missing.length > 0) {
    throw conflict(
      `Notice ${notice.id} is not complete: write ${missing.map((field) => partLabels[field]).join(', ')} before it is approved.`,
    );
  }
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  commitNotice({ type: 'approve', noticeId: notice.id, by, at });
  commitIncident({
    type: 'entry',
    incidentId: incident.id,
    text: `Notice ${notice.id} approved by a second person.`,
    at,
    by,
  });
  context.audit({
    action: 'notice.approve',
    targetType: 'notice',
    targetId: notice.id,
    summary: `Approved notice ${notice.id} of ${incident.id}`,
  });
  return servedNoticeReply(currentNotice(notice.id));
}

// ---------------------------------------------------------------------------------------------
// Sending

/** The recipients of a notice: every affected account, the named ones, or none for a public announcement. */
export function audienceSize(
  incident: Incident,
  notice: Pick<NoticeDraft, 'audience' | 'accountIds'>,
): number {
  if (notice.audience === 'all_affected') return incident.affectedAccountCount;
  if (notice.audience === 'account_ids') return new Set(notice.accountIds ?? []).size;
  return 0;
}

/** `POST /incidents/{id}/notifications` `{ noticeId }` (legal, privacy officer; inside `idempotent`). */
export async function sendNotice(context: HandlerContext) {
  const incident = requireIncident(context);
  const { noticeId } = await context.body(sendNotificationsRequestSchema);
  const notice = findNotice(noticeId);
  if (notice?.incidentId !== incident.id) {
    throw badRequest([{ field: 'noticeId', message: `${incident.id} has no notice ${noticeId}.` }]);
  }
  requireOpen(incident, 'sending a notice');
  if (notice.status === 'draft') {
    throw conflict(
      `Notice ${notice.id} is a draft: approve it first (a second person from legal or the privacy officer).`,
    );
  }
  if (notice.status === 'sent') {
    throw conflict(
      `Notice ${notice.id} has been sent already, as batch ${notice.batchId ?? '(unknown)'}: a notice is sent once. Follow that batch.`,
    );
  }
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const outcome = takeBatchOutcome();
  const plan: BatchPlan = {
    id: ids.batch.fresh(),
    incidentId: incident.id,
    noticeId: notice.id,
    startedAt: at,
    total: audienceSize(incident, notice),
    channels: [...notice.channels],
    ...outcome,
  };
  commitBatch(plan);
  commitNotice({ type: 'send', noticeId: notice.id, batchId: plan.id, at });
  commitIncident({
    type: 'entry',
    incidentId: incident.id,
    text: `Notice ${notice.id} sent to ${String(plan.total)} recipients by ${plan.channels.join(', ')}: batch ${plan.id}.`,
    at,
    by,
  });
  context.audit({
    action: 'notice.send',
    targetType: 'notice',
    targetId: notice.id,
    summary: `Sent notice ${notice.id} of ${incident.id} to ${String(plan.total)} recipients by ${plan.channels.join(', ')} (batch ${plan.id})`,
  });
  return json(batchAt(plan, context.now), {
    status: 202,
    headers: { Location: `/api/v1/incidents/${incident.id}/notifications/${plan.id}` },
  });
}

/** `GET /incidents/{id}/notifications/{batchId}`: the batch as it stands by the mock clock. */
export function getBatch(context: HandlerContext) {
  const incident = requireIncident(context);
  const batchId = context.param('batchId');
  const plan = findBatchPlan(batchId);
  if (plan?.incidentId !== incident.id) throw notFound('notification batch', batchId);
  return json(batchAt(plan, context.now));
}

// ---------------------------------------------------------------------------------------------
// Regulator reports

/** `POST /incidents/{id}/regulator-reports` (legal, privacy officer; inside `idempotent`). */
export async function fileRegulatorReport(context: HandlerContext) {
  const incident = requireIncident(context);
  const request = await context.body(regulatorReportRequestSchema);
  requireOpen(incident, 'filing a regulator report');
  if (incident.regulatorReport) {
    throw conflict(
      `${incident.id} has its regulator report already (${incident.regulatorReport.reference}, filed ${incident.regulatorReport.filedAt}): one report per incident.`,
    );
  }
  const late = regulatorReportIsLate(incident, request.submittedAt);
  const errors: FieldError[] = [];
  if (Date.parse(request.submittedAt) > context.now) {
    errors.push({ field: 'submittedAt', message: 'Cannot be later than now.' });
  }
  if (late && (request.lateReason ?? '').trim() === '') {
    errors.push({
      field: 'lateReason',
      message: `Submitted after the 72-hour deadline (${incident.regulatorDeadlineAt}): explain the delay.`,
    });
  }
  if (errors.length > 0) throw badRequest(errors);
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const report: RegulatorReport = {
    id: `rpt_${randomToken(10)}`,
    incidentId: incident.id,
    authority: request.authority,
    submittedAt: request.submittedAt,
    reference: request.reference,
    contentSummary: request.contentSummary,
    ...(late && request.lateReason !== undefined ? { lateReason: request.lateReason } : {}),
    filedBy: by,
    filedAt: at,
  };
  commitIncident({
    type: 'report',
    incidentId: incident.id,
    report,
    text: `Reported to ${report.authority} (reference ${report.reference})${late ? `, after the deadline. Reason: ${report.lateReason ?? ''}` : ', within the deadline'}.`,
  });
  context.audit({
    action: 'incident.regulator_report',
    targetType: 'incident',
    targetId: incident.id,
    summary: `Filed the regulator report of ${incident.id} with ${report.authority} (${report.reference})${late ? ', late' : ''}`,
    ...(report.lateReason === undefined ? {} : { reason: report.lateReason }),
  });
  return json(report, { status: 201 });
}
