import type { PolicyHistoryEntry, PolicyVersion } from '@/shared/contract/policies';

// Who may move a version through review (API.md "Policy versions"): the author submits a draft;
// legal or the privacy officer other than the author approves or rejects it (four-eyes). The
// console offers only what the API would accept; the API stays the judge.

/** What the signed-in person is offered on a version, and why the rest is not. */
export interface ReviewOffers {
  /** "Submit for review": the author's draft. */
  submit: boolean;
  /** "Approve" and "Reject": an in-review version, for a manager who is not its author. */
  review: boolean;
  /** The author looking at their own version in review: a colleague must review it. */
  awaitsColleague: boolean;
  /** "Edit": a draft, for its author or any legal / privacy officer. */
  edit: boolean;
  /** "Schedule": an approved version, for legal / privacy officer. */
  schedule: boolean;
}

/**
 * The review and editing actions `staffId` (who holds `policies.manage` when `canManage`) is
 * offered on `version`. Support (no `policies.manage`) is offered nothing. Pure.
 */
export function reviewOffers(
  version: Pick<PolicyVersion, 'status' | 'authorId'>,
  staffId: string,
  canManage: boolean,
): ReviewOffers {
  const isAuthor = version.authorId === staffId;
  return {
    submit: canManage && isAuthor && version.status === 'draft',
    review: canManage && !isAuthor && version.status === 'in_review',
    awaitsColleague: canManage && isAuthor && version.status === 'in_review',
    edit: canManage && version.status === 'draft',
    schedule: canManage && version.status === 'approved',
  };
}

/**
 * The rejection a draft is back from: the last review step in its history when that step is a
 * rejection (a later submission or approval ends it). `undefined` for a version that is not a
 * draft or was never rejected since its last submission.
 */
export function pendingRejection(
  version: Pick<PolicyVersion, 'status' | 'history'>,
): PolicyHistoryEntry | undefined {
  if (version.status !== 'draft') return undefined;
  const last = version.history.findLast((entry) => entry.action !== 'created');
  return last?.action === 'rejected' ? last : undefined;
}
