import { queryOptions } from '@tanstack/react-query';
import { fetchSession } from './session-requests';

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: ({ signal }) => fetchSession(signal),
      staleTime: 5 * 60_000,
    }),
};
