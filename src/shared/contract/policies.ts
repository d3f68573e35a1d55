import * as z from 'zod/mini';
import { idOf, isoDateTime } from './common';
import { purposeIdSchema } from './consent';
import type { Purpose } from './consent';
import { withinTextLimit } from './limits';

// Privacy-policy versions: drafting, four-eyes review, scheduling with a notice plan, publishing.

export const policyStatuses = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'superseded',
] as const;
export const policyStatusSchema = z.enum(policyStatuses);
export type PolicyStatus = z.infer<typeof policyStatusSchema>;

/** Kinds of change that make a version significant; each has consequences when publishing. */
export const changeCategories = [
  'purpose_or_use',
  'control',
  'recipients',
  'user_rights',
  'security_contact',
  'high_risk_assessment',
] as const;
export const changeCategorySchema = z.enum(changeCategories);
export type ChangeCategory = z.infer<typeof changeCategorySchema>;

export const policyNoticeChannels = ['email', 'sms', 'site_banner', 'in_app'] as const;
export const policyNoticeChannelSchema = z.enum(policyNoticeChannels);
export type PolicyNoticeChannel = z.infer<typeof policyNoticeChannelSchema>;

/** A significant change must leave at least this many days between the notice and `effectiveAt`. */
export const minNoticePeriodDays = 7;

/** How customers are told of a new version, and which purposes they are asked to opt into again. */
export const noticePlanSchema = z.object({
  channels: z.array(policyNoticeChannelSchema).check(z.minLength(1, 'Choose at least one channel')),
  sendAt: isoDateTime,
  reconsentPurposes: z.array(purposeIdSchema),
});
export type NoticePlan = z.infer<typeof noticePlanSchema>;

/** A version as listed by `GET /policies`: everything but the Markdown `body`. */
export const policyVersionSummarySchema = z.object({
  id: idOf('pol'),
  /** What readers see, e.g. `2026.3`. */
  label: z.string(),
  /** For If-Match, like every editable resource. */
  version: z.number().check(z.int(), z.minimum(0)),
  status: policyStatusSchema,
  title: z.string(),
  summary: z.string(),
  authorId: idOf('stf'),
  reviewerId: z.optional(idOf('stf')),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  submittedAt: z.optional(isoDateTime),
  approvedAt: z.optional(isoDateTime),
  effectiveAt: z.optional(isoDateTime),
  publishedAt: z.optional(isoDateTime),
  significant: z.boolean(),
  changeCategories: z.array(changeCategorySchema),
  notice: z.optional(noticePlanSchema),
  basedOn: z.optional(idOf('pol')),
});
export type PolicyVersionSummary = z.infer<typeof policyVersionSummarySchema>;

/** `GET /policies` answers a plain array of versions without body. */
export const policyVersionListSchema = z.array(policyVersionSummarySchema);

/** What happened to a version, as its history lists it (docs/api.md, "Policy versions"). */
export const policyHistoryActions = [
  'created',
  'submitted',
  'approved',
  'rejected',
  'scheduled',
  'retracted',
  'published',
  'superseded',
] as const;
export const policyHistoryActionSchema = z.enum(policyHistoryActions);
export type PolicyHistoryAction = z.infer<typeof policyHistoryActionSchema>;

/**
 * One step of a version's life: who did it (`actorId`; absent for what the clock did: published,
 * superseded), when (UTC), and the review comment for `approved` / `rejected` (may be empty).
 */
export const policyHistoryEntrySchema = z.object({
  at: isoDateTime,
  action: policyHistoryActionSchema,
  actorId: z.optional(idOf('stf')),
  comment: z.optional(z.string()),
});
export type PolicyHistoryEntry = z.infer<typeof policyHistoryEntrySchema>;

/**
 * `GET /policies/{id}`: the version with its Markdown `body` and its `history`, oldest first (a
 * project addition: the author sees who rejected and why, without the audit log).
 */
export const policyVersionSchema = z.extend(policyVersionSummarySchema, {
  body: z.string(),
  history: z.array(policyHistoryEntrySchema),
});
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

const count = z.number().check(z.int(), z.minimum(0));

/**
 * `GET /policies/{id}/publish-preview` (legal, privacy officer; approved or scheduled versions):
 * the version it will supersede (the one in force, or `null`), how many accounts each re-consent
 * purpose will ask, and how many accounts each direct notice channel reaches.
 */
export const publishPreviewSchema = z.object({
  supersedes: z.nullable(idOf('pol')),
  reconsent: z.array(z.object({ purposeId: purposeIdSchema, accountsToAsk: count })),
  noticeAudience: z.object({ email: count, sms: count }),
});
export type PublishPreview = z.infer<typeof publishPreviewSchema>;

/** One purpose's re-consent answers after a version took effect, as of server time. */
export const reconsentProgressEntrySchema = z.object({
  purposeId: purposeIdSchema,
  asked: count,
  granted: count,
  withdrawn: count,
  /** `asked − granted − withdrawn`: not answered yet. */
  pending: count,
});
export type ReconsentProgressEntry = z.infer<typeof reconsentProgressEntrySchema>;

/** `GET /policies/{id}/reconsent-progress` (any role; published or superseded versions). */
export const reconsentProgressSchema = z.array(reconsentProgressEntrySchema);

export interface PolicyQuery {
  status?: PolicyStatus | undefined;
}

/** `POST /policies` (Idempotency-Key): a new draft copied from `basedOn`. */
export const createPolicyRequestSchema = z.object({ basedOn: idOf('pol') });
export type CreatePolicyRequest = z.infer<typeof createPolicyRequestSchema>;

/**
 * `PUT /policies/{id}` (drafts only, If-Match). A draft may still be incomplete; the publishing
 * rules are checked when the version is published.
 */
export const updatePolicyRequestSchema = z.object({
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'Give the version a title'), withinTextLimit('title', 'title')),
  summary: z.string(),
  body: z.string(),
  significant: z.boolean(),
  changeCategories: z.array(changeCategorySchema),
});
export type UpdatePolicyRequest = z.infer<typeof updatePolicyRequestSchema>;

/** `POST /policies/{id}/approve` (not by the author). The comment may be empty. */
export const approvePolicyRequestSchema = z.object({
  comment: z.string().check(z.trim(), withinTextLimit('note', 'comment')),
});
export type ApprovePolicyRequest = z.infer<typeof approvePolicyRequestSchema>;

/** `POST /policies/{id}/reject` (not by the author): the author needs to know what to change. */
export const rejectPolicyRequestSchema = z.object({
  comment: z
    .string()
    .check(z.trim(), z.minLength(1, 'Say what needs to change'), withinTextLimit('reason', 'comment')),
});
export type RejectPolicyRequest = z.infer<typeof rejectPolicyRequestSchema>;

/** Either review decision. */
export type ReviewPolicyRequest = ApprovePolicyRequest | RejectPolicyRequest;

/**
 * `POST /policies/{id}/publish` (approved versions only, Idempotency-Key) → `scheduled`. The rules
 * that depend on the version itself are in `publishPolicyProblems`.
 */
export const publishPolicyRequestSchema = z
  .object({ effectiveAt: isoDateTime, notice: noticePlanSchema })
  .check(
    z.superRefine((request, ctx) => {
      if (Date.parse(request.effectiveAt) < Date.parse(request.notice.sendAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['effectiveAt'],
          message: 'The version cannot take effect before the notice is sent',
          input: request.effectiveAt,
        });
      }
    }),
  );
export type PublishPolicyRequest = z.infer<typeof publishPolicyRequestSchema>;

export interface PublishProblem {
  field: string;
  message: string;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The publishing rules the API enforces with 400, for a version and a publish request (the form
 * shows the same messages before sending). They keep the privacy policy's promises: notice before
 * a significant change, and opt-in after explicit consent for new or changed uses. A purpose is new
 * in a version when its `since` is that version's label.
 */
export function publishPolicyProblems(
  version: Pick<PolicyVersionSummary, 'label' | 'significant' | 'changeCategories'>,
  request: PublishPolicyRequest,
  purposes: readonly Pick<Purpose, 'id' | 'since'>[],
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const { channels, reconsentPurposes, sendAt } = request.notice;
  const categories = version.changeCategories;
  if (version.significant) {
    if (categories.length === 0) {
      problems.push({
        field: 'changeCategories',
        message: 'A significant change names at least one change category',
      });
    }
    const direct = channels.includes('email') || channels.includes('sms');
    if (!direct || !channels.includes('site_banner')) {
      problems.push({
        field: 'notice.channels',
        message: 'A significant change is announced by email or SMS, plus a site banner',
      });
    }
    if (Date.parse(request.effectiveAt) - Date.parse(sendAt) < minNoticePeriodDays * dayMs) {
      problems.push({
        field: 'effectiveAt',
        message: `A significant change takes effect at least ${minNoticePeriodDays} days after the notice`,
      });
    }
  }
  if (
    (categories.includes('user_rights') || categories.includes('purpose_or_use')) &&
    reconsentPurposes.length === 0
  ) {
    problems.push({
      field: 'notice.reconsentPurposes',
      message: 'Changes to user rights or to purposes ask customers to opt in again: choose the purposes',
    });
  }
  if (categories.includes('purpose_or_use')) {
    const missing = purposes
      .filter((purpose) => purpose.since === version.label && !reconsentPurposes.includes(purpose.id))
      .map((purpose) => purpose.id);
    if (missing.length > 0) {
      problems.push({
        field: 'notice.reconsentPurposes',
        message: `New purposes need explicit consent: add ${missing.join(', ')}`,
      });
    }
  }
  return problems;
}
