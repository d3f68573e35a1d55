import * as z from 'zod/mini';
import { idOf, isoDateTime, pageOf } from './common';
import type { SortDirection } from './common';

// Privacy inquiries: customers' questions and requests, each answered within 15 days.

export const inquiryKinds = [
  'access',
  'correction',
  'deletion',
  'consent_withdrawal',
  'complaint',
  'question',
] as const;
export const inquiryKindSchema = z.enum(inquiryKinds);
export type InquiryKind = z.infer<typeof inquiryKindSchema>;

export const inquiryChannels = ['email', 'web_form', 'phone'] as const;
export const inquiryChannelSchema = z.enum(inquiryChannels);
export type InquiryChannel = z.infer<typeof inquiryChannelSchema>;

export const inquiryStatuses = ['open', 'waiting_on_customer', 'answered', 'closed'] as const;
export const inquiryStatusSchema = z.enum(inquiryStatuses);
export type InquiryStatus = z.infer<typeof inquiryStatusSchema>;

/** Statuses whose 15-day clock still runs (not yet answered). */
export const pendingInquiryStatuses = [
  'open',
  'waiting_on_customer',
] as const satisfies readonly InquiryStatus[];

/** The privacy policy promises an answer within this many days of receipt. */
export const inquiryAnswerDays = 15;

export const inquiryReplySchema = z.object({ at: isoDateTime, authorId: idOf('stf'), body: z.string() });
export type InquiryReply = z.infer<typeof inquiryReplySchema>;

/** `email` arrives masked unless the caller may see it; `dueAt` is `receivedAt` + 15 days. */
export const inquirySchema = z.object({
  id: idOf('inq'),
  version: z.number().check(z.int(), z.minimum(0)),
  accountId: z.optional(idOf('acc')),
  email: z.string(),
  kind: inquiryKindSchema,
  channel: inquiryChannelSchema,
  receivedAt: isoDateTime,
  dueAt: isoDateTime,
  status: inquiryStatusSchema,
  assigneeId: z.optional(idOf('stf')),
  subject: z.string(),
  body: z.string(),
  replies: z.array(inquiryReplySchema),
});
export type Inquiry = z.infer<typeof inquirySchema>;

export const inquiryPageSchema = pageOf(inquirySchema);

export const inquirySortFields = ['dueAt', 'receivedAt', 'status'] as const;
export type InquirySortField = (typeof inquirySortFields)[number];
export type InquirySort = `${InquirySortField}:${SortDirection}`;

export interface InquiryQuery {
  status?: InquiryStatus | undefined;
  kind?: InquiryKind | undefined;
  /** A staff id, or `none` for unassigned. */
  assigneeId?: string | undefined;
  /** Inquiries due before this time (`dueAt <` the value). */
  dueBefore?: string | undefined;
  accountId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: InquirySort | undefined;
}

/** `PATCH /inquiries/{id}` (If-Match): change status and / or assignee; `assigneeId: null` unassigns. */
export const patchInquiryRequestSchema = z
  .object({
    status: z.optional(inquiryStatusSchema),
    assigneeId: z.optional(z.nullable(idOf('stf'))),
  })
  .check(
    z.refine((patch) => patch.status !== undefined || patch.assigneeId !== undefined, {
      message: 'Change the status or the assignee',
    }),
  );
export type PatchInquiryRequest = z.infer<typeof patchInquiryRequestSchema>;

/** `POST /inquiries/{id}/replies` (Idempotency-Key): the reply sent to the customer, plain text. */
export const inquiryReplyRequestSchema = z.object({
  body: z.string().check(z.trim(), z.minLength(1, 'Write the reply')),
});
export type InquiryReplyRequest = z.infer<typeof inquiryReplyRequestSchema>;
