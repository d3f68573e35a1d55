import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DisclosureQuery } from '@/shared/contract/disclosures';
import { fetchDisclosure, fetchDisclosures, fetchRecipientTotals, fetchRecipients } from './requests';

/**
 * Query keys and options of the disclosures ledger. Recording or correcting an entry invalidates
 * `disclosureQueries.all()` (the lists, the corrected entry's `correctedBy`, the account tabs).
 */
export const disclosureQueries = {
  all: () => ['disclosures'] as const,
  lists: () => [...disclosureQueries.all(), 'list'] as const,
  list: (query: DisclosureQuery) =>
    queryOptions({
      queryKey: [...disclosureQueries.lists(), query],
      queryFn: ({ signal }) => fetchDisclosures(query, signal),
      // The rows on screen stay while the next page or filter loads.
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...disclosureQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchDisclosure(id, signal),
    }),
  /** The recipients change rarely: kept for the session once read. */
  recipients: () =>
    queryOptions({
      queryKey: ['recipients'],
      queryFn: ({ signal }) => fetchRecipients(signal),
      staleTime: 10 * 60_000,
    }),
  /** Under `all()`: recording an entry moves the recipient's totals too. */
  recipientTotals: (recipientId: string) =>
    queryOptions({
      queryKey: [...disclosureQueries.all(), 'recipient-totals', recipientId],
      queryFn: ({ signal }) => fetchRecipientTotals(recipientId, signal),
    }),
};
