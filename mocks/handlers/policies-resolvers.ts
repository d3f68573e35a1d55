import {
  approvePolicyRequestSchema,
  createPolicyRequestSchema,
  publishPolicyProblems,
  publishPolicyRequestSchema,
  rejectPolicyRequestSchema,
  updatePolicyRequestSchema,
  type PolicyVersion,
} from '@/shared/contract/policies';
import { isoAt } from '@mocks/clock';
import { purposes } from '@mocks/db/consent-purposes';
import { ids } from '@mocks/db/ids';
import {
  commitPolicy,
  findPolicy,
  listPolicies,
  nextPolicyLabel,
  policyFilters,
  policyInForce,
  settlePolicies,
} from '@mocks/db/policies/state';
import type { HandlerContext } from '@mocks/http/handler';
import { badRequest, conflict, forbidden, notFound } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/**
 * What the policy-versions endpoints do (`handlers/policies.ts` registers them; API.md "Policy
 * versions", docs/api.md "### Policy versions"). Loaded on the first policies request with the
 * family's seed and its Markdown bodies, so the mock's start-up does not carry them.
 *
 * Every resolver first lets the clock act (`settlePolicies`): a scheduled version whose
 * `effectiveAt` has passed is published before anything reads or changes it. Changes check, in
 * order: unknown id (404), `If-Match` (428 / 412 with the current version), the body (400), the
 * version's state (409, saying what to do instead), who may act (403), the publishing rules (400).
 */

const statusWords: Record<PolicyVersion['status'], string> = {
  draft: 'a draft',
  in_review: 'in review',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published (in force)',
  superseded: 'superseded',
};

function requirePolicy(context: HandlerContext): PolicyVersion {
  settlePolicies(context.now);
  const id = context.param('id');
  const policy = findPolicy(id);
  if (!policy) throw notFound('policy version', id);
  return policy;
}

/** The version as served: a copy (the family's row changes with the next write), with its ETag. */
function served(policy: PolicyVersion, status = 200): Response {
  return json(structuredClone(policy), { status, etag: policy.version });
}

function current(id: string): PolicyVersion {
  const policy = findPolicy(id);
  if (!policy) throw new Error(`policies: ${id} vanished`);
  return policy;
}

function isAuthor(context: HandlerContext, policy: PolicyVersion): boolean {
  return policy.authorId === context.session.staff.id;
}

/** `GET /policies?status=`: every version (of one status), newest created first, without body. */
export function listPolicyVersions(context: HandlerContext) {
  settlePolicies(context.now);
  const { status } = context.filters(policyFilters);
  return json(listPolicies(status));
}

/** `GET /policies/{id}`: with body and history. */
export function getPolicyVersion(context: HandlerContext) {
  return served(requirePolicy(context));
}

/** `POST /policies` `{ basedOn }`, inside the handler's `idempotent`: a new draft by the caller. */
export async function createPolicyVersion(context: HandlerContext) {
  settlePolicies(context.now);
  const { basedOn } = await context.body(createPolicyRequestSchema);
  const base = findPolicy(basedOn);
  if (!base) throw badRequest([{ field: 'basedOn', message: `No policy version ${basedOn}.` }]);
  const at = isoAt(context.now);
  const by = context.session.staff.id;
  const policy: PolicyVersion = {
    id: ids.policy.fresh(),
    label: nextPolicyLabel(context.now),
    version: 1,
    status: 'draft',
    title: base.title,
    summary: base.summary,
    body: base.body,
    authorId: by,
    createdAt: at,
    updatedAt: at,
    significant: base.significant,
    changeCategories: [...base.changeCategories],
    basedOn: base.id,
    history: [{ at, action: 'created', actorId: by }],
  };
  commitPolicy({ type: 'create', policy });
  context.audit({
    action: 'policy.create',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Created draft ${policy.id} (${policy.label}) from version ${base.label}`,
  });
  const created = current(policy.id);
  return json(structuredClone(created), {
    status: 201,
    etag: created.version,
    headers: { Location: `/api/v1/policies/${created.id}` },
  });
}

/** `PUT /policies/{id}` (drafts only, If-Match): the draft's text and change facts. */
export async function updatePolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  const edit = await context.body(updatePolicyRequestSchema);
  if (policy.status !== 'draft') {
    throw conflict(
      `${policy.label} is ${statusWords[policy.status]}; only drafts are edited. Start a new draft from it (POST /policies with basedOn ${policy.id})${policy.status === 'in_review' ? ', or have a reviewer reject it back to draft' : ''}.`,
    );
  }
  commitPolicy({ type: 'update', id: policy.id, at: isoAt(context.now), edit });
  context.audit({
    action: 'policy.update',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Edited draft ${policy.id} (${policy.label})`,
  });
  return served(current(policy.id));
}

/** `POST /policies/{id}/submit` (the author, If-Match): draft → in_review. */
export function submitPolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  if (policy.status !== 'draft') {
    throw conflict(
      `${policy.label} is ${statusWords[policy.status]}, not a draft: only a draft is submitted for review.`,
    );
  }
  if (!isAuthor(context, policy)) {
    throw forbidden(
      `Only the author of ${policy.label} submits it for review; ask them, or start a draft of your own from it.`,
    );
  }
  commitPolicy({
    type: 'step',
    id: policy.id,
    step: 'submitted',
    at: isoAt(context.now),
    by: context.session.staff.id,
  });
  context.audit({
    action: 'policy.submit',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Submitted ${policy.id} (${policy.label}) for review`,
  });
  return served(current(policy.id));
}

function reviewable(context: HandlerContext, policy: PolicyVersion, verb: 'approve' | 'reject'): void {
  if (policy.status !== 'in_review') {
    throw conflict(
      `${policy.label} is ${statusWords[policy.status]}, not in review: only a version submitted for review is ${verb === 'approve' ? 'approved' : 'rejected'}.${policy.status === 'draft' ? ' Its author submits it first.' : ''}`,
    );
  }
  if (isAuthor(context, policy)) {
    throw forbidden(
      `Four-eyes rule: the author cannot ${verb} their own version. Another legal team member or the privacy officer reviews ${policy.label}.`,
    );
  }
}

/** `POST /policies/{id}/approve` `{ comment }` (not the author, If-Match): in_review → approved. */
export async function approvePolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  const { comment } = await context.body(approvePolicyRequestSchema);
  reviewable(context, policy, 'approve');
  commitPolicy({
    type: 'step',
    id: policy.id,
    step: 'approved',
    at: isoAt(context.now),
    by: context.session.staff.id,
    comment,
  });
  context.audit({
    action: 'policy.approve',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Approved ${policy.id} (${policy.label})`,
    ...(comment === '' ? {} : { reason: comment }),
  });
  return served(current(policy.id));
}

/** `POST /policies/{id}/reject` `{ comment }` (required; not the author, If-Match): in_review → draft. */
export async function rejectPolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  const { comment } = await context.body(rejectPolicyRequestSchema);
  reviewable(context, policy, 'reject');
  commitPolicy({
    type: 'step',
    id: policy.id,
    step: 'rejected',
    at: isoAt(context.now),
    by: context.session.staff.id,
    comment,
  });
  context.audit({
    action: 'policy.reject',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Returned ${policy.id} (${policy.label}) to its author`,
    reason: comment,
  });
  return served(current(policy.id));
}

/**
 * `POST /policies/{id}/publish` `{ effectiveAt, notice }` (approved only, If-Match, inside the
 * handler's `idempotent`): approved → scheduled; each publishing rule a 400 on its field.
 */
export async function publishPolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  const request = await context.body(publishPolicyRequestSchema);
  if (policy.status !== 'approved') {
    throw conflict(
      policy.status === 'scheduled'
        ? `${policy.label} is scheduled already; retract it first to change its notice plan.`
        : `${policy.label} is ${statusWords[policy.status]}: only an approved version is scheduled.${policy.status === 'draft' || policy.status === 'in_review' ? ' It needs a reviewer’s approval first.' : ''}`,
    );
  }
  const problems = publishPolicyProblems(policy, request, purposes);
  if (problems.length > 0) throw badRequest(problems, 'The notice plan breaks a publishing rule.');
  commitPolicy({
    type: 'step',
    id: policy.id,
    step: 'scheduled',
    at: isoAt(context.now),
    by: context.session.staff.id,
    effectiveAt: request.effectiveAt,
    notice: request.notice,
  });
  const channels = request.notice.channels.join(', ');
  context.audit({
    action: 'policy.publish',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Scheduled ${policy.id} (${policy.label}) to take effect ${request.effectiveAt} with ${channels} notice`,
  });
  return served(current(policy.id));
}

/** `POST /policies/{id}/retract` (scheduled, before `effectiveAt`; If-Match): scheduled → approved. */
export function retractPolicyVersion(context: HandlerContext) {
  const policy = requirePolicy(context);
  context.ifMatch(policy);
  if (policy.status !== 'scheduled') {
    throw conflict(
      policy.status === 'published' || policy.status === 'superseded'
        ? `${policy.label} has taken effect already and can no longer be retracted; publish a new version instead.`
        : `${policy.label} is ${statusWords[policy.status]}, not scheduled: only a scheduled version is retracted.`,
    );
  }
  commitPolicy({
    type: 'step',
    id: policy.id,
    step: 'retracted',
    at: isoAt(context.now),
    by: context.session.staff.id,
  });
  context.audit({
    action: 'policy.retract',
    targetType: 'policy',
    targetId: policy.id,
    summary: `Retracted the scheduled ${policy.id} (${policy.label})`,
  });
  return served(current(policy.id));
}

/**
 * `GET /policies/{id}/publish-preview` (legal, privacy officer; approved or scheduled versions):
 * the version it supersedes, the accounts each re-consent purpose asks, the notice channels' reach.
 */
export async function getPublishPreview(context: HandlerContext) {
  const policy = requirePolicy(context);
  if (policy.status !== 'approved' && policy.status !== 'scheduled') {
    throw conflict(
      `${policy.label} is ${statusWords[policy.status]}: the publish preview is for approved or scheduled versions.`,
    );
  }
  // The reach reads the accounts: its code loads with the first preview, not with the list.
  const { publishPreview } = await import('./policy-reach');
  return json(publishPreview(policy, policyInForce()?.id ?? null, context.now));
}

/** `GET /policies/{id}/reconsent-progress` (any role; published or superseded versions), as of server time. */
export async function getReconsentProgress(context: HandlerContext) {
  const policy = requirePolicy(context);
  if (policy.status !== 'published' && policy.status !== 'superseded') {
    throw conflict(
      `${policy.label} is ${statusWords[policy.status]}: re-consent progress starts when a version takes effect.`,
    );
  }
  const { reconsentProgress } = await import('./policy-reach');
  return json(reconsentProgress(policy, context.now));
}
