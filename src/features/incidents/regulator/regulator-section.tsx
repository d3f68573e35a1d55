import type { Incident } from '@/shared/contract/incidents';

/** The regulator report or the decision not to report (placeholder until the section lands). Takes the incident as last read. */
export function RegulatorSection({ incident }: { incident: Incident }) {
  return (
    <section aria-label="The regulator report or the decision not to report" data-incident={incident.id} />
  );
}
