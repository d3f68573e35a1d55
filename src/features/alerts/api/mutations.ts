import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { problemTypes } from '@/shared/contract/common';
import {
  alertSchema,
  type Alert,
  type AlertBulkFailure,
  type AlertBulkItem,
  type AlertBulkResponse,
  type AlertEscalateRequest,
  type AlertPatch,
} from '@/shared/contract/alerts';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { showChangedAlert, showChangedAlerts } from './alert-cache';
import { alertQueries } from './queries';
import { addAlertNote, bulkChangeAlerts, escalateAlert, patchAlert } from './requests';

/** An alert's change moves its account's open-alert count: account pages and lists read it again. */
const accountCounts = [accountQueries.details(), accountQueries.lists()];

/**
 * Whether `alert` already is what `patch` asks for (status, resolution, assignee): sending it
 * again could only fail, and the person's intent holds. A note is kept with the change, not on
 * the alert, so it does not count.
 */
export function alertIsAsAsked(alert: Alert, patch: AlertPatch): boolean {
  if (patch.status === undefined && patch.assigneeId === undefined && patch.severity === undefined)
    return false;
  if (patch.severity !== undefined && alert.severity !== patch.severity) return false;
  if (patch.status !== undefined && alert.status !== patch.status) return false;
  if (patch.resolution !== undefined && alert.resolution !== patch.resolution) return false;
  if (patch.assigneeId !== undefined && (alert.assigneeId ?? null) !== patch.assigneeId) return false;
  return true;
}

/**
 * `PATCH /alerts/{id}` on the version the person saw (If-Match), through the shared versioned
 * write: a 412 from a colleague becomes `conflict`, an alert already as asked ends as
 * `already-done`. Every answer is shown wherever the alert is cached (`showChangedAlert`).
 */
export function usePatchAlert(onDone: (alert: Alert, patch: AlertPatch, outcome: VersionedOutcome) => void) {
  const queryClient = useQueryClient();
  return useVersionedMutation<Alert, AlertPatch>({
    send: (base, patch) => patchAlert(base, patch),
    schema: alertSchema,
    readCurrent: (id) => queryClient.query({ ...alertQueries.detail(id), staleTime: 0 }),
    isDone: alertIsAsAsked,
    onCurrent: (alert) => {
      showChangedAlert(queryClient, alert);
    },
    onSuccess: (alert, patch, outcome) => {
      if (patch.note !== undefined) showChangedAlert(queryClient, alert, { notesChanged: true });
      onDone(alert, patch, outcome);
    },
    meta: { invalidates: accountCounts },
  });
}

/** Whether `alert` is already escalated the way `escalation` asks. */
function escalatedAsAsked(alert: Alert, escalation: AlertEscalateRequest): boolean {
  if (alert.status !== 'escalated' || alert.incidentId === undefined) return false;
  return 'incidentId' in escalation ? alert.incidentId === escalation.incidentId : true;
}

/**
 * `POST /alerts/{id}/escalate` (If-Match) with one Idempotency-Key per opening of the dialog, so a
 * retry links or opens one incident. A colleague's newer version is shown at once (the dialog then
 * explains it); incident lists are read again (`meta.invalidates`).
 */
export function useEscalateAlert(idempotencyKey: string, onDone: (alert: Alert) => void) {
  const queryClient = useQueryClient();
  return useVersionedMutation<Alert, AlertEscalateRequest>({
    send: (base, escalation) => escalateAlert(base, escalation, idempotencyKey),
    schema: alertSchema,
    readCurrent: (id) => queryClient.query({ ...alertQueries.detail(id), staleTime: 0 }),
    isDone: escalatedAsAsked,
    onCurrent: (alert) => {
      showChangedAlert(queryClient, alert);
    },
    onSuccess: (alert) => {
      onDone(alert);
    },
    onStale: 'show-current',
    meta: { invalidates: [incidentQueries.all(), ...accountCounts] },
  });
}

/**
 * `POST /alerts/{id}/notes` with the intent's Idempotency-Key: a double click or a retry after a
 * lost reply adds the note once. The notes are read again after it was added.
 */
export function useAddAlertNote(alertId: string, idempotencyKey: string, onAdded: () => void) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (body: string) => addAlertNote(alertId, body, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alertQueries.notes(alertId).queryKey });
      onAdded();
    },
  });
}

/** One bulk change: the items on the versions the person saw, and the patch for all of them. */
export interface BulkChange {
  items: readonly AlertBulkItem[];
  patch: AlertPatch;
}

/** The current alert a 412 failure carries, if it parses. */
export function currentOfFailure(failure: AlertBulkFailure): Alert | undefined {
  const parsed = alertSchema.safeParse(failure.problem.current);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A bulk reply as the person should read it: an item that failed with 412 although its current
 * version already is what the patch asks (our own earlier press, a lost reply, a colleague who did
 * the same) is not a failure: it counts as updated, with its current version.
 */
export function settleBulkReply(reply: AlertBulkResponse, patch: AlertPatch): AlertBulkResponse {
  const updated = [...reply.updated];
  const failed: AlertBulkFailure[] = [];
  for (const failure of reply.failed) {
    const current = failure.problem.status === 412 ? currentOfFailure(failure) : undefined;
    if (current && alertIsAsAsked(current, patch)) updated.push(current);
    else failed.push(failure);
  }
  return { updated, failed };
}

/**
 * One alert's change with `PATCH /alerts/{id}` (If-Match on the version shown), answered in the
 * bulk reply's shape: the alert updated, or its refusal (412 with their version, 409, 403, 404)
 * as the one failed item, so the queue reports one change and many alike. The API records it as
 * `alert.update` on that alert, which is what happened (decision 41). A failure that says
 * nothing about the alert (network, 5xx, 429) is thrown, as a failed bulk request is.
 */
export async function patchOneAsBulk(item: AlertBulkItem, patch: AlertPatch): Promise<AlertBulkResponse> {
  try {
    return { updated: [await patchAlert(item, patch)], failed: [] };
  } catch (error) {
    if (!isApiError(error) || error.kind !== 'http' || ![403, 404, 409, 412].includes(error.status))
      throw error;
    const body = typeof error.body === 'object' && error.body !== null ? error.body : {};
    return {
      updated: [],
      failed: [
        {
          id: item.id,
          problem: {
            ...body,
            type: error.type ?? (error.status === 412 ? problemTypes.preconditionFailed : 'about:blank'),
            title: error.title,
            status: error.status,
            ...(error.detail === undefined ? {} : { detail: error.detail }),
          },
        },
      ],
    };
  }
}

/**
 * A change for a set of alerts: `POST /alerts/bulk` for several, every item on its own version;
 * `PATCH /alerts/{id}` for one (`patchOneAsBulk`), so the audit log records a single change as
 * the update of that alert. The reply is settled (`settleBulkReply`). Updated alerts, and the
 * current version of those a colleague changed (412), are shown at once wherever they are cached.
 * A second run while one is pending is dropped.
 */
export function useBulkChangeAlerts<TRun extends BulkChange>() {
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    meta: { invalidates: accountCounts },
    mutationFn: async (run: TRun) => {
      const [only] = run.items;
      const reply =
        only && run.items.length === 1
          ? await patchOneAsBulk(only, run.patch)
          : await bulkChangeAlerts(run.items, run.patch);
      return settleBulkReply(reply, run.patch);
    },
    onSuccess: (reply, run) => {
      showChangedAlerts(queryClient, reply.updated, { notesChanged: run.patch.note !== undefined });
      const current = reply.failed.flatMap((failure) => currentOfFailure(failure) ?? []);
      showChangedAlerts(queryClient, current);
    },
  });
}
