import { useQueryClient } from '@tanstack/react-query';
import {
  incidentSchema,
  type CreateIncidentRequest,
  type Incident,
  type IncidentStatus,
  noticeDraftSchema,
  type CreateNoticeRequest,
  type NoticeDraft,
  type NotificationBatch,
  type PatchNoticeRequest,
  type PatchIncidentRequest,
  type RegulatorDecision,
  type RegulatorReport,
  type RegulatorReportRequest,
} from '@/shared/contract/incidents';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { incidentViewQueries } from './queries';
import {
  approveNotice,
  createIncident,
  createNotice,
  fileRegulatorReport,
  patchIncident,
  patchNotice,
  sendNotice,
} from './requests';

// The incidents view's writes (API.md "Security incidents and notifications") and their cache
// effects: a saved incident goes into `incidentQueries.detail(id)` and everything else under
// `incidentQueries.all()` (lists, notices, batches) is marked stale. Each part of the view adds
// its hooks at the end of this file.

/**
 * Puts an incident as the API answered it into its detail query and marks the other incident
 * queries stale (the list's clocks and statuses, the notices), not the batches: they are polled.
 */
export function useShowSavedIncident() {
  const queryClient = useQueryClient();
  return (saved: Incident) => {
    queryClient.setQueryData(incidentQueries.detail(saved.id).queryKey, saved);
    void queryClient.invalidateQueries({
      queryKey: incidentQueries.all(),
      // The saved incident is already in place; a sending batch keeps its own polling pace.
      predicate: (query) =>
        !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.id) && query.queryKey[1] !== 'batch',
    });
  };
}

/**
 * A status move (`PATCH /incidents/{id}` `{ status }`, If-Match; `incidents.edit`): one request
 * per press. A colleague's change meanwhile (412) becomes `conflict` for the conflict dialog; an
 * incident already in the asked status ends as `already-done`; a move the machine or the closing
 * conditions refuse (409) keeps its error, whose `detail` names what is allowed or missing.
 */
export function useMoveIncident() {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedIncident();
  return useVersionedMutation<Incident, IncidentStatus>({
    send: (base, status) => patchIncident(base, { status }),
    schema: incidentSchema,
    readCurrent: (id) => queryClient.query({ ...incidentQueries.detail(id), staleTime: 0 }),
    isDone: (current, status) => current.status === status,
    onCurrent: showSaved,
  });
}

/**
 * "New incident" (`POST /incidents`, analysts and privacy officer) with the one `idempotencyKey`
 * of this intent: a second press while pending is dropped and a retry sends the same key, so one
 * incident is opened. Resolves to the new incident (put into its detail query); errors are the
 * `ApiError`.
 */
export function useCreateIncident(idempotencyKey: string) {
  const showSaved = useShowSavedIncident();
  return useSingleFlightMutation<Incident, CreateIncidentRequest>({
    mutationFn: (body) => createIncident(body, idempotencyKey),
    onSuccess: showSaved,
  });
}

// ── Facts and the regulator (facts/, regulator/) ────────────────────────────────────────────────

/** The fields of `patch` that `incident` already holds as asked (arrays compared item by item). */
export function incidentHoldsPatch(incident: Incident, patch: PatchIncidentRequest): boolean {
  return (Object.keys(patch) as (keyof PatchIncidentRequest)[]).every((field) => {
    const asked: unknown = patch[field];
    if (asked === undefined) return true;
    const held: unknown = incident[field];
    return JSON.stringify(held ?? (field === 'cause' ? '' : undefined)) === JSON.stringify(asked);
  });
}

/**
 * Saves an edit of the incident's facts, title or severity (`PATCH /incidents/{id}`, If-Match,
 * `incidents.edit`): the body carries only the fields the person changed. A press while pending is
 * dropped; an incident found already as asked (a lost reply) is `already-done`; a colleague's save
 * meanwhile (412) becomes `conflict` for the shared conflict dialog, the person's input kept in the
 * form. `onDone` gets the saved incident.
 */
export function usePatchIncidentFacts(onDone?: (saved: Incident, outcome: VersionedOutcome) => void) {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedIncident();
  return useVersionedMutation<Incident, PatchIncidentRequest>({
    send: (base, body) => patchIncident(base, body),
    schema: incidentSchema,
    readCurrent: (id) => queryClient.query({ ...incidentQueries.detail(id), staleTime: 0 }),
    isDone: incidentHoldsPatch,
    onCurrent: showSaved,
    ...(onDone
      ? {
          onSuccess: (saved: Incident, _input: PatchIncidentRequest, outcome: VersionedOutcome) => {
            onDone(saved, outcome);
          },
        }
      : {}),
  });
}

/**
 * Records the decision not to report the incident to the regulator (`PATCH /incidents/{id}`
 * `{ regulatorDecision: { report: false, reason } }`, If-Match, `incidents.approveNotice`). An
 * incident that already holds the same decision is `already-done`; a report filed meanwhile (409)
 * shows the incident as it is now and keeps the error; a colleague's other edit (412) becomes
 * `conflict`. `onDone` gets the saved incident.
 */
export function useRecordRegulatorDecision(onDone?: (saved: Incident) => void) {
  const queryClient = useQueryClient();
  const showSaved = useShowSavedIncident();
  return useVersionedMutation<Incident, RegulatorDecision>({
    send: (base, regulatorDecision) => patchIncident(base, { regulatorDecision }),
    schema: incidentSchema,
    readCurrent: (id) => queryClient.query({ ...incidentQueries.detail(id), staleTime: 0 }),
    isDone: (current, decision) => current.regulatorDecision?.reason === decision.reason.trim(),
    onCurrent: showSaved,
    ...(onDone ? { onSuccess: onDone } : {}),
  });
}

/**
 * Files the regulator report (`POST /incidents/{incidentId}/regulator-reports`, legal and privacy
 * officer) with the one `idempotencyKey` of this intent: a second press while pending is dropped
 * and a retry after a lost reply sends the same key, so one report is filed. On success the report
 * is put on the cached incident at once and the incident is read again (its version and timeline
 * moved). Errors are the `ApiError` (400 on the fields, `lateReason` after the deadline; 409 when a
 * report is already filed or the incident is closed).
 */
export function useFileRegulatorReport(incidentId: string, idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation<RegulatorReport, RegulatorReportRequest>({
    mutationFn: (body) => fileRegulatorReport(incidentId, body, idempotencyKey),
    onSuccess: (report) => {
      queryClient.setQueryData(incidentQueries.detail(incidentId).queryKey, (incident) =>
        incident ? { ...incident, regulatorReport: report } : incident,
      );
      void queryClient.invalidateQueries({ queryKey: incidentQueries.all() });
    },
  });
}

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
    ...(onDone
      ? {
          onSuccess: (notice, _input, outcome) => {
            onDone(notice, outcome);
          },
        }
      : {}),
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
