import { useQueryClient } from '@tanstack/react-query';
import {
  incidentSchema,
  type CreateIncidentRequest,
  type Incident,
  type IncidentStatus,
  type PatchIncidentRequest,
  type RegulatorDecision,
  type RegulatorReport,
  type RegulatorReportRequest,
} from '@/shared/contract/incidents';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { createIncident, fileRegulatorReport, patchIncident } from './requests';

// The incidents view's writes (API.md "Security incidents and notifications") and their cache
// effects: a saved incident goes into `incidentQueries.detail(id)` and everything else under
// `incidentQueries.all()` (lists, notices, batches) is marked stale. Each part of the view adds
// its hooks at the end of this file.

/**
 * Puts an incident as the API answered it into its detail query and marks the other incident
 * queries stale (the list's clocks and statuses, the notices and batches).
 */
export function useShowSavedIncident() {
  const queryClient = useQueryClient();
  return (saved: Incident) => {
    queryClient.setQueryData(incidentQueries.detail(saved.id).queryKey, saved);
    void queryClient.invalidateQueries({
      queryKey: incidentQueries.all(),
      predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.id),
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
