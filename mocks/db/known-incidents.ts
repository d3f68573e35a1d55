import type { IncidentStatus } from '@/shared/contract/incidents';

/**
 * Incidents with known ids and known traits, whatever the seed, for UI tests, e2e journeys and
 * demos ("escalate to the open incident", "legal2 approves the notice legal drafted", "file the
 * late report on the overdue incident"). The ids are literals so a Playwright spec can use them
 * without the mock; `incidents.test.ts` checks that they are what `ids.incident.encode(index)`
 * gives, and `incident-seed.test.ts` that each has its traits. Times are before the mock clock's
 * anchor (the clock when the data was seeded), so a test that pins the clock gets them exactly.
 */

export const knownIncidents = {
  /** `open`, aware a day ago (48 h left), no notice: the escalation target (the known `escalated` alert is linked to it). */
  open: 'inc_6r3i10',
  /** `closed` two months ago, reported in time, its notice sent: escalating to it is a 409. */
  closed: 'inc_6rrqj7',
  /** `assessing`, critical, aware 67 h 30 min ago: 4 h 30 min left on the regulator clock, no report yet. */
  dueSoon: 'inc_6sfz1e',
  /** `assessing`, aware 80 h ago: 8 h past the regulator deadline, no report (a report needs `lateReason`). */
  overdue: 'inc_6t47jl',
  /** `notifying`, aware 2 days ago: one complete draft notice written by legal@ (legal2@ or the privacy officer may approve it). */
  withDraftNotice: 'inc_6tsg1s',
  /** `notifying`, aware 60 h ago: one notice by legal@ approved by legal2@, not yet sent (closing refuses it). */
  withApprovedNotice: 'inc_6ugojz',
  /** `notifying`, reported in time: its notice to 86,400 accounts started sending 20 s before the anchor (minutes to go). */
  sending: 'inc_6v4x26',
  /** `monitoring`, reported in time, its notice sent and delivered (a completed batch with failures by reason). */
  reported: 'inc_6vt5kd',
  /** `monitoring`, reported, every notice sent and finished (one batch failed as a whole, the resend completed): it may close. */
  readyToClose: 'inc_6whe2k',
  /** `monitoring`, the regulator report filed a day after the deadline, with its `lateReason`. */
  reportedLate: 'inc_6x5mkr',
  /** `monitoring`, a recorded decision not to report (`regulatorDecision`), no notice. */
  notReported: 'inc_6xtv2y',
  /** `notifying`, reported in time, its only notice's batch failed as a whole (`failureDetail`). */
  failedBatch: 'inc_6yi3l5',
} as const;

export type KnownIncidentKey = keyof typeof knownIncidents;

export interface KnownIncidentTraits {
  readonly key: KnownIncidentKey;
  /** Index into `incidentTemplates` (`alerts/catalog.ts`). */
  readonly template: number;
  readonly status: IncidentStatus;
  /** `awareAt` this many days before the mock clock's anchor. */
  readonly awareDaysAgo: number;
}

/** By seeded incident index: the id is `ids.incident.encode(index)`. */
export const knownIncidentTraits: ReadonlyMap<number, KnownIncidentTraits> = new Map([
  [0, { key: 'open', template: 0, status: 'open', awareDaysAgo: 1 }],
  [1, { key: 'closed', template: 1, status: 'closed', awareDaysAgo: 60 }],
  [2, { key: 'dueSoon', template: 2, status: 'assessing', awareDaysAgo: 67.5 / 24 }],
  [3, { key: 'overdue', template: 4, status: 'assessing', awareDaysAgo: 80 / 24 }],
  [4, { key: 'withDraftNotice', template: 5, status: 'notifying', awareDaysAgo: 2 }],
  [5, { key: 'withApprovedNotice', template: 0, status: 'notifying', awareDaysAgo: 2.5 }],
  [6, { key: 'sending', template: 2, status: 'notifying', awareDaysAgo: 4 }],
  [7, { key: 'reported', template: 1, status: 'monitoring', awareDaysAgo: 6 }],
  [8, { key: 'readyToClose', template: 5, status: 'monitoring', awareDaysAgo: 12 }],
  [9, { key: 'reportedLate', template: 4, status: 'monitoring', awareDaysAgo: 15 }],
  [10, { key: 'notReported', template: 3, status: 'monitoring', awareDaysAgo: 9 }],
  [11, { key: 'failedBatch', template: 0, status: 'notifying', awareDaysAgo: 5 }],
]);
