import { request } from '@/shared/api/http-client';
import { incidentPageSchema, type IncidentQuery } from '@/shared/contract/incidents';

/** `GET /incidents` (contract: Incidents): one page of incidents, e.g. the open ones to escalate to. */
export function fetchIncidents(query: IncidentQuery, signal?: AbortSignal) {
  return request({ path: '/incidents', query: { ...query }, schema: incidentPageSchema, signal });
}
