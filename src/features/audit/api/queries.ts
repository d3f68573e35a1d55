import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditQuery } from '@/shared/contract/audit';
import { fetchAuditEvents } from './requests';

export const auditQueries = {
  all: () => ['audit-events'] as const,
  list: (query: AuditQuery) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'list', query],
      queryFn: ({ signal }) => fetchAuditEvents(query, signal),
      // The rows on screen stay while the next page or filter loads.
      placeholderData: keepPreviousData,
    }),
};
