import type { PolicyStatus } from '@/shared/contract/policies';

// The status names the diff's picker and headers print. The same words as the policy views' labels
// (`policy-labels.ts` on the views' branch); folded into that file once both are on main.

/** A version's status as staff read it; `published` is the version in force. */
export const diffStatusLabels: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'In force',
  superseded: 'Superseded',
};
