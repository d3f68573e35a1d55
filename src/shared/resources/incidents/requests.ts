import { request } from '@/shared/api/http-client';
import { incidentPageSchema, incidentSchema, type IncidentQuery } from '@/shared/contract/incidents';

// Incidents are read by the alerts feature (escalation, the alert's link) and the incidents view.
// Each request returns the contract's parsed shape and throws `ApiError` on a non-2xx reply.

/** `GET /incidents` (contract: Incidents): one page of incidents, e.g. the open ones to escalate to. */
export function fetchIncidents(query: IncidentQuery, signal?: AbortSignal) {
  return request({ path: '/incidents', query: { ...query }, schema: incidentPageSchema, signal });
}

/** `GET /incidents/{id}`: one incident with its facts, timeline (oldest first) and regulator state. */
export function fetchIncident(id: string, signal?: AbortSignal) {
  return request({ path: `/incidents/${encodeURIComponent(id)}`, schema: incidentSchema, signal });
}
