import type { Incident } from '@/shared/contract/incidents';

/** The customer notices and their sending (placeholder until the section lands). Takes the incident as last read. */
export function IncidentNotices({ incident }: { incident: Incident }) {
  return <section aria-label="The customer notices and their sending" data-incident={incident.id} />;
}
