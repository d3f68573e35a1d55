import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AlertQuery } from '@/shared/contract/alerts';
import { fetchAlerts } from './requests';

export const alertQueries = {
  all: () => ['alerts'] as const,
  lists: () => [...alertQueries.all(), 'list'] as const,
  list: (query: AlertQuery) =>
    queryOptions({
      queryKey: [...alertQueries.lists(), query],
      queryFn: ({ signal }) => fetchAlerts(query, signal),
      placeholderData: keepPreviousData,
    }),
};
