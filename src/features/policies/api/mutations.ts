import { useQueryClient } from '@tanstack/react-query';
import type { PolicyVersion } from '@/shared/contract/policies';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { policyQueries } from './queries';
import { createPolicyDraft } from './requests';

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
