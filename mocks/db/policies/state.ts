import * as z from 'zod/mini';
import { idOf, isoDateTime } from '@/shared/contract/common';
import {
  changeCategorySchema,
  noticePlanSchema,
  policyStatuses,
  policyVersionSchema,
  policyVersionSummarySchema,
  type PolicyVersion,
  type PolicyVersionSummary,
} from '@/shared/contract/policies';
import { isoAt } from '@mocks/clock';
import { filter } from '@mocks/http/list-query';
import { defineTable } from '../table';
import { seedPolicies } from './seed';

/**
 * The policy-versions family on the small-family template (`table.ts`): the seeded versions
 * (`seed.ts`) and every write since, as journal records. The lifecycle (docs/api.md "Policy
 * versions": draft → in_review → approved → scheduled → published → superseded, reject back to
 * draft, retract back to approved) lives in `apply`, which refuses a step from the wrong state so
 * a replayed or broadcast record can never put a version where the API would not.
 *
 * Taking effect is lazy: `settlePolicies(now)` journals a `takeEffect` record for every scheduled
 * version whose `effectiveAt` has passed, oldest first; the handlers call it before every read and
 * write, so no timer runs and a reload replays the same records.
 */

const editSchema = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  significant: z.boolean(),
  changeCategories: z.array(changeCategorySchema),
});

const reviewSteps = ['submitted', 'approved', 'rejected', 'scheduled', 'retracted'] as const;
export type PolicyStep = (typeof reviewSteps)[number];

const policyRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), policy: policyVersionSchema }),
  z.object({ type: z.literal('update'), id: idOf('pol'), at: isoDateTime, edit: editSchema }),
  z.object({
    type: z.literal('step'),
    id: idOf('pol'),
    step: z.enum(reviewSteps),
    at: isoDateTime,
    by: idOf('stf'),
    comment: z.optional(z.string()),
    effectiveAt: z.optional(isoDateTime),
    notice: z.optional(noticePlanSchema),
  }),
  /** The clock passed `effectiveAt` (= `at`): published, and the version in force superseded. */
  z.object({ type: z.literal('takeEffect'), id: idOf('pol'), at: isoDateTime }),
]);
export type PolicyRecord = z.infer<typeof policyRecordSchema>;

/** The state each step starts from, and the one it leads to. */
const stepMoves: Record<PolicyStep, readonly [from: PolicyVersion['status'], to: PolicyVersion['status']]> = {
  submitted: ['draft', 'in_review'],
  approved: ['in_review', 'approved'],
  rejected: ['in_review', 'draft'],
  scheduled: ['approved', 'scheduled'],
  retracted: ['scheduled', 'approved'],
};

function changed(policy: PolicyVersion, at: string): void {
  policy.version += 1;
  policy.updatedAt = at;
}

const policies = defineTable({
  name: 'policies',
  schema: policyRecordSchema,
  seed: (context) => seedPolicies(context.anchor),
  apply(state, record) {
    if (record.type === 'create') {
      state.insert(structuredClone(record.policy));
      return;
    }
    const policy = state.byId.get(record.id);
    if (!policy) return;
    if (record.type === 'update') {
      if (policy.status !== 'draft') return;
      Object.assign(policy, structuredClone(record.edit));
      changed(policy, record.at);
      return;
    }
    if (record.type === 'takeEffect') {
      if (policy.status !== 'scheduled') return;
      for (const other of state.rows) {
        if (other.status !== 'published') continue;
        other.status = 'superseded';
        other.history.push({ at: record.at, action: 'superseded' });
        changed(other, record.at);
      }
      policy.status = 'published';
      policy.publishedAt = record.at;
      policy.history.push({ at: record.at, action: 'published' });
      changed(policy, record.at);
      return;
    }
    const [from, to] = stepMoves[record.step];
    if (policy.status !== from) return;
    policy.status = to;
    const entry = { at: record.at, action: record.step, actorId: record.by };
    switch (record.step) {
      case 'submitted':
        policy.submittedAt = record.at;
        policy.history.push(entry);
        break;
      case 'approved':
        policy.approvedAt = record.at;
        policy.reviewerId = record.by;
        policy.history.push({ ...entry, comment: record.comment ?? '' });
        break;
      case 'rejected':
        policy.reviewerId = record.by;
        policy.history.push({ ...entry, comment: record.comment ?? '' });
        break;
      case 'scheduled':
        if (record.effectiveAt !== undefined) policy.effectiveAt = record.effectiveAt;
        if (record.notice !== undefined) policy.notice = structuredClone(record.notice);
        policy.history.push(entry);
        break;
      case 'retracted':
        delete policy.effectiveAt;
        delete policy.notice;
        policy.history.push(entry);
        break;
    }
    changed(policy, record.at);
  },
  list: {
    filters: { status: filter.oneOf(policyStatuses) },
    sortable: ['createdAt'],
    defaultSort: { field: 'createdAt', direction: 'desc' },
    match: (policy, { status }) => status === undefined || policy.status === status,
    sortKeys: { createdAt: (policy) => Date.parse(policy.createdAt) },
  },
});

/** The filters of `GET /policies` (`status`), for `context.filters`. */
export const policyFilters = policies.listSpec.filters;

/**
 * Journals `takeEffect` for every scheduled version whose `effectiveAt` is at or before `now` (ms,
 * mock clock), in the order they take effect, so each supersedes the one before. Returns the ids
 * that took effect (usually none).
 */
export function settlePolicies(now: number): string[] {
  const due = policies
    .rows()
    .filter((policy) => policy.status === 'scheduled' && policy.effectiveAt !== undefined)
    .filter((policy) => Date.parse(policy.effectiveAt ?? '') <= now)
    .sort((a, b) => Date.parse(a.effectiveAt ?? '') - Date.parse(b.effectiveAt ?? ''));
  for (const policy of due)
    policies.commit({ type: 'takeEffect', id: policy.id, at: policy.effectiveAt ?? isoAt(now) });
  return due.map((policy) => policy.id);
}

/** The version with this id (`pol_…`), with body and history, or `undefined`. The family's object: do not change it. */
export function findPolicy(id: string): PolicyVersion | undefined {
  return policies.find(id);
}

/** Every version: seeded order (the published history oldest first, then the pipeline), then the ones created since. */
export function allPolicies(): readonly PolicyVersion[] {
  return policies.rows();
}

/** The version in force (`published`), or `undefined` before the first one. */
export function policyInForce(): PolicyVersion | undefined {
  return policies.rows().find((policy) => policy.status === 'published');
}

/** A version as `GET /policies` lists it: without `body` and `history`. */
export function summaryOf(policy: PolicyVersion): PolicyVersionSummary {
  const summary: Partial<PolicyVersion> = structuredClone(policy);
  delete summary.body;
  delete summary.history;
  return policyVersionSummarySchema.parse(summary);
}

/**
 * `GET /policies?status=`: the versions (of one status), newest created first, without body. A
 * plain array: there are tens of versions, not thousands.
 */
export function listPolicies(status: PolicyVersion['status'] | undefined): PolicyVersionSummary[] {
  return policies
    .rows()
    .filter((policy) => status === undefined || policy.status === status)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map(summaryOf);
}

/**
 * The label of a new version created at `now` (ms): the next free one of that UTC year
 * (`2026.7` after `2026.6`; `2027.1` for the year's first).
 */
export function nextPolicyLabel(now: number): string {
  const year = String(new Date(now).getUTCFullYear());
  let highest = 0;
  for (const policy of policies.rows()) {
    const [labelYear, minor] = policy.label.split('.');
    if (labelYear === year && minor !== undefined && /^\d+$/.test(minor))
      highest = Math.max(highest, Number(minor));
  }
  return `${year}.${String(highest + 1)}`;
}

/** Journals and applies a write (create, update, a review step, taking effect). */
export function commitPolicy(record: PolicyRecord): void {
  policies.commit(record);
}
