import { useEffect, useRef } from 'react';
import {
  canMoveAlert,
  type Alert,
  type AlertBulkFailure,
  type AlertBulkResponse,
  type AlertPatch,
} from '@/shared/contract/alerts';
import { currentOfFailure, useBulkChangeAlerts, type BulkChange } from '../api/mutations';

/** One change sent for one or many alerts: what it is called and what it does. */
export interface BulkRun extends BulkChange {
  /** What was done, after "3 alerts": "acknowledged", "assigned to Priya Raman". */
  done: string;
  patch: AlertPatch;
  items: { id: string; version: number }[];
  /** The titles the person saw, to name the failures. */
  titles: Record<string, string>;
  /** Each alert's assignee before the change (`null`: unassigned), for an Undo of an assignment. */
  assigneesBefore?: Record<string, string | null>;
}

/**
 * A colleague changed the alert first (412) and the patch still means something on their version
 * (a move their state allows, never a reopening of what they closed): the person may choose to
 * apply it there, after seeing their state (DESIGN's conflict rule). Returns their alert, else
 * `undefined`.
 */
export function staleButApplicable(failure: AlertBulkFailure, patch: AlertPatch): Alert | undefined {
  if (failure.problem.status !== 412) return undefined;
  const current = currentOfFailure(failure);
  if (!current) return undefined;
  if (patch.status === undefined) return current;
  // A colleague closed it: reopening is another decision, made on the alert's page.
  const closed = current.status === 'resolved' || current.status === 'dismissed';
  return !closed && canMoveAlert(current.status, patch.status) ? current : undefined;
}

/**
 * Sends a change for a set of alerts with `POST /alerts/bulk`: partial success is normal, so the
 * outcome lists every failure with its problem. A run while one is pending does nothing (a key
 * pressed twice acts once). A call's `onSuccess` runs only when every item succeeded; its
 * `onReply` runs on every answer with the ids that failed (empty when none did), so a page can
 * keep exactly the failures selected; `onAllDone` (the hook's) runs for every run, first or
 * retried, whose items all succeeded (the page's success toast); `failedIds` names the failed items of the last run. Nothing is resent on a colleague's version unless the person asks:
 * `applyToTheirVersions` sends the 412 items whose current state still allows the patch, on that
 * version; 409 and 403 items are never offered again (they cannot succeed).
 */
export function useBulkChange(
  handlers: { onAllDone?: (run: BulkRun, reply: AlertBulkResponse) => void } = {},
) {
  const mutation = useBulkChangeAlerts<BulkRun>();
  const onAllDone = useRef(handlers.onAllDone);
  useEffect(() => {
    onAllDone.current = handlers.onAllDone;
  });
  const { data, variables } = mutation;
  const failedIds: ReadonlySet<string> = new Set(data?.failed.map((failure) => failure.id) ?? []);

  // `undefined` (no run yet) sends nothing, so "Retry" can pass the last run as it is.
  const mutate = (
    run: BulkRun | undefined,
    options?: {
      onSuccess?: () => void;
      onReply?: (failed: ReadonlySet<string>) => void;
    },
  ) =>
    run !== undefined &&
    mutation.mutate(run, {
      onSuccess: (reply) => {
        options?.onReply?.(new Set(reply.failed.map((failure) => failure.id)));
        if (reply.failed.length === 0) {
          options?.onSuccess?.();
          onAllDone.current?.(run, reply);
        }
      },
    });

  const applicable =
    data && variables
      ? data.failed.flatMap((failure) => staleButApplicable(failure, variables.patch) ?? [])
      : [];

  const applyToTheirVersions = () => {
    if (!variables || applicable.length === 0) return;
    mutate({
      ...variables,
      items: applicable.map(({ id, version }) => ({ id, version })),
      // An Undo puts back what the colleague had left, never what the person saw before them.
      assigneesBefore: Object.fromEntries(applicable.map((alert) => [alert.id, alert.assigneeId ?? null])),
    });
  };

  return {
    ...mutation,
    mutate,
    failedIds,
    /** How many failed items the person may apply the change to on their current version. */
    applicableCount: applicable.length,
    applyToTheirVersions,
    /** The page's "Retry failed" button: the same as `applyToTheirVersions`, never silent. */
    retryFailed: applyToTheirVersions,
  };
}

/** An assignment to put back: the alerts on the versions the change left them at, and who had them. */
export interface AssignUndo {
  items: { id: string; version: number }[];
  /** The one assignee every one of them had before (`null`: unassigned). */
  previous: string | null;
  titles: Record<string, string>;
}

/**
 * The undo of an assignment that succeeded for every alert (`reply.failed` empty), when one
 * change puts it back: the alerts all had the same assignee before (`run.assigneesBefore`).
 * Returns `undefined` for anything else (a status move — `acknowledged` → `new` is no allowed
 * move in the contract —, partial success, or alerts that had different assignees).
 */
export function assignUndo(run: BulkRun, reply: AlertBulkResponse): AssignUndo | undefined {
  const before = run.assigneesBefore;
  if (before === undefined || run.patch.assigneeId === undefined || run.patch.status !== undefined)
    return undefined;
  if (reply.failed.length > 0 || reply.updated.length === 0) return undefined;
  const previous = new Set(reply.updated.map((alert) => before[alert.id]));
  const [only] = [...previous];
  if (previous.size !== 1 || only === undefined) return undefined;
  return {
    items: reply.updated.map(({ id, version }) => ({ id, version })),
    previous: only,
    titles: run.titles,
  };
}

/**
 * Undoes an assignment (`assignUndo`) with `POST /alerts/bulk` on the versions the assignment
 * left (If-Match per item, through the same bulk hook): an alert a colleague changed since
 * fails with 412 and is left as the colleague made it — never overwritten. `undo` calls
 * `onReply` with the reply (its `failed` are the alerts not put back) or `onError` when the
 * request failed; a second undo while one is pending does nothing.
 */
export function useUndoAssign() {
  const mutation = useBulkChangeAlerts<BulkChange>();
  const undo = (
    change: AssignUndo,
    handlers: { onReply: (reply: AlertBulkResponse) => void; onError: (error: Error) => void },
  ) =>
    mutation.mutate(
      { items: change.items, patch: { assigneeId: change.previous } },
      { onSuccess: handlers.onReply, onError: handlers.onError },
    );
  return { undo, isPending: mutation.isPending };
}
