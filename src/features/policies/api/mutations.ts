import { useQueryClient } from '@tanstack/react-query';
import {
  policyVersionSchema,
  type PolicyVersion,
  type PublishPolicyRequest,
} from '@/shared/contract/policies';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { policyQueries } from './queries';
import { createPolicyDraft, publishPolicy, retractPolicy } from './requests';

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

/** Whether `current` already is scheduled as `request` asks: the same effective time, notice time and plan. */
export function isScheduledAsAsked(current: PolicyVersion, request: PublishPolicyRequest): boolean {
  const notice = current.notice;
  if (current.status !== 'scheduled' || current.effectiveAt === undefined || notice === undefined)
    return false;
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item) => b.includes(item));
  return (
    Date.parse(current.effectiveAt) === Date.parse(request.effectiveAt) &&
    Date.parse(notice.sendAt) === Date.parse(request.notice.sendAt) &&
    sameSet(notice.channels, request.notice.channels) &&
    sameSet(notice.reconsentPurposes, request.notice.reconsentPurposes)
  );
}

/**
 * Schedules an approved version (`POST /policies/{id}/publish`, legal and privacy officer) on the
 * version shown (If-Match) with the one `idempotencyKey` of this intent: a second press while
 * pending is dropped, and a retry after a lost reply sends the same key, so the version is
 * scheduled once. A 412 from a colleague becomes `conflict` (the shared conflict dialog); a
 * version found already scheduled as asked ends as `already-done`. Errors are the `ApiError`
 * (400 with the publishing rules' fields, 409 when the version is no longer approved).
 */
export function usePublishPolicy(idempotencyKey: string, onDone: (scheduled: PolicyVersion) => void) {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedPolicy();
  return useVersionedMutation<PolicyVersion, PublishPolicyRequest>({
    send: (base, body) => publishPolicy(base, body, idempotencyKey),
    schema: policyVersionSchema,
    readCurrent: (id) => queryClient.query({ ...policyQueries.detail(id), staleTime: 0 }),
    isDone: isScheduledAsAsked,
    onCurrent: showSaved,
    onSuccess: (scheduled) => {
      onDone(scheduled);
    },
  });
}

/**
 * Retracts a scheduled version before it takes effect (`POST /policies/{id}/retract`, If-Match):
 * back to approved, its notice plan and effective time cleared. A version a colleague already
 * retracted ends as `already-done`; one that took effect (409, or 412 when its publication
 * bumped the version) or was re-scheduled meanwhile (412) is shown as it is now, the error kept
 * for the explanation: there is nothing of the person's to apply on top.
 */
export function useRetractPolicy(onDone: (retracted: PolicyVersion, outcome: VersionedOutcome) => void) {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedPolicy();
  return useVersionedMutation<PolicyVersion, null>({
    send: (base) => retractPolicy(base),
    schema: policyVersionSchema,
    readCurrent: (id) => queryClient.query({ ...policyQueries.detail(id), staleTime: 0 }),
    isDone: (current) => current.status === 'approved',
    onCurrent: showSaved,
    onStale: 'show-current',
    onSuccess: (retracted, _input, outcome) => {
      onDone(retracted, outcome);
    },
  });
}
