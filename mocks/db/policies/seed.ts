import type { ChangeCategory, PolicyHistoryEntry, PolicyVersion } from '@/shared/contract/policies';
import type { PurposeId } from '@/shared/contract/consent';
import { day, hour, isoAt } from '@mocks/clock';
import { ids } from '../ids';
import { effectiveAt, noticeSentAt, policyVersions } from '../policy-versions';
import { demoStaff } from '../staff';
import { pipelineVersions, policyBody } from './bodies';

/**
 * The seeded policy versions as contract records (`GET /policies/{id}`), deterministic for an
 * anchor: the ten published versions of `policy-versions.ts` (index 0–9, oldest first; the last,
 * 2026.3, in force, the others superseded), then one version in each state of the pipeline:
 * `approved` 2026.4 (index 10, ready to schedule), `in_review` 2026.5 (index 11, by legal2@, so
 * legal@ can approve it) and a `draft` 2026.6 (index 12, by legal@). Every id is
 * `ids.policy.encode(index)` (`known-policies.ts` names them).
 */

const legal = demoStaff.legal.id;
const legal2 = demoStaff.legal2.id;
const dpo = demoStaff.dpo.id;

/** Who wrote and who reviewed each published version, in turn: never the same person. */
const crews: readonly (readonly [author: string, reviewer: string])[] = [
  [legal, dpo],
  [legal2, legal],
  [legal, legal2],
  [legal2, dpo],
];

const approvalComments = [
  'Reads well; the new purpose is opt-in only.',
  'Checked against the notice rules. Fine to schedule.',
  '',
  'Approved. Keep the banner wording as short as the summary.',
];

/** The index after the ten published versions: the approved, in-review and draft versions follow. */
export const pipelineFrom = policyVersions.length;

/** Seeded row count: the published history and the three of the pipeline. */
export const seededPolicyCount = pipelineFrom + 3;

function reconsentOf(newPurposes: readonly PurposeId[], changed: readonly PurposeId[]): PurposeId[] {
  return [...newPurposes, ...changed];
}

function publishedVersion(anchor: number, index: number): PolicyVersion {
  const seeded = policyVersions[index];
  if (!seeded) throw new Error(`policies seed: no version ${String(index)}`);
  const crew = crews[index % crews.length] ?? [legal, dpo];
  const [authorId, reviewerId] = crew;
  const effective = effectiveAt(anchor, index);
  const sent = noticeSentAt(anchor, index);
  const created = sent - (18 + (index % 5)) * day - 6 * hour;
  const submitted = created + 6 * day + 2 * hour;
  const approved = submitted + 2 * day + 3 * hour;
  const scheduled = approved + 1 * day;
  const history: PolicyHistoryEntry[] = [
    { at: isoAt(created), action: 'created', actorId: authorId },
    { at: isoAt(submitted), action: 'submitted', actorId: authorId },
    {
      at: isoAt(approved),
      action: 'approved',
      actorId: reviewerId,
      comment: approvalComments[index % approvalComments.length] ?? '',
    },
    { at: isoAt(scheduled), action: 'scheduled', actorId: authorId },
    { at: isoAt(effective), action: 'published' },
  ];
  const next = index + 1 < policyVersions.length ? effectiveAt(anchor, index + 1) : undefined;
  if (next !== undefined) history.push({ at: isoAt(next), action: 'superseded' });
  // Two saves of the draft before it was submitted: versions count every change.
  const version = history.length + 2;
  return {
    id: ids.policy.encode(index),
    label: seeded.label,
    version,
    status: next === undefined ? 'published' : 'superseded',
    title: seeded.title,
    summary: seeded.summary,
    body: policyBody(seeded.label),
    authorId,
    reviewerId,
    createdAt: isoAt(created),
    updatedAt: isoAt(next ?? effective),
    submittedAt: isoAt(submitted),
    approvedAt: isoAt(approved),
    effectiveAt: isoAt(effective),
    publishedAt: isoAt(effective),
    significant: seeded.significant,
    changeCategories: [...seeded.changeCategories],
    notice: {
      channels: [...seeded.noticeChannels],
      sendAt: isoAt(sent),
      reconsentPurposes: reconsentOf(seeded.newPurposes, seeded.changedPurposes),
    },
    ...(index > 0 ? { basedOn: ids.policy.encode(index - 1) } : {}),
    history,
  };
}

interface PipelineShape {
  label: string;
  authorId: string;
  significant: boolean;
  changeCategories: ChangeCategory[];
  /** Days before the anchor. */
  createdDaysAgo: number;
  submittedDaysAgo?: number;
  approved?: { daysAgo: number; by: string; comment: string };
  /** A rejection before the (re)submission, as the history shows it. */
  rejected?: { daysAgo: number; by: string; comment: string };
  /** Saves after the last state change (drafts): days before the anchor. */
  lastSavedDaysAgo?: number;
}

const pipelineShapes: readonly PipelineShape[] = [
  {
    label: '2026.4',
    authorId: legal2,
    significant: true,
    changeCategories: ['purpose_or_use'],
    createdDaysAgo: 21,
    rejected: {
      daysAgo: 16,
      by: dpo,
      comment:
        'The changed recommendations purpose needs customers asked again; mark it as a purpose change.',
    },
    submittedDaysAgo: 13,
    approved: {
      daysAgo: 9,
      by: dpo,
      comment: 'Now clear that in-store purchases are only used after a new yes.',
    },
  },
  {
    label: '2026.5',
    authorId: legal2,
    significant: true,
    changeCategories: ['security_contact'],
    createdDaysAgo: 11,
    submittedDaysAgo: 2,
  },
  {
    label: '2026.6',
    authorId: legal,
    significant: true,
    changeCategories: ['control', 'user_rights'],
    createdDaysAgo: 3,
    lastSavedDaysAgo: 1,
  },
];

function pipelineVersion(anchor: number, offset: number): PolicyVersion {
  const shape = pipelineShapes[offset];
  const head = shape ? pipelineVersions[shape.label] : undefined;
  if (!shape || !head) throw new Error(`policies seed: no pipeline version ${String(offset)}`);
  const at = (daysAgo: number, hours = 0) => anchor - daysAgo * day + hours * hour;
  const created = at(shape.createdDaysAgo, -3);
  const history: PolicyHistoryEntry[] = [{ at: isoAt(created), action: 'created', actorId: shape.authorId }];
  let reviewerId: string | undefined;
  if (shape.rejected) {
    history.push(
      { at: isoAt(at(shape.rejected.daysAgo + 2, -1)), action: 'submitted', actorId: shape.authorId },
      {
        at: isoAt(at(shape.rejected.daysAgo, -2)),
        action: 'rejected',
        actorId: shape.rejected.by,
        comment: shape.rejected.comment,
      },
    );
    reviewerId = shape.rejected.by;
  }
  let submittedAt: string | undefined;
  if (shape.submittedDaysAgo !== undefined) {
    submittedAt = isoAt(at(shape.submittedDaysAgo, -4));
    history.push({ at: submittedAt, action: 'submitted', actorId: shape.authorId });
  }
  let approvedAt: string | undefined;
  if (shape.approved) {
    approvedAt = isoAt(at(shape.approved.daysAgo, -5));
    history.push({
      at: approvedAt,
      action: 'approved',
      actorId: shape.approved.by,
      comment: shape.approved.comment,
    });
    reviewerId = shape.approved.by;
  }
  const lastChange = Date.parse(history.at(-1)?.at ?? isoAt(created));
  const updated = shape.lastSavedDaysAgo === undefined ? lastChange : at(shape.lastSavedDaysAgo, -6);
  const status = shape.approved ? 'approved' : shape.submittedDaysAgo !== undefined ? 'in_review' : 'draft';
  return {
    id: ids.policy.encode(pipelineFrom + offset),
    label: shape.label,
    // Every change counts, saves of the draft included (three per version here).
    version: history.length + 3,
    status,
    title: head.title,
    summary: head.summary,
    body: policyBody(shape.label),
    authorId: shape.authorId,
    ...(reviewerId === undefined ? {} : { reviewerId }),
    createdAt: isoAt(created),
    updatedAt: isoAt(Math.max(updated, lastChange)),
    ...(submittedAt === undefined ? {} : { submittedAt }),
    ...(approvedAt === undefined ? {} : { approvedAt }),
    significant: shape.significant,
    changeCategories: [...shape.changeCategories],
    basedOn: ids.policy.encode(pipelineFrom - 1),
    history,
  };
}

/** The seeded versions in index order (`ids.policy.encode(index)`), for data anchored at `anchor` (ms). */
export function seedPolicies(anchor: number): PolicyVersion[] {
  return [
    ...policyVersions.map((_version, index) => publishedVersion(anchor, index)),
    ...pipelineShapes.map((_shape, offset) => pipelineVersion(anchor, offset)),
  ];
}
