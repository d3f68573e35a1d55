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
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentPageSchema = pageOf(incidentSchema);

export const incidentSortFields = ['detectedAt', 'awareAt', 'severity', 'status'] as const;
export type IncidentSortField = (typeof incidentSortFields)[number];
export type IncidentSort = `${IncidentSortField}:${SortDirection}`;

export interface IncidentQuery {
  status?: IncidentStatus | undefined;
  severity?: IncidentSeverity | undefined;
  /** The id exactly, or the title by case-insensitive substring. */
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: IncidentSort | undefined;
}

const title = z
  .string()
  .check(z.trim(), z.minLength(1, 'Give the incident a title'), withinTextLimit('title', 'title'));

/** Facts staff may fill in when opening an incident and edit afterwards. */
const incidentFacts = {
  detectedAt: z.optional(isoDateTime),
  nature: z.optional(z.string()),
  cause: z.optional(z.string()),
  dataCategories: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
  /** Defaults to the number of `affectedAccountIds`; larger when more accounts are affected than listed. */
  affectedAccountCount: z.optional(count),
  affectedAccountIds: z.optional(z.array(idOf('acc')).check(z.maxLength(maxListedAffectedAccounts))),
  likelyConsequences: z.optional(z.string()),
  measuresTaken: z.optional(z.string()),
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
});
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;

/** `GET /incidents/{id}/notices` answers a plain array, oldest first. */
export const noticeDraftListSchema = z.array(noticeDraftSchema);

/**
 * `POST /incidents/{id}/notices` (Idempotency-Key). A public audience or a public announcement
 * needs a reason why individual notice is impractical; an `account_ids` audience names its accounts.
 */
export const createNoticeRequestSchema = z
  .object({
    audience: noticeAudienceSchema,
    accountIds: z.optional(z.array(idOf('acc'))),
    channels: z.array(incidentNoticeChannelSchema).check(z.minLength(1, 'Choose at least one channel')),
    content: noticeContentSchema,
    publicReason: z.optional(z.string().check(z.trim(), withinTextLimit('reason', 'reason'))),
  })
  .check(
    z.superRefine((request, ctx) => {
      const announcesPublicly =
        request.audience === 'public' || request.channels.includes('public_announcement');
      if (announcesPublicly && (request.publicReason ?? '') === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['publicReason'],
          message: 'Say why notifying each person individually is impractical',
          input: request.publicReason,
        });
      }
      if (request.audience === 'account_ids' && (request.accountIds ?? []).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['accountIds'],
          message: 'Name the accounts to notify',
          input: request.accountIds,
        });
      }
    }),
  );
export type CreateNoticeRequest = z.infer<typeof createNoticeRequestSchema>;

// Sending: one batch per approved notice, followed by polling.

export const notificationBatchStatuses = ['queued', 'sending', 'completed', 'failed'] as const;
export const notificationBatchStatusSchema = z.enum(notificationBatchStatuses);
export type NotificationBatchStatus = z.infer<typeof notificationBatchStatusSchema>;

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
});
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
  authority: z.string().check(z.trim(), z.minLength(1, 'Name the authority')),
  submittedAt: isoDateTime,
  reference: z.string().check(z.trim(), z.minLength(1, "Give the authority's reference")),
  contentSummary: z.string().check(z.trim(), z.minLength(1, 'Summarise what was reported')),
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
