import type { PurposeId } from '@/shared/contract/consent';
import type { Disclosure } from '@/shared/contract/disclosures';
import { clock, isoAt } from '@mocks/clock';
import { recordWithdrawal } from '@mocks/db/consent';
import { findDisclosure, isCorrected } from '@mocks/db/disclosures/queries';
import { commitDisclosure } from '@mocks/db/disclosures/state';
import { ids } from '@mocks/db/ids';
import { knownDisclosures } from '@mocks/db/known-disclosures';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { failing, type FaultOptions } from './faults';

/**
 * One-line states of the disclosures family for tests: "a colleague corrected this entry
 * meanwhile", "the customer withdrew the consent this share rested on", "the disclosures API is
 * down". Writes go through the families' journals, as the API's would, so the ledger and the
 * consent log agree after them exactly as after a real request.
 */

/** The known authority request with two documents (`knownDisclosures.authorityRequest`). */
export function authorityRequest(): string {
  return knownDisclosures.authorityRequest;
}

/**
 * A colleague (legal2@ unless `by` says otherwise) records now a correction of entry `id`: the
 * same disclosure with `change` applied (by default the `account` data category added). Returns
 * the new entry's id; the corrected entry then lists it in `correctedBy`, and correcting `id`
 * again is a 409. Throws for an unknown or already corrected id.
 */
export function colleagueCorrectsDisclosure(
  id: string,
  change: Partial<Pick<Disclosure, 'purpose' | 'dataCategories' | 'subjectCount' | 'documents'>> = {},
  by: DemoStaffKey = 'legal2',
): string {
  const original = findDisclosure(id);
  if (!original) throw new Error(`colleagueCorrectsDisclosure: no disclosure ${id}`);
  if (isCorrected(id)) throw new Error(`colleagueCorrectsDisclosure: ${id} is corrected already`);
  // Computed when read, never recorded.
  const recorded: Disclosure = { ...original };
  delete recorded.consentWithdrawnSince;
  const correction: Disclosure = {
    ...recorded,
    dataCategories: original.dataCategories.includes('account')
      ? original.dataCategories
      : [...original.dataCategories, 'account'],
    ...change,
    id: ids.disclosure.fresh(),
    recordedAt: isoAt(clock.now()),
    recordedBy: demoStaff[by].id,
    corrects: id,
    correctedBy: [],
  };
  commitDisclosure(correction);
  return correction.id;
}

/**
 * The customer of `accountId` has staff record the withdrawal of `purposeId` now (as
 * `POST /accounts/{id}/consent-events` would, by dpo@ unless `by` says otherwise): every
 * consent-basis entry that needed it then names the account in `consentWithdrawnSince`. Throws
 * for an id that names no account.
 */
export function customerWithdrawsConsent(accountId: string, purposeId: PurposeId, by: DemoStaffKey = 'dpo'): void {
  const index = ids.account.decode(accountId);
  if (index === undefined) throw new Error(`customerWithdrawsConsent: not an account id ${accountId}`);
  recordWithdrawal(index, {
    purposeId,
    channel: 'email',
    reason: 'The customer asked us to stop sharing their data.',
    at: clock.now(),
    recordedBy: demoStaff[by].id,
  });
}

/** Every disclosures request answers 503 (with `Retry-After`) until the test ends or `times` run out. */
export function disclosuresUnavailable(options: FaultOptions = {}): void {
  failing('disclosures', 503, options);
}
