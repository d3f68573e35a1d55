import { queryOptions } from '@tanstack/react-query';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { fetchNotices, fetchNotificationBatch } from './requests';

/**
 * The incidents view's own query keys (the incident itself: `incidentQueries` in shared
 * resources). Keys sit under `incidentQueries.all()`, so a write that marks incidents stale
 * refreshes notices and batches too.
 */
export const incidentViewQueries = {
  notices: (incidentId: string) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'notices', incidentId],
      queryFn: ({ signal }) => fetchNotices(incidentId, signal),
    }),
  batch: (incidentId: string, batchId: string) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'batch', incidentId, batchId],
      queryFn: ({ signal }) => fetchNotificationBatch(incidentId, batchId, signal),
    }),
};
