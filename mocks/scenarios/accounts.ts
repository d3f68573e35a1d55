import { clock, isoAt } from '@mocks/clock';
import { commitLock } from '@mocks/db/accounts/state';
import { knownAccounts } from '@mocks/db/known-accounts';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the accounts family for tests. Writes go through the family's journal, as
 * the API's would, so the account's version moves on and a form opened before gets 412.
 */

/** A seeded locked account (with a lock reason, two open alerts): `knownAccounts.locked`. */
export function lockedAccount(): string {
  return knownAccounts.locked;
}

/** A seeded active account whose marketing consent can be withdrawn: `knownAccounts.marketingOptIn`. */
export function activeAccount(): string {
  return knownAccounts.marketingOptIn;
}

/** A colleague (analyst2@ unless `by` says otherwise) locks account `id` now, with `reason`. */
export function colleagueLocksAccount(
  id: string,
  reason = 'Chargeback fraud ring',
  by: DemoStaffKey = 'analyst2',
): void {
  commitLock({ type: 'lock', accountId: id, reason, at: isoAt(clock.now()), by: demoStaff[by].id });
}

/** A colleague unlocks account `id` now. */
export function colleagueUnlocksAccount(
  id: string,
  reason = 'Identity verified by phone',
  by: DemoStaffKey = 'analyst2',
): void {
  commitLock({ type: 'unlock', accountId: id, reason, at: isoAt(clock.now()), by: demoStaff[by].id });
}

/** Every accounts request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function accountsUnavailable(options: FaultOptions = {}): void {
  failing('accounts', 503, options);
}
