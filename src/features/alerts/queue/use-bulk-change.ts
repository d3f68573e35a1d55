import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  alertSchema,
  type Alert,
  type AlertBulkFailure,
  type AlertBulkItem,
  type AlertPatch,
} from '@/shared/contract/alerts';
import type { Page } from '@/shared/contract/common';
import { showChangedAlerts } from '../api/alert-cache';
import { alertQueries } from '../api/queries';
import { bulkChangeAlerts } from '../api/requests';

/** One change sent for one or many alerts: what it is called and what it does. */
export interface BulkRun {
  /** What was done, after "3 alerts": "acknowledged", "assigned to Priya Raman". */
  done: string;
  patch: AlertPatch;
  items: AlertBulkItem[];
  /** The titles the person saw, to name the failures. */
  titles: Record<string, string>;
}

/** The version to retry a failed item on: the current one from a 412, else the newest seen. */
function retryVersion(queryClient: QueryClient, failure: AlertBulkFailure, fallback: number): number {
  const current: unknown = failure.problem.current;
  if (
    typeof current === 'object' &&
    current !== null &&
    'version' in current &&
    typeof current.version === 'number'
  ) {
    return current.version;
  }
  for (const [, page] of queryClient.getQueriesData<Page<Alert>>({ queryKey: alertQueries.lists() })) {
    const seen = page?.items.find((alert) => alert.id === failure.id);
    if (seen) return seen.version;
  }
  return fallback;
}

/**
 * Sends a change for a set of alerts with `POST /alerts/bulk`: partial success is normal, so the
 * outcome lists every failure with its problem, and `retryFailed` sends only those again.
 */
export function useBulkChange() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (run: BulkRun) => bulkChangeAlerts(run.items, run.patch),
    onSuccess: (reply, run) => {
      showChangedAlerts(queryClient, reply.updated, { notesChanged: run.patch.note !== undefined });
      // An alert changed by someone else (412) shows its current state in the list too.
      const current = reply.failed.flatMap((failure) => {
        const parsed = alertSchema.safeParse(failure.problem.current);
        return parsed.success ? [parsed.data] : [];
      });
      showChangedAlerts(queryClient, current);
    },
  });

  const retryFailed = () => {
    const { data, variables } = mutation;
    if (!data || data.failed.length === 0) return;
    const versions = new Map(variables.items.map((item) => [item.id, item.version]));
    mutation.mutate({
      ...variables,
      items: data.failed.map((failure) => ({
        id: failure.id,
        version: retryVersion(queryClient, failure, versions.get(failure.id) ?? 0),
      })),
    });
  };

  return { ...mutation, retryFailed };
}
