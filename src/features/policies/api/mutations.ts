import { useQueryClient } from '@tanstack/react-query';
import {
  policyVersionSchema,
  type ApprovePolicyRequest,
  type PolicyVersion,
  type RejectPolicyRequest,
} from '@/shared/contract/policies';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation } from '@/shared/mutations/use-versioned-mutation';
import { policyQueries } from './queries';
import { approvePolicy, createPolicyDraft, rejectPolicy, submitPolicy } from './requests';

// The writes of the policy versions (API.md "Policy versions") and their cache effects. A saved
// version goes into its `detail` query; everything under `policyQueries.all()` is marked stale.

/** Puts a version as the API answered it into the cache and marks the other policy queries stale. */
export function useShowSavedPolicy() {
  const queryClient = useQueryClient();
  return (saved: PolicyVersion) => {
    queryClient.setQueryData(policyQueries.detail(saved.id).queryKey, saved);
    void queryClient.invalidateQueries({
      queryKey: policyQueries.all(),
      predicate: (query) => query.queryKey[2] !== saved.id,
    });
  };
}

/**
 * "New draft from …" (`POST /policies`, legal and privacy officer) with the one `idempotencyKey`
 * of this intent: a second press while pending is dropped and a retry sends the same key, so one
 * draft is made. Resolves to the new draft (with body and history); errors are the `ApiError`.
 */
export function useCreatePolicyDraft(idempotencyKey: string) {
  const showSaved = useShowSavedPolicy();
  return useSingleFlightMutation<PolicyVersion, string>({
    mutationFn: (basedOn) => createPolicyDraft(basedOn, idempotencyKey),
    onSuccess: showSaved,
  });
}

/** The last step of a version's history when `actorId` took it as `action`: our own step, done. */
function lastStepIs(version: PolicyVersion, action: 'approved' | 'rejected', actorId: string): boolean {
  const last = version.history.at(-1);
  return last?.action === action && last.actorId === actorId;
}

/** The review writes' shared options: read the current version fresh, show every answer. */
function useReviewOptions() {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedPolicy();
  return {
    schema: policyVersionSchema,
    readCurrent: (id: string) => queryClient.query({ ...policyQueries.detail(id), staleTime: 0 }),
    onCurrent: showSaved,
  };
}

/**
 * "Submit for review" (`POST /policies/{id}/submit`, the author, If-Match): draft → in_review. A
 * colleague's save of the draft meanwhile (412) becomes `conflict` for the conflict dialog; a
 * version already in review (our own lost reply) ends as `already-done`. `onDone` gets the version.
 */
export function useSubmitPolicy(onDone?: (version: PolicyVersion) => void) {
  return useVersionedMutation<PolicyVersion, undefined>({
    ...useReviewOptions(),
    send: (base) => submitPolicy(base),
    isDone: (current) => current.status === 'in_review',
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}

/**
 * "Approve" (`POST /policies/{id}/approve`, legal or privacy officer other than the author,
 * If-Match; the comment may be empty): in_review → approved. `reviewerId` is the signed-in
 * person's id: a version whose last step is their approval is `already-done`. The author gets 403
 * (four-eyes); a 412 becomes `conflict`.
 */
export function useApprovePolicy(reviewerId: string, onDone?: (version: PolicyVersion) => void) {
  return useVersionedMutation<PolicyVersion, ApprovePolicyRequest>({
    ...useReviewOptions(),
    send: (base, body) => approvePolicy(base, body),
    isDone: (current) => lastStepIs(current, 'approved', reviewerId),
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}

/**
 * "Reject" (`POST /policies/{id}/reject`, legal or privacy officer other than the author,
 * If-Match; the comment is required): in_review → draft, the comment kept in the history for the
 * author. A version whose last step is `reviewerId`'s rejection is `already-done`; the author
 * gets 403; a 412 becomes `conflict`.
 */
export function useRejectPolicy(reviewerId: string, onDone?: (version: PolicyVersion) => void) {
  return useVersionedMutation<PolicyVersion, RejectPolicyRequest>({
    ...useReviewOptions(),
    send: (base, body) => rejectPolicy(base, body),
    isDone: (current) => lastStepIs(current, 'rejected', reviewerId),
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}
