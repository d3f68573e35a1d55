import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AccountQuery, ActivityQuery } from '@/shared/contract/accounts';
import { fetchAccount, fetchAccounts, fetchActivity } from './requests';

/** Accounts are read by every feature: their query keys and factories live here. */
export const accountQueries = {
  all: () => ['accounts'] as const,
  lists: () => [...accountQueries.all(), 'list'] as const,
  list: (query: AccountQuery) =>
    queryOptions({
      queryKey: [...accountQueries.lists(), query],
      queryFn: ({ signal }) => fetchAccounts(query, signal),
      // The previous rows stay while the next search or page loads; a newer search aborts this one.
      placeholderData: keepPreviousData,
    }),
  details: () => [...accountQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...accountQueries.details(), id],
      queryFn: ({ signal }) => fetchAccount(id, signal),
    }),
  activity: (id: string, query: ActivityQuery) =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'activity', id, query],
      queryFn: ({ signal }) => fetchActivity(id, query, signal),
      placeholderData: keepPreviousData,
    }),
};
