import type { IncidentStatus } from '@/shared/contract/incidents';
import { clock, isoAt } from '@mocks/clock';
import { commitIncident, findIncident } from '@mocks/db/incidents';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the incidents family for tests: an open escalation target, an incident
 * closed meanwhile, the incidents API down. Writes go through the family's journal.
 */

/** The seeded `open` incident, aware a day before the anchor: `knownIncidents.open`. */
export function openIncident(): string {
  return knownIncidents.open;
}

/**
 * Incident `id` moves to `status` now, by the privacy officer unless `by` says otherwise; its
 * version moves on and the timeline says so. Throws for an unknown id.
 */
export function incidentMovesTo(id: string, status: IncidentStatus, by: DemoStaffKey = 'dpo'): void {
  if (!findIncident(id)) throw new Error(`incidentMovesTo: no incident ${id}`);
  commitIncident({
    type: 'status',
    incidentId: id,
    status,
    text: `Status changed to ${status}.`,
    at: isoAt(clock.now()),
    by: demoStaff[by].id,
  });
}

/** Incident `id` is closed now (escalating an alert to it is then a 409). */
export function incidentClosed(id: string = knownIncidents.open): void {
  incidentMovesTo(id, 'closed');
}

/** Every incidents request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function incidentsUnavailable(options: FaultOptions = {}): void {
  failing('incidents', 503, options);
}
