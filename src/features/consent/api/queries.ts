import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ConsentEventQuery } from '@/shared/contract/consent';
import { purposesQuery } from '@/shared/resources/consent-purposes/queries';
import { fetchConsentEvents, fetchCurrentConsents } from './requests';

export const consentQueries = {
  all: () => ['consent'] as const,
  /** The shared purposes query (`src/shared/resources/consent-purposes`), under `all()`. */
  purposes: purposesQuery,
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
