import type { NoticePlan, PolicyVersion } from '@/shared/contract/policies';
import { clock, day, isoAt } from '@mocks/clock';
import { ids } from '@mocks/db/ids';
import { knownPolicies } from '@mocks/db/known-policies';
import {
  commitPolicy,
  findPolicy,
  nextPolicyLabel,
  policyInForce,
  settlePolicies,
} from '@mocks/db/policies/state';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the policy-versions family for tests and demos: a draft by someone, a
 * version in review or approved, one scheduled to take effect soon, a colleague's save or review
 * meanwhile, the policies API down. Writes go through the family's journal at the mock clock's
 * time, as the API's would, so versions move on and the console's next If-Match gets a real 412.
 */

function requireVersion(id: string, what: string): PolicyVersion {
  settlePolicies(clock.now());
  const policy = findPolicy(id);
  if (!policy) throw new Error(`${what}: no policy version ${id}`);
  return policy;
}

function by(key: DemoStaffKey): string {
  return demoStaff[key].id;
}

/**
 * A new draft by `author` (legal@ by default), copied from `basedOn` (the version in force by
 * default) now, with `change` applied. Returns its id.
 */
export function policyDraftBy(
  author: DemoStaffKey = 'legal',
  change: Partial<
    Pick<PolicyVersion, 'title' | 'summary' | 'body' | 'significant' | 'changeCategories'>
  > = {},
  basedOn: string = policyInForce()?.id ?? knownPolicies.inForce,
): string {
  const base = requireVersion(basedOn, 'policyDraftBy');
  const at = isoAt(clock.now());
  const policy: PolicyVersion = {
    id: ids.policy.fresh(),
    label: nextPolicyLabel(clock.now()),
    version: 1,
    status: 'draft',
    title: change.title ?? base.title,
    summary: change.summary ?? base.summary,
    body: change.body ?? base.body,
    authorId: by(author),
    createdAt: at,
    updatedAt: at,
    significant: change.significant ?? base.significant,
    changeCategories: [...(change.changeCategories ?? base.changeCategories)],
    basedOn: base.id,
    history: [{ at, action: 'created', actorId: by(author) }],
  };
  commitPolicy({ type: 'create', policy });
  return policy.id;
}

/** A colleague (legal2@ unless `who` says otherwise) saves draft `id` now with `change`: its version moves on. */
export function colleagueEditsPolicy(
  id: string,
  change: Partial<
    Pick<PolicyVersion, 'title' | 'summary' | 'body' | 'significant' | 'changeCategories'>
  > = {},
): void {
  const policy = requireVersion(id, 'colleagueEditsPolicy');
  if (policy.status !== 'draft') throw new Error(`colleagueEditsPolicy: ${id} is ${policy.status}`);
  commitPolicy({
    type: 'update',
    id,
    at: isoAt(clock.now()),
    edit: {
      title: change.title ?? policy.title,
      summary: change.summary ?? policy.summary,
      body: change.body ?? `${policy.body}\nA colleague added this line.\n`,
      significant: change.significant ?? policy.significant,
      changeCategories: [...(change.changeCategories ?? policy.changeCategories)],
    },
  });
}

/** Draft `id` is submitted now by its author. */
export function policySubmitted(id: string): void {
  const policy = requireVersion(id, 'policySubmitted');
  commitPolicy({ type: 'step', id, step: 'submitted', at: isoAt(clock.now()), by: policy.authorId });
}

/** A version in review now: a new draft by `author` (legal2@ by default, so legal@ may review it), submitted. */
export function policyInReview(author: DemoStaffKey = 'legal2'): string {
  const id = policyDraftBy(author);
  policySubmitted(id);
  return id;
}

/** `reviewer` (dpo@ by default) approves version `id` (in review) now, with `comment`. */
export function colleagueApprovesPolicy(id: string, reviewer: DemoStaffKey = 'dpo', comment = ''): void {
  requireVersion(id, 'colleagueApprovesPolicy');
  commitPolicy({ type: 'step', id, step: 'approved', at: isoAt(clock.now()), by: by(reviewer), comment });
}

/** `reviewer` (dpo@ by default) rejects version `id` (in review) now with `comment`: a draft again. */
export function colleagueRejectsPolicy(
  id: string,
  comment = 'Name the new purpose in the summary too.',
  reviewer: DemoStaffKey = 'dpo',
): void {
  requireVersion(id, 'colleagueRejectsPolicy');
  commitPolicy({ type: 'step', id, step: 'rejected', at: isoAt(clock.now()), by: by(reviewer), comment });
}

/** An approved version, ready to schedule: the seeded `knownPolicies.approved` (2026.4). */
export function approvedPolicy(): string {
  return knownPolicies.approved;
}

/**
 * Version `id` (approved; `knownPolicies.approved` by default) is scheduled now by dpo@ to take
 * effect in `effectiveInMs` (10 minutes by default: "soon"), with `notice` (email and site banner
 * sent now, re-consent for the version's changed purpose by default). Returns its id. The mock
 * publishes it on the first request after the clock passes `effectiveAt` (`advanceClock`).
 */
export function scheduledPolicy(
  options: { id?: string; effectiveInMs?: number; notice?: Partial<NoticePlan> } = {},
): string {
  const id = options.id ?? knownPolicies.approved;
  const policy = requireVersion(id, 'scheduledPolicy');
  if (policy.status !== 'approved') throw new Error(`scheduledPolicy: ${id} is ${policy.status}`);
  const now = clock.now();
  commitPolicy({
    type: 'step',
    id,
    step: 'scheduled',
    at: isoAt(now),
    by: by('dpo'),
    effectiveAt: isoAt(now + (options.effectiveInMs ?? 10 * 60_000)),
    notice: {
      channels: options.notice?.channels ?? ['email', 'site_banner'],
      sendAt: options.notice?.sendAt ?? isoAt(now - 8 * day),
      reconsentPurposes: options.notice?.reconsentPurposes ?? ['personalized_recommendations'],
    },
  });
  return id;
}

/** Every policies request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function policiesUnavailable(options: FaultOptions = {}): void {
  failing('policies', 503, options);
}
