import { useQueries, useQuery } from '@tanstack/react-query';
import {
  incidentClosingProblems,
  type Incident,
  type IncidentClosingProblem,
} from '@/shared/contract/incidents';
import { incidentViewQueries } from '../api/queries';

/** What the workspace knows about closing the incident right now. */
export type ClosingCheck =
  | { state: 'not-asked' }
  | { state: 'checking' }
  | { state: 'failed'; error: Error; retry: () => void }
  | { state: 'ready'; problems: IncidentClosingProblem[] };

/**
 * Whether `incident` may close, by the contract's own rule (`incidentClosingProblems`: a report
 * or a decision not to report, no approved notice unsent, no batch still sending). Reads the
 * incident's notices and the batches of its sent notices (the queries the notices section shares)
 * only when `ask` is true (the incident is `monitoring` and the person may move it). Returns the
 * check's state; `failed` carries the read's error and a retry.
 */
export function useClosingCheck(incident: Incident, ask: boolean): ClosingCheck {
  const notices = useQuery({ ...incidentViewQueries.notices(incident.id), enabled: ask });
  const batchIds = (notices.data ?? []).flatMap((notice) =>
    notice.status === 'sent' && notice.batchId ? [notice.batchId] : [],
  );
  const batches = useQueries({
    queries: batchIds.map((batchId) => ({ ...incidentViewQueries.batch(incident.id, batchId), enabled: ask })),
  });
  if (!ask) return { state: 'not-asked' };
  if (notices.isError) {
    return {
      state: 'failed',
      error: notices.error,
      retry: () => {
        void notices.refetch();
      },
    };
  }
  const failedBatch = batches.find((batch) => batch.isError);
  if (failedBatch?.error) {
    return {
      state: 'failed',
      error: failedBatch.error,
      retry: () => {
        void failedBatch.refetch();
      },
    };
  }
  if (!notices.data || batches.some((batch) => !batch.data)) return { state: 'checking' };
  return {
    state: 'ready',
    problems: incidentClosingProblems(
      incident,
      notices.data,
      batches.flatMap((batch) => (batch.data ? [batch.data] : [])),
    ),
  };
}
