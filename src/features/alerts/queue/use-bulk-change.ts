import { canMoveAlert, type Alert, type AlertBulkFailure, type AlertPatch } from '@/shared/contract/alerts';
import { currentOfFailure, useBulkChangeAlerts, type BulkChange } from '../api/mutations';

/** One change sent for one or many alerts: what it is called and what it does. */
export interface BulkRun extends BulkChange {
  /** What was done, after "3 alerts": "acknowledged", "assigned to Priya Raman". */
  done: string;
  patch: AlertPatch;
  items: { id: string; version: number }[];
  /** The titles the person saw, to name the failures. */
  titles: Record<string, string>;
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
 * keep exactly the failures selected; `failedIds` names the failed items of the last run. Nothing is resent on a colleague's version unless the person asks:
 * `applyToTheirVersions` sends the 412 items whose current state still allows the patch, on that
 * version; 409 and 403 items are never offered again (they cannot succeed).
 */
export function useBulkChange() {
  const mutation = useBulkChangeAlerts<BulkRun>();
  const { data, variables } = mutation;
  const failedIds: ReadonlySet<string> = new Set(data?.failed.map((failure) => failure.id) ?? []);

  // `undefined` (no run yet) sends nothing, so "Retry" can pass the last run as it is.
  const mutate = (
    run: BulkRun | undefined,
    options?: { onSuccess?: () => void; onReply?: (failed: ReadonlySet<string>) => void },
  ) =>
    run !== undefined &&
    mutation.mutate(run, {
      onSuccess: (reply) => {
        options?.onReply?.(new Set(reply.failed.map((failure) => failure.id)));
        if (reply.failed.length === 0) options?.onSuccess?.();
      },
    });

  const applicable =
    data && variables
      ? data.failed.flatMap((failure) => staleButApplicable(failure, variables.patch) ?? [])
      : [];

  const applyToTheirVersions = () => {
    if (!variables || applicable.length === 0) return;
    mutate({ ...variables, items: applicable.map(({ id, version }) => ({ id, version })) });
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
