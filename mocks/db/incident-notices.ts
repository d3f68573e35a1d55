import * as z from 'zod/mini';
import { idOf, isoDateTime } from '@/shared/contract/common';
import { noticeDraftSchema, type NoticeDraft, type NotificationBatch } from '@/shared/contract/incidents';
import { batchAt, batchPlanSchema, type BatchPlan } from './incident-batches';
import { incidentSeedPack } from './incident-seed';
import { defineFamily } from './database';
import { defineTable } from './table';

/**
 * The incidents' customer notices and their notification batches, two small tables next to the
 * incidents family (`incidents.ts`): a notice row is the contract's `NoticeDraft` plus the
 * incident it belongs to and when it was written; a batch row is its plan (`incident-batches.ts`),
 * from which `batchAt` computes the batch at any instant. `apply` refuses a step from the wrong
 * state (an edit of a notice that is no longer a draft, a second send), so a replayed or
 * broadcast record never puts a notice where the API would not.
 */

export const noticeRowSchema = z.extend(noticeDraftSchema, {
  incidentId: idOf('inc'),
  createdAt: isoDateTime,
});
/** A notice as the family keeps it: the contract's draft, its incident and when it was created. */
export type NoticeRow = z.infer<typeof noticeRowSchema>;

/** What a `PATCH …/notices/{noticeId}` may change, as it is after the patch. */
export const noticeChangesSchema = z.partial(
  z.pick(noticeDraftSchema, {
    audience: true,
    accountIds: true,
    channels: true,
    content: true,
    publicReason: true,
  }),
);
export type NoticeChanges = z.infer<typeof noticeChangesSchema>;

const noticeRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), notice: noticeRowSchema }),
  z.object({ type: z.literal('edit'), noticeId: z.string(), changes: noticeChangesSchema, at: isoDateTime }),
  z.object({ type: z.literal('approve'), noticeId: z.string(), by: idOf('stf'), at: isoDateTime }),
  z.object({ type: z.literal('send'), noticeId: z.string(), batchId: z.string(), at: isoDateTime }),
]);
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;

const notices = defineTable({
  name: 'incident-notices',
  schema: noticeRecordSchema,
  seed: (context): NoticeRow[] =>
    structuredClone([...incidentSeedPack(context.seed, context.anchor).notices]),
  apply(state, record) {
    if (record.type === 'create') {
      state.insert(structuredClone(record.notice));
      return;
    }
    const notice = state.byId.get(record.noticeId);
    if (!notice) return;
    if (record.type === 'edit') {
      if (notice.status !== 'draft') return;
      Object.assign(notice, structuredClone(record.changes));
      if (notice.audience !== 'account_ids') delete notice.accountIds;
      if (notice.audience !== 'public' && !notice.channels.includes('public_announcement'))
        delete notice.publicReason;
    } else if (record.type === 'approve') {
      if (notice.status !== 'draft') return;
      notice.status = 'approved';
      notice.approverId = record.by;
    } else {
      if (notice.status !== 'approved') return;
      notice.status = 'sent';
      notice.batchId = record.batchId;
    }
    notice.version += 1;
  },
  list: {
    filters: {},
    sortable: ['createdAt'],
    defaultSort: { field: 'createdAt', direction: 'asc' },
    match: () => true,
    sortKeys: { createdAt: (notice) => Date.parse(notice.createdAt) },
  },
});

const batchRecordSchema = z.object({ type: z.literal('start'), plan: batchPlanSchema });

const batches = defineTable({
  name: 'incident-batches',
  schema: batchRecordSchema,
  seed: (context): BatchPlan[] =>
    structuredClone([...incidentSeedPack(context.seed, context.anchor).batches]),
  apply(state, record) {
    // One batch per notice: a replayed second start for the same notice changes nothing.
    if (state.rows.some((plan) => plan.noticeId === record.plan.noticeId)) return;
    state.insert(structuredClone(record.plan));
  },
  list: {
    filters: {},
    sortable: ['startedAt'],
    defaultSort: { field: 'startedAt', direction: 'asc' },
    match: () => true,
    sortKeys: { startedAt: (plan) => Date.parse(plan.startedAt) },
  },
});

/** The notice as the API serves it: the contract's `NoticeDraft`, a copy. */
export function servedNotice(row: NoticeRow): NoticeDraft {
  return noticeDraftSchema.parse(structuredClone(row));
}

/** The notice with this id, or `undefined`. The family's object: do not change it. */
export function findNotice(id: string): NoticeRow | undefined {
  return notices.find(id);
}

/** The notices of an incident, oldest first. The family's objects: do not change them. */
export function noticesOf(incidentId: string): NoticeRow[] {
  return notices
    .rows()
    .filter((notice) => notice.incidentId === incidentId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** Journals and applies a notice write. */
export function commitNotice(record: NoticeRecord): void {
  notices.commit(record);
}

/** The plan of batch `id`, or `undefined`. */
export function findBatchPlan(id: string): BatchPlan | undefined {
  return batches.find(id);
}

/** The plans of an incident's batches, oldest first. */
export function batchPlansOf(incidentId: string): BatchPlan[] {
  return batches.rows().filter((plan) => plan.incidentId === incidentId);
}

/** The incident's batches as they stand at `now` (ms, mock clock). */
export function batchesOf(incidentId: string, now: number): NotificationBatch[] {
  return batchPlansOf(incidentId).map((plan) => batchAt(plan, now));
}

/** Journals and applies the start of a batch (its plan). */
export function commitBatch(plan: BatchPlan): void {
  batches.commit({ type: 'start', plan });
}

const outcomeSchema = z.object({
  stopAt: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  failureDetail: z.optional(z.string()),
});
type BatchOutcome = z.infer<typeof outcomeSchema>;

/**
 * What the next batch started does (`{}`: it completes): set by tests and scenarios, used up by
 * the next send. A family of its own so a reset forgets it and a reload replays it.
 */
const nextOutcome = defineFamily({
  name: 'incident-batch-outcome',
  seed: (): { next: BatchOutcome } => ({ next: {} }),
  record: outcomeSchema,
  apply(state, record) {
    state.next = structuredClone(record);
  },
});

/**
 * Tests and scenarios: the next batch started stops as a whole after `stopAt` (0–1) of its
 * recipients, with `failureDetail` as its reason (the plan keeps both). One batch only.
 */
export function nextBatchStops(stopAt: number, failureDetail: string): void {
  nextOutcome.commit({ stopAt, failureDetail });
}

/** The outcome the next batch's plan carries (`{}`: it completes), and forgets it. */
export function takeBatchOutcome(): BatchOutcome {
  const outcome = nextOutcome.state().next;
  if (outcome.stopAt !== undefined) nextOutcome.commit({});
  return outcome;
}
