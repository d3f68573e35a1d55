import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { currentFromConflict } from '@/shared/api/conflict';
import {
  policyVersionSchema,
  type PolicyVersion,
  type UpdatePolicyRequest,
} from '@/shared/contract/policies';
import type { Versioned } from '@/shared/mutations/use-versioned-mutation';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { policyQueries } from './queries';
import { createPolicyDraft, fetchPolicy, updatePolicy } from './requests';

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

/** How one autosave of a draft ended: saved (now, or found already so), or a colleague's version first. */
export type DraftSaveResult =
  { kind: 'saved'; record: PolicyVersion } | { kind: 'conflict'; theirs: PolicyVersion };

/** What a draft's `PUT` would write, read from a version (change categories as a sorted set). */
function savedFacts(fields: UpdatePolicyRequest): string {
  return JSON.stringify([
    fields.title,
    fields.summary,
    fields.body,
    fields.significant,
    [...fields.changeCategories].sort(),
  ]);
}

export interface SaveDraftArgs {
  /** The version the text was typed on: sent as `If-Match`. */
  base: Versioned;
  fields: UpdatePolicyRequest;
  /** Earlier saves on `base` whose reply was lost: the API may already hold one of them. */
  unconfirmed: readonly UpdatePolicyRequest[];
}

/**
 * The editor's autosave of a draft (`PUT /policies/{id}`, If-Match; API.md "Policy versions").
 * Returns a function that resolves to a `DraftSaveResult` and puts every saved version in the
 * cache. A 412 is read as: the API already holds these fields (a reply lost after it saved) →
 * `saved`; it holds one of `unconfirmed` (our own earlier save whose reply was lost) → the fields
 * are sent again on that version; anything else → `conflict` with their version (from the 412 body,
 * else read with `GET`). Rejects with the `ApiError` of any other failure (network, 400, 409 …).
 * Unlike `useVersionedMutation`, the caller awaits each save, so it can send what was typed
 * meanwhile on the new version, and decides a conflict with the text as it is then.
 */
export function useSavePolicyDraft(): (args: SaveDraftArgs) => Promise<DraftSaveResult> {
  const showSaved = useShowSavedPolicy();
  const { mutateAsync } = useMutation<DraftSaveResult, Error, SaveDraftArgs>({
    mutationFn: async ({ base, fields, unconfirmed }) => {
      try {
        return { kind: 'saved', record: await updatePolicy(base, fields) };
      } catch (error) {
        if (!isApiError(error) || !error.isStale) throw error;
        const current = currentFromConflict(error, policyVersionSchema) ?? (await fetchPolicy(base.id));
        const facts = savedFacts(current);
        if (facts === savedFacts(fields)) return { kind: 'saved', record: current };
        if (current.status === 'draft' && unconfirmed.some((sent) => savedFacts(sent) === facts)) {
          return { kind: 'saved', record: await updatePolicy(current, fields) };
        }
        return { kind: 'conflict', theirs: current };
      }
    },
    onSuccess: (result) => {
      if (result.kind === 'saved') showSaved(result.record);
    },
  });
  return mutateAsync;
}
