import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { notificationBatchFinished, type NotificationBatch } from '@/shared/contract/incidents';
import { incidentViewQueries } from '../api/queries';

/** How often a batch is read while it sends, in milliseconds: never more than once per `minMs`. */
export const batchPollTimings = { minMs: 2_000, maxMs: 8_000 } as const;

/**
 * The wait before the next read of a sending batch (milliseconds): back to the shortest wait
 * (2 s) while the batch moves, doubled (2 s → 4 s → 8 s, at most 8 s) each time a read found it
 * where it was, or failed. `previousMs` is the last wait (`undefined` before the first).
 */
export function nextPollDelay(previousMs: number | undefined, progressed: boolean): number {
  if (previousMs === undefined || progressed) return batchPollTimings.minMs;
  return Math.min(Math.max(previousMs * 2, batchPollTimings.minMs), batchPollTimings.maxMs);
}

/** What has to change for a read to count as progress. */
function progressOf(batch: NotificationBatch | undefined): string {
  if (!batch) return '';
  return `${batch.status}:${String(batch.sent)}:${String(batch.delivered)}:${String(batch.failed)}`;
}

interface PollState {
  /** `dataUpdatedAt` / `errorUpdatedAt` of the read the delay was computed for. */
  seenAt: number;
  progress: string;
  delayMs: number | undefined;
}

/**
 * Follows notification batch `batchId` of incident `incidentId` (`GET …/notifications/{batchId}`)
 * until it has finished (`notificationBatchFinished`): reads back off while nothing moves
 * (`nextPollDelay`), never more than one request per 2 s, none once the batch is finished, and
 * none while the tab is hidden (TanStack Query pauses interval reads without focus; the batch is
 * read again when the tab shows, if the last read is 2 s old). Returns the query result.
 */
export function useNotificationBatch(incidentId: string, batchId: string) {
  const poll = useRef<PollState>({ seenAt: -1, progress: '', delayMs: undefined });
  return useQuery({
    ...incidentViewQueries.batch(incidentId, batchId),
    // A read younger than the shortest wait is fresh: showing the tab again does not read twice.
    staleTime: (query) =>
      query.state.data && notificationBatchFinished(query.state.data) ? Infinity : batchPollTimings.minMs,
    refetchIntervalInBackground: false,
    refetchInterval: (query) => {
      const { data, dataUpdatedAt, errorUpdatedAt } = query.state;
      if (data && notificationBatchFinished(data)) return false;
      const seenAt = Math.max(dataUpdatedAt, errorUpdatedAt);
      const state = poll.current;
      if (seenAt !== state.seenAt) {
        const progress = progressOf(data);
        const progressed = query.state.status !== 'error' && progress !== state.progress;
        poll.current = { seenAt, progress, delayMs: nextPollDelay(state.delayMs, progressed) };
      }
      return poll.current.delayMs ?? batchPollTimings.minMs;
    },
  });
}
