import * as z from 'zod/mini';
import { alertSeverities } from './alerts';
import { idOf, isoDateTime, pageOf } from './common';
import type { SortDirection } from './common';
import { withinTextLimit } from './limits';

// Security incidents: facts, the 72-hour regulator clock, customer notices, sending, regulator reports.

/** Incidents use the alerts' severity scale, lowest first. */
export const incidentSeverities = alertSeverities;
export const incidentSeveritySchema = z.enum(incidentSeverities);
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>;

export const incidentStatuses = ['open', 'assessing', 'notifying', 'monitoring', 'closed'] as const;
export const incidentStatusSchema = z.enum(incidentStatuses);
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;

/**
 * The status machine (API.md, Security incidents): open → assessing → notifying → monitoring →
 * closed, each also straight to `monitoring` when no notice is needed, and `monitoring` →
 * `assessing` to reopen an assessment. Any other move is a 409. Moving to `closed` has conditions
 * of its own (`incidentClosingProblems`).
 */
export const incidentStatusMoves: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  open: ['assessing', 'monitoring'],
  assessing: ['notifying', 'monitoring'],
  notifying: ['monitoring'],
  monitoring: ['closed', 'assessing'],
  closed: [],
};

/** Whether the status machine allows `from` → `to` (conditions of `closed` aside). */
export function canMoveIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return incidentStatusMoves[from].includes(to);
}

/** The regulator must hear of an incident within 72 hours of `awareAt`. */
export const regulatorDeadlineHours = 72;

/** How many affected account ids an incident lists; `affectedAccountCount` may be larger. */
export const maxListedAffectedAccounts = 1000;

const count = z.number().check(z.int(), z.minimum(0));
const version = z.number().check(z.int(), z.minimum(0));

export const incidentTimelineEntrySchema = z.object({
  at: isoDateTime,
  actorId: z.string().check(z.minLength(1)),
  text: z.string(),
});
export type IncidentTimelineEntry = z.infer<typeof incidentTimelineEntrySchema>;

/** The filed report, as the API answers `POST …/regulator-reports`; it is also added to the timeline. */
export const regulatorReportSchema = z.object({
  id: z.string().check(z.minLength(1)),
  incidentId: idOf('inc'),
  authority: z.string(),
  submittedAt: isoDateTime,
  reference: z.string(),
  contentSummary: z.string(),
  lateReason: z.optional(z.string()),
  filedBy: idOf('stf'),
  filedAt: isoDateTime,
});
export type RegulatorReport = z.infer<typeof regulatorReportSchema>;

/**
 * `regulatorDecision` (PATCH field): the recorded decision not to report the incident to the
 * regulator, with its reason. Closing needs a filed report or this decision.
 */
export const regulatorDecisionSchema = z.object({
  report: z.literal(false),
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Say why the incident is not reported'),
      withinTextLimit('reason', 'reason'),
    ),
});
export type RegulatorDecision = z.infer<typeof regulatorDecisionSchema>;

export const incidentSchema = z.object({
  id: idOf('inc'),
  version,
  title: z.string(),
  severity: incidentSeveritySchema,
  status: incidentStatusSchema,
  detectedAt: isoDateTime,
  awareAt: isoDateTime,
  nature: z.string(),
  cause: z.optional(z.string()),
  dataCategories: z.array(z.string()),
  affectedAccountCount: count,
  /** The first 1,000 affected accounts. */
  affectedAccountIds: z.array(idOf('acc')).check(z.maxLength(maxListedAffectedAccounts)),
  likelyConsequences: z.string(),
  measuresTaken: z.string(),
  linkedAlertIds: z.array(idOf('alr')),
  /** `awareAt` + 72 hours, computed by the API. */
  regulatorDeadlineAt: isoDateTime,
  timeline: z.array(incidentTimelineEntrySchema),
  /** The decision not to report, when one is recorded (PATCH `regulatorDecision`). */
  regulatorDecision: z.optional(regulatorDecisionSchema),
  /**
   * Project addition (docs/api.md, Incidents): the report filed with the regulator, once filed.
   * One per incident; a second `POST …/regulator-reports` is a 409.
   */
  regulatorReport: z.optional(regulatorReportSchema),
});
export type Incident = z.infer<typeof incidentSchema>;

/** Whether the regulator clock still runs: no report filed and no decision not to report. */
export function regulatorClockRunning(
  incident: Pick<Incident, 'regulatorReport' | 'regulatorDecision' | 'status'>,
): boolean {
  return incident.status !== 'closed' && !incident.regulatorReport && !incident.regulatorDecision;
}

export const incidentPageSchema = pageOf(incidentSchema);

/**
 * Sortable fields. `regulatorDeadlineAt:asc` lists the incidents whose clock still runs first, least
 * time left first, then the reported (or decided) ones (docs/api.md, Incidents).
 */
export const incidentSortFields = [
  'detectedAt',
  'awareAt',
  'severity',
  'status',
  'regulatorDeadlineAt',
] as const;
export type IncidentSortField = (typeof incidentSortFields)[number];
export type IncidentSort = `${IncidentSortField}:${SortDirection}`;

export interface IncidentQuery {
  /** Multi-value: the key repeats (`status=open&status=assessing`). */
  status?: IncidentStatus[] | undefined;
  severity?: IncidentSeverity[] | undefined;
  /** The id exactly, or the title by case-insensitive substring. */
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: IncidentSort | undefined;
}

const title = z
  .string()
  .check(z.trim(), z.minLength(1, 'Give the incident a title'), withinTextLimit('title', 'title'));

/** A free-text fact or notice part: at most `textLimits.note` characters after trimming (docs/api.md, General: "Lengths"). */
const longText = (what: string) => z.string().check(z.trim(), withinTextLimit('note', what));

/** Facts staff may fill in when opening an incident and edit afterwards. */
const incidentFacts = {
  detectedAt: z.optional(isoDateTime),
  nature: z.optional(longText('nature')),
  cause: z.optional(longText('cause')),
  dataCategories: z.optional(
    z.array(z.string().check(z.trim(), z.minLength(1), withinTextLimit('title', 'data category'))),
  ),
  /** Defaults to the number of `affectedAccountIds`; larger when more accounts are affected than listed. */
  affectedAccountCount: z.optional(count),
  affectedAccountIds: z.optional(z.array(idOf('acc')).check(z.maxLength(maxListedAffectedAccounts))),
  likelyConsequences: z.optional(longText('likely consequences')),
  measuresTaken: z.optional(longText('measures taken')),
  linkedAlertIds: z.optional(z.array(idOf('alr'))),
};

/**
 * `POST /incidents` (Idempotency-Key). `awareAt` starts the 72-hour regulator clock; it defaults
 * to the server's time when omitted and cannot be changed afterwards.
 */
export const createIncidentRequestSchema = z.object({
  title,
  severity: incidentSeveritySchema,
  awareAt: z.optional(isoDateTime),
  ...incidentFacts,
});
export type CreateIncidentRequest = z.infer<typeof createIncidentRequestSchema>;

/** `PATCH /incidents/{id}` (If-Match): any of the facts, the title, severity and status. */
export const patchIncidentRequestSchema = z
  .object({
    title: z.optional(title),
    severity: z.optional(incidentSeveritySchema),
    status: z.optional(incidentStatusSchema),
    regulatorDecision: z.optional(regulatorDecisionSchema),
    ...incidentFacts,
  })
  .check(
    z.refine((patch) => Object.values<unknown>(patch).some((value) => value !== undefined), {
      message: 'Change at least one field',
    }),
  );
export type PatchIncidentRequest = z.infer<typeof patchIncidentRequestSchema>;

// Customer notices: drafted, approved by someone other than the author, then sent in one batch.

export const noticeStatuses = ['draft', 'approved', 'sent'] as const;
export const noticeStatusSchema = z.enum(noticeStatuses);
export type NoticeStatus = z.infer<typeof noticeStatusSchema>;

export const noticeAudiences = ['all_affected', 'account_ids', 'public'] as const;
export const noticeAudienceSchema = z.enum(noticeAudiences);
export type NoticeAudience = z.infer<typeof noticeAudienceSchema>;

export const incidentNoticeChannels = ['email', 'letter', 'phone', 'push', 'public_announcement'] as const;
export const incidentNoticeChannelSchema = z.enum(incidentNoticeChannels);
export type IncidentNoticeChannel = z.infer<typeof incidentNoticeChannelSchema>;

/** The five parts every incident notice tells customers, in the order they read them. */
export const noticeContentFields = [
  'natureAndImpact',
  'measuresTaken',
  'userSuggestions',
  'remedies',
  'contact',
] as const;
export type NoticeContentField = (typeof noticeContentFields)[number];

/** A draft's content; parts may still be empty while drafting. */
export const noticeContentSchema = z.object({
  natureAndImpact: z.string(),
  measuresTaken: z.string(),
  userSuggestions: z.string(),
  remedies: z.string(),
  contact: z.string(),
});
export type NoticeContent = z.infer<typeof noticeContentSchema>;

const noticePart = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

/** Content ready for approval: all five parts written. */
export const completeNoticeContentSchema = z.object({
  natureAndImpact: noticePart('Describe the nature of the incident and its impact'),
  measuresTaken: noticePart('Say what has been done'),
  userSuggestions: noticePart('Tell customers what they can do to protect themselves'),
  remedies: noticePart('Say what remedies are offered'),
  contact: noticePart('Give a contact for questions'),
});

/** Parts still empty; a notice is approved only when none is. */
export function missingNoticeParts(content: NoticeContent): NoticeContentField[] {
  return noticeContentFields.filter((field) => content[field].trim() === '');
}

export const noticeDraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version,
  status: noticeStatusSchema,
  audience: noticeAudienceSchema,
  accountIds: z.optional(z.array(idOf('acc'))),
  channels: z.array(incidentNoticeChannelSchema),
  content: noticeContentSchema,
  /** Why notifying each person individually is impractical (public audience only). */
  publicReason: z.optional(z.string()),
  authorId: idOf('stf'),
  approverId: z.optional(idOf('stf')),
  /**
   * Project addition (docs/api.md, Incidents): the notification batch that sent this notice, set
   * when its status becomes `sent`, so a reloaded workspace follows the same batch.
   */
  batchId: z.optional(z.string().check(z.minLength(1))),
});
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;

/** `GET /incidents/{id}/notices` answers a plain array, oldest first. */
export const noticeDraftListSchema = z.array(noticeDraftSchema);

/** A notice's content as a request sends it: each part at most `textLimits.note` characters after trimming. */
const noticeContentRequestSchema = z.object({
  natureAndImpact: longText('nature and impact'),
  measuresTaken: longText('measures taken'),
  userSuggestions: longText('suggestions to customers'),
  remedies: longText('remedies'),
  contact: longText('contact'),
});

const noticeBody = {
  audience: noticeAudienceSchema,
  accountIds: z.optional(z.array(idOf('acc'))),
  channels: z.array(incidentNoticeChannelSchema).check(z.minLength(1, 'Choose at least one channel')),
  content: noticeContentRequestSchema,
  publicReason: z.optional(z.string().check(z.trim(), withinTextLimit('reason', 'reason'))),
};

/** A notice rule broken, on the field that breaks it (the API's 400 `errors` item). */
export interface NoticeProblem {
  field: 'publicReason' | 'accountIds';
  message: string;
}

/**
 * The audience rules of a notice (API.md, Security incidents; privacy policy: a public
 * announcement only when individual notice is impractical): a `public` audience or a
 * `public_announcement` channel needs `publicReason`; an `account_ids` audience names its accounts.
 * Takes the whole notice as it would be after the write; returns the broken rules, `[]` when none.
 */
export function noticeAudienceProblems(
  notice: Pick<CreateNoticeRequest, 'audience' | 'accountIds' | 'channels' | 'publicReason'>,
): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const announcesPublicly = notice.audience === 'public' || notice.channels.includes('public_announcement');
  if (announcesPublicly && (notice.publicReason ?? '').trim() === '') {
    problems.push({
      field: 'publicReason',
      message: 'Say why notifying each person individually is impractical',
    });
  }
  if (notice.audience === 'account_ids' && (notice.accountIds ?? []).length === 0) {
    problems.push({ field: 'accountIds', message: 'Name the accounts to notify' });
  }
  return problems;
}

/**
 * `POST /incidents/{id}/notices` (Idempotency-Key): a new draft. Content parts may still be empty;
 * the audience rules (`noticeAudienceProblems`) hold from the start.
 */
export const createNoticeRequestSchema = z.object(noticeBody).check(
  z.superRefine((request, ctx) => {
    for (const problem of noticeAudienceProblems(request)) {
      ctx.addIssue({
        code: 'custom',
        path: [problem.field],
        message: problem.message,
        input: request[problem.field],
      });
    }
  }),
);
export type CreateNoticeRequest = z.infer<typeof createNoticeRequestSchema>;

/**
 * `PATCH /incidents/{id}/notices/{noticeId}` (If-Match; draft only, an approved or sent notice is a
 * 409): any of the create body's fields, at least one. The draft as it would be after the patch
 * must keep the audience rules (400 on the field otherwise).
 */
export const patchNoticeRequestSchema = z
  .object({
    audience: z.optional(noticeBody.audience),
    accountIds: noticeBody.accountIds,
    channels: z.optional(noticeBody.channels),
    content: z.optional(noticeBody.content),
    publicReason: noticeBody.publicReason,
  })
  .check(
    z.refine((patch) => Object.values<unknown>(patch).some((value) => value !== undefined), {
      message: 'Change at least one field',
    }),
  );
export type PatchNoticeRequest = z.infer<typeof patchNoticeRequestSchema>;

// Sending: one batch per approved notice, followed by polling.

export const notificationBatchStatuses = ['queued', 'sending', 'completed', 'failed'] as const;
export const notificationBatchStatusSchema = z.enum(notificationBatchStatuses);
export type NotificationBatchStatus = z.infer<typeof notificationBatchStatusSchema>;

/** Why a message of a batch was not delivered. */
export const deliveryFailureReasons = [
  'bounced',
  'no_contact',
  'unreachable',
  'opted_out_of_channel',
] as const;
export const deliveryFailureReasonSchema = z.enum(deliveryFailureReasons);
export type DeliveryFailureReason = z.infer<typeof deliveryFailureReasonSchema>;

export const channelDeliverySchema = z.object({
  channel: incidentNoticeChannelSchema,
  sent: count,
  delivered: count,
  failed: count,
});
export type ChannelDelivery = z.infer<typeof channelDeliverySchema>;

export const notificationBatchSchema = z.object({
  id: z.string().check(z.minLength(1)),
  noticeId: z.string().check(z.minLength(1)),
  status: notificationBatchStatusSchema,
  total: count,
  sent: count,
  delivered: count,
  failed: count,
  startedAt: isoDateTime,
  finishedAt: z.optional(isoDateTime),
  /** Per channel of the notice, in the notice's channel order. */
  byChannel: z.array(channelDeliverySchema),
  /** Once finished (`completed` or `failed`): the undelivered messages by reason, largest first. */
  failures: z.optional(z.array(z.object({ reason: deliveryFailureReasonSchema, count }))),
  /**
   * Project addition (docs/api.md, Incidents): for a `failed` batch, why the batch as a whole
   * stopped (e.g. the mail provider refused it); absent otherwise.
   */
  failureDetail: z.optional(z.string()),
});

/** Whether a batch is done: nothing more will change, polling stops. */
export function notificationBatchFinished(batch: Pick<NotificationBatch, 'status'>): boolean {
  return batch.status === 'completed' || batch.status === 'failed';
}
export type NotificationBatch = z.infer<typeof notificationBatchSchema>;

/** `POST /incidents/{id}/notifications` (Idempotency-Key): send an approved notice. */
export const sendNotificationsRequestSchema = z.object({
  noticeId: z.string().check(z.minLength(1, 'Choose an approved notice')),
});
export type SendNotificationsRequest = z.infer<typeof sendNotificationsRequestSchema>;

// Regulator reports.

/**
 * `POST /incidents/{id}/regulator-reports` (Idempotency-Key). A report submitted after the
 * incident's `regulatorDeadlineAt` must give `lateReason` (see `regulatorReportIsLate`).
 */
export const regulatorReportRequestSchema = z.object({
  authority: z
    .string()
    .check(z.trim(), z.minLength(1, 'Name the authority'), withinTextLimit('title', 'authority')),
  submittedAt: isoDateTime,
  reference: z
    .string()
    .check(z.trim(), z.minLength(1, "Give the authority's reference"), withinTextLimit('title', 'reference')),
  contentSummary: z
    .string()
    .check(z.trim(), z.minLength(1, 'Summarise what was reported'), withinTextLimit('note', 'summary')),
  lateReason: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Explain the delay'),
        withinTextLimit('reason', 'reason for the delay'),
      ),
  ),
});
export type RegulatorReportRequest = z.infer<typeof regulatorReportRequestSchema>;

/** A report is late when it was submitted after the incident's regulator deadline. */
export function regulatorReportIsLate(
  incident: Pick<Incident, 'regulatorDeadlineAt'>,
  submittedAt: string,
): boolean {
  return Date.parse(submittedAt) > Date.parse(incident.regulatorDeadlineAt);
}

// Closing.

/** What stops an incident from closing, each said so a person can act on it. */
export type IncidentClosingProblem =
  | { kind: 'regulator'; message: string }
  | { kind: 'notice-unsent'; noticeId: string; message: string }
  | { kind: 'batch-sending'; noticeId: string; batchId: string; message: string };

/**
 * Why `PATCH status: closed` would be refused (API.md, Security incidents): the incident must be
 * `monitoring`, have a filed regulator report or a recorded decision not to report, no notice left
 * `approved` and unsent, and no batch still `queued` or `sending`. Takes the incident, its notices
 * and the batches of its sent notices (`batches` may miss a batch not yet read: it then counts as
 * finished, the API has the last word). Returns `[]` when it may close. The mock's 409 `detail`
 * joins the same messages.
 */
export function incidentClosingProblems(
  incident: Pick<Incident, 'status' | 'regulatorReport' | 'regulatorDecision'>,
  notices: readonly Pick<NoticeDraft, 'id' | 'status'>[],
  batches: readonly Pick<NotificationBatch, 'id' | 'noticeId' | 'status'>[],
): IncidentClosingProblem[] {
  const problems: IncidentClosingProblem[] = [];
  if (!incident.regulatorReport && !incident.regulatorDecision) {
    problems.push({
      kind: 'regulator',
      message: 'File the regulator report, or record the decision not to report with its reason',
    });
  }
  for (const notice of notices) {
    if (notice.status === 'approved') {
      problems.push({
        kind: 'notice-unsent',
        noticeId: notice.id,
        message: `Send the approved notice ${notice.id}, or leave the incident open until it is sent`,
      });
    }
  }
  for (const batch of batches) {
    if (!notificationBatchFinished(batch)) {
      problems.push({
        kind: 'batch-sending',
        noticeId: batch.noticeId,
        batchId: batch.id,
        message: `Wait until batch ${batch.id} has finished sending`,
      });
    }
  }
  return problems;
}
