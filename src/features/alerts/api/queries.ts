import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { serverNow } from '@/shared/api/server-time';
import type { AlertCountsQuery, AlertQuery } from '@/shared/contract/alerts';
import { fetchAlert, fetchAlertActivity, fetchAlertCounts, fetchAlertNotes, fetchAlerts } from './requests';

/** How often the queue asks whether alerts arrived since it was loaded. */
export const liveCheckIntervalMs = 20_000;

export const alertQueries = {
  all: () => ['alerts'] as const,
  lists: () => [...alertQueries.all(), 'list'] as const,
  list: (query: AlertQuery) =>
    queryOptions({
      queryKey: [...alertQueries.lists(), query],
      queryFn: ({ signal }) => fetchAlerts(query, signal),
      placeholderData: keepPreviousData,
    }),
  /** The queue's page, stamped with the server time it was read at: the live check counts from there. */
  queue: (query: AlertQuery) =>
    queryOptions({
      queryKey: [...alertQueries.lists(), 'queue', query],
      queryFn: async ({ signal }) => {
        const page = await fetchAlerts(query, signal);
        return { ...page, loadedAt: new Date(serverNow()).toISOString() };
      },
      placeholderData: keepPreviousData,
    }),
  counts: (query: AlertCountsQuery) =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'counts', query],
      queryFn: ({ signal }) => fetchAlertCounts(query, signal),
      placeholderData: keepPreviousData,
    }),
  /** How many alerts matching the view arrived after `since` (server time): the live banner. */
  arrivals: (query: AlertQuery, since: string) =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'arrivals', query, since],
      queryFn: async ({ signal }) =>
        (await fetchAlerts({ ...query, from: since, to: undefined, page: 1, pageSize: 1 }, signal)).total,
      refetchInterval: liveCheckIntervalMs,
      refetchIntervalInBackground: false,
    }),
  details: () => [...alertQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...alertQueries.details(), id],
      queryFn: ({ signal }) => fetchAlert(id, signal),
    }),
  notes: (id: string) =>
    queryOptions({
      queryKey: [...alertQueries.details(), id, 'notes'],
      queryFn: ({ signal }) => fetchAlertNotes(id, signal),
    }),
  /** The alert's own audit trail, oldest first: every change adds to it. */
  activity: (id: string) =>
    queryOptions({
      queryKey: [...alertQueries.details(), id, 'activity'],
      queryFn: ({ signal }) => fetchAlertActivity(id, signal),
    }),
};
