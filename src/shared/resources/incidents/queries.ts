import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { IncidentQuery } from '@/shared/contract/incidents';
import { fetchIncident, fetchIncidents } from './requests';

/**
 * Incidents are read by the alerts feature (escalation) and the incidents view: their keys live
 * here, and a write elsewhere that changes them declares `meta: { invalidates: [incidentQueries.all()] }`.
 */
export const incidentQueries = {
  all: () => ['incidents'] as const,
  lists: () => [...incidentQueries.all(), 'list'] as const,
  list: (query: IncidentQuery) =>
    queryOptions({
      queryKey: [...incidentQueries.lists(), query],
      queryFn: ({ signal }) => fetchIncidents(query, signal),
      placeholderData: keepPreviousData,
    }),
  details: () => [...incidentQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...incidentQueries.details(), id],
      queryFn: ({ signal }) => fetchIncident(id, signal),
    }),
};
