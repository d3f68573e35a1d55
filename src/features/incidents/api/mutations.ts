import { useQueryClient } from '@tanstack/react-query';
import {
  incidentSchema,
  type CreateIncidentRequest,
  type Incident,
  type IncidentStatus,
} from '@/shared/contract/incidents';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation } from '@/shared/mutations/use-versioned-mutation';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { createIncident, patchIncident } from './requests';

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
