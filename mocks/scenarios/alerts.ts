import { clock, isoAt } from '@mocks/clock';
import { commitAlert, type AlertPatchRecord } from '@mocks/db/alerts/state';
import { knownAlerts } from '@mocks/db/known-alerts';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the alerts family for tests: "a colleague changed this alert meanwhile",
 * "the alerts API is down". They write through the family's journal, as the API would, so the
 * version moves on and the console's next If-Match gets 412 for real.
 */

export type AlertChange = Omit<AlertPatchRecord, 'type' | 'alertId' | 'at' | 'by'>;

/**
 * A colleague (analyst2@ unless `by` says otherwise) changes alert `id` now: by default takes it
 * (assignee = the colleague). Returns nothing; read the alert again to see the new version.
 */
export function colleagueChangesAlert(
  id: string,
  change: AlertChange = {},
  by: DemoStaffKey = 'analyst2',
): void {
  const colleague = demoStaff[by].id;
  const effective = Object.keys(change).length > 0 ? change : { assigneeId: colleague };
  commitAlert({ type: 'patch', alertId: id, at: isoAt(clock.now()), by: colleague, ...effective });
}

/** A colleague dismisses alert `id` with a closing note (the contract's companion of a dismissal). */
export function colleagueDismissesAlert(id: string, note = 'Test login by the QA team'): void {
  colleagueChangesAlert(id, { status: 'dismissed', note: { id: `note_colleague_${id}`, body: note } });
}

/** The seeded `new`, critical, unassigned alert on the locked account (`knownAlerts.newCritical`). */
export function newCriticalAlert(): string {
  return knownAlerts.newCritical;
}

/** Every alerts request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function alertsUnavailable(options: FaultOptions = {}): void {
  failing('alerts', 503, options);
}
