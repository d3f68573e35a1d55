import type { IncidentStatus } from '@/shared/contract/incidents';

/**
 * Incidents with known ids and known traits, whatever the seed, for UI tests, e2e journeys and
 * demos ("escalate to the open incident", "escalating to a closed one is refused"). The ids are
 * literals so a Playwright spec can use them without the mock; `incidents.test.ts` checks that
 * they are what `ids.incident.encode(index)` gives.
 */

export const knownIncidents = {
  /** `open`, aware a day ago: the escalation target (the known `escalated` alert is linked to it). */
  open: 'inc_6r3i10',
  /** `closed` two months ago: escalating to it is a 409. */
  closed: 'inc_6rrqj7',
} as const;

export type KnownIncidentKey = keyof typeof knownIncidents;

export interface KnownIncidentTraits {
  /** Index into `incidentTemplates` (`alerts/catalog.ts`). */
  readonly template: number;
  readonly status: IncidentStatus;
  /** `awareAt` this many days before the mock clock's anchor. */
  readonly awareDaysAgo: number;
}

/** By seeded incident index: the id is `ids.incident.encode(index)`. */
export const knownIncidentTraits: ReadonlyMap<number, KnownIncidentTraits> = new Map([
  [0, { template: 0, status: 'open', awareDaysAgo: 1 }],
  [1, { template: 1, status: 'closed', awareDaysAgo: 60 }],
]);
