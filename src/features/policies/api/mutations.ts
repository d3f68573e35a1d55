import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { currentFromConflict } from '@/shared/api/conflict';
import {
  policyVersionSchema,
  type ApprovePolicyRequest,
  type PolicyVersion,
  type PublishPolicyRequest,
  type RejectPolicyRequest,
  type UpdatePolicyRequest,
} from '@/shared/contract/policies';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import {
  useVersionedMutation,
  type Versioned,
  type VersionedOutcome,
} from '@/shared/mutations/use-versioned-mutation';
import { policyQueries } from './queries';
import {
  approvePolicy,
  createPolicyDraft,
  fetchPolicy,
  publishPolicy,
  rejectPolicy,
  retractPolicy,
  submitPolicy,
  updatePolicy,
} from './requests';

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
