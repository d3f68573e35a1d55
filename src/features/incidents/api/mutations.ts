import { useQueryClient } from '@tanstack/react-query';
import {
  noticeDraftSchema,
  type CreateNoticeRequest,
  type NoticeDraft,
  type NotificationBatch,
  type PatchNoticeRequest,
} from '@/shared/contract/incidents';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { incidentViewQueries } from './queries';
import { approveNotice, createNotice, patchNotice, sendNotice } from './requests';

// The incidents view's writes (API.md "Security incidents and notifications") and their cache
// effects. Each part of the view appends its hooks below.

// --- Notices: drafting, four-eyes approval, sending -------------------------------------------

/**
 * Puts a notice as the API answered it into the incident's notice list (replacing the one with its
 * id, or appending a new one) and marks the incident itself stale: every notice write adds an
 * entry to its timeline. Batches are left alone so their polling keeps its own pace.
 */
export function useShowSavedNotice(incidentId: string) {
  const queryClient = useQueryClient();
  return (saved: NoticeDraft) => {
    queryClient.setQueryData(incidentViewQueries.notices(incidentId).queryKey, (notices) => {
      if (!notices) return [saved];
      return notices.some((notice) => notice.id === saved.id)
        ? notices.map((notice) => (notice.id === saved.id ? saved : notice))
        : [...notices, saved];
    });
    void queryClient.invalidateQueries({ queryKey: incidentQueries.detail(incidentId).queryKey });
    void queryClient.invalidateQueries({ queryKey: incidentQueries.lists() });
  };
}

/** Reads one notice as the API has it now (there is no single-notice GET: the list, fresh). */
function useReadNotice(incidentId: string) {
  const queryClient = useQueryClient();
  return async (noticeId: string): Promise<NoticeDraft> => {
    const notices = await queryClient.query({ ...incidentViewQueries.notices(incidentId), staleTime: 0 });
    const notice = notices.find((candidate) => candidate.id === noticeId);
    if (!notice) throw new Error(`The notice ${noticeId} is no longer listed on this incident.`);
    return notice;
  };
}

/**
 * "Save draft" of a new notice (`POST /incidents/{id}/notices`, security analyst, legal, privacy
 * officer) with the one `idempotencyKey` of this intent: a second press while pending is dropped
 * and a retry after a lost reply sends the same key, so one draft is made. Resolves to the draft
 * (the caller is its author); errors are the `ApiError` (400 with `errors` on the audience rules).
 */
export function useCreateNotice(incidentId: string, idempotencyKey: string) {
  const showSaved = useShowSavedNotice(incidentId);
  return useSingleFlightMutation<NoticeDraft, CreateNoticeRequest>({
    mutationFn: (body) => createNotice(incidentId, body, idempotencyKey),
    onSuccess: showSaved,
  });
}

/** Whether `current` already holds every field `patch` sets (a reply lost after the API saved it). */
function holdsPatch(current: NoticeDraft, patch: PatchNoticeRequest): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    current.status === 'draft' &&
    (patch.audience === undefined || patch.audience === current.audience) &&
    (patch.accountIds === undefined || same(patch.accountIds, current.accountIds ?? [])) &&
    (patch.channels === undefined || same(patch.channels, current.channels)) &&
    (patch.content === undefined || same(patch.content, current.content)) &&
    (patch.publicReason === undefined || patch.publicReason === (current.publicReason ?? ''))
  );
}

/**
 * "Save draft" of an existing draft (`PATCH …/notices/{noticeId}`, If-Match). A colleague's save
 * meanwhile (412) becomes `conflict` for the shared conflict dialog, with the person's text kept
 * as `conflict.input`; an approved or sent notice is a 409 whose error stays for the explanation
 * while the list shows the notice as it is now. `onDone` gets the saved draft.
 */
export function usePatchNotice(incidentId: string, onDone?: (notice: NoticeDraft) => void) {
  const showSaved = useShowSavedNotice(incidentId);
  const readNotice = useReadNotice(incidentId);
  return useVersionedMutation<NoticeDraft, PatchNoticeRequest>({
    send: (base, patch) => patchNotice(incidentId, base, patch),
    schema: noticeDraftSchema,
    readCurrent: readNotice,
    isDone: holdsPatch,
    onCurrent: showSaved,
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}

/**
 * "Approve" a draft (`POST …/notices/{noticeId}/approve`, legal or privacy officer other than the
 * author, If-Match; four-eyes). `approverId` is the signed-in person: a notice found approved by
 * them already is `already-done`. A draft changed meanwhile (412) is shown as it is now, the error
 * kept: approving text the person has not read would defeat the four-eyes rule. 403 (the author)
 * and 409 (a part empty, not a draft) stay in `error`.
 */
export function useApproveNotice(
  incidentId: string,
  approverId: string,
  onDone?: (notice: NoticeDraft, outcome: VersionedOutcome) => void,
) {
  const showSaved = useShowSavedNotice(incidentId);
  const readNotice = useReadNotice(incidentId);
  return useVersionedMutation<NoticeDraft, null>({
    send: (base) => approveNotice(incidentId, base),
    schema: noticeDraftSchema,
    readCurrent: readNotice,
    isDone: (current) => current.status !== 'draft' && current.approverId === approverId,
    onCurrent: showSaved,
    onStale: 'show-current',
    ...(onDone ? { onSuccess: (notice, _input, outcome) => { onDone(notice, outcome); } } : {}),
  });
}

/**
 * "Send" an approved notice (`POST /incidents/{id}/notifications`, legal or privacy officer) with
 * the one `idempotencyKey` of this intent: a double click is dropped while pending and a retry
 * after a network error sends the same key, so the API makes one batch. On success the batch goes
 * into its query (the progress view starts from it) and the notice list is read again (the notice
 * is now `sent` with its `batchId`). Errors are the `ApiError`: 409 for a notice already sent
 * (the caller then follows its batch) or not approved.
 */
export function useSendNotice(incidentId: string, idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation<NotificationBatch, string>({
    mutationFn: (noticeId) => sendNotice(incidentId, noticeId, idempotencyKey),
    onSuccess: (batch) => {
      queryClient.setQueryData(incidentViewQueries.batch(incidentId, batch.id).queryKey, batch);
      queryClient.setQueryData(incidentViewQueries.notices(incidentId).queryKey, (notices) =>
        notices?.map((notice) =>
          notice.id === batch.noticeId ? { ...notice, status: 'sent' as const, batchId: batch.id } : notice,
        ),
      );
      void queryClient.invalidateQueries({ queryKey: incidentViewQueries.notices(incidentId).queryKey });
      void queryClient.invalidateQueries({ queryKey: incidentQueries.detail(incidentId).queryKey });
      void queryClient.invalidateQueries({ queryKey: incidentQueries.lists() });
    },
  });
}
