import type { Incident } from '@/shared/contract/incidents';

/** The incident's facts (placeholder until the section lands). Takes the incident as last read. */
export function IncidentFacts({ incident }: { incident: Incident }) {
  return <section aria-label="The incident's facts" data-incident={incident.id} />;
}
