import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ConsentEventQuery } from '@/shared/contract/consent';
import { fetchConsentEvents, fetchCurrentConsents, fetchPurposes } from './requests';

export const consentQueries = {
  all: () => ['consent'] as const,
  purposes: () =>
    queryOptions({
      queryKey: [...consentQueries.all(), 'purposes'],
      queryFn: ({ signal }) => fetchPurposes(signal),
      staleTime: 60 * 60_000,
    }),
  /** Everything consent-related of one account, for invalidation after a withdrawal. */
  account: (accountId: string) => [...consentQueries.all(), 'account', accountId] as const,
  current: (accountId: string) =>
    queryOptions({
      queryKey: [...consentQueries.account(accountId), 'current'],
      queryFn: ({ signal }) => fetchCurrentConsents(accountId, signal),
    }),
  events: (accountId: string, query: ConsentEventQuery) =>
    queryOptions({
      queryKey: [...consentQueries.account(accountId), 'events', query],
      queryFn: ({ signal }) => fetchConsentEvents(accountId, query, signal),
      placeholderData: keepPreviousData,
    }),
};
