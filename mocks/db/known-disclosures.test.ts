import { beforeEach, describe, expect, it } from 'vitest';
import { pinClock } from '@mocks/scenarios/clock';
import { recipients } from './disclosures/catalog';
import { disclosureAt, findDisclosure, matchingSlots } from './disclosures/queries';
import { warmDisclosures } from './disclosures/state';
import { ids } from './ids';
import { knownAccounts } from './known-accounts';
import {
  knownDisclosureAccount,
  knownDisclosureIndex,
  knownDisclosures,
  knownRecipients,
  type KnownDisclosureKey,
} from './known-disclosures';

/** The literal ids are the seeded slots' ids, and the seed makes each documented trait true. */

beforeEach(() => {
  pinClock('2026-11-25T09:00:00Z');
});

function entry(key: KnownDisclosureKey) {
  const found = findDisclosure(knownDisclosures[key]);
  if (!found) throw new Error(`no known disclosure ${key}`);
  return found;
}

describe('known disclosures', () => {
  it('are the ids of their seeded slots', () => {
    for (const key of Object.keys(knownDisclosures) as KnownDisclosureKey[]) {
      expect(knownDisclosures[key], key).toBe(ids.disclosure.encode(knownDisclosureIndex[key]));
    }
    expect(knownDisclosureAccount).toBe(knownAccounts.marketingOptIn);
    for (const id of Object.values(knownRecipients))
      expect(recipients.map((recipient) => recipient.id)).toContain(id);
  });

  it('have the traits their doc comments promise', () => {
    const authority = entry('authorityRequest');
    expect(authority).toMatchObject({
      legalBasis: 'criminal_investigation',
      recipient: { id: knownRecipients.authority, category: 'authority', country: 'DE' },
      accountIds: [knownAccounts.marketingOptIn],
    });
    expect(authority.requestReference).toMatch(/\S/);
    expect(authority.documents).toHaveLength(2);

    const withdrawn = entry('withdrawnSince');
    expect(withdrawn).toMatchObject({ legalBasis: 'consent', recipient: { category: 'seller' } });

    expect(entry('correctedOriginal')).toMatchObject({
      legalBasis: 'contract',
      recipient: { id: knownRecipients.seller },
      accountIds: [knownAccounts.marketingOptIn],
      correctedBy: [knownDisclosures.correction],
    });
    expect(entry('correction').corrects).toBe(knownDisclosures.correctedOriginal);

    expect(entry('deidentified')).toMatchObject({
      deidentified: true,
      accountIds: [],
      recipient: { country: 'FI' },
    });
    expect(entry('crossBorder')).toMatchObject({
      legalBasis: 'contract',
      accountIds: [knownAccounts.marketingOptIn],
      recipient: { country: 'US' },
      crossBorder: { destinationCountry: 'US' },
    });
    expect(entry('acquisition')).toMatchObject({
      kind: 'transfer',
      legalBasis: 'merger_acquisition',
      subjectCount: 18_412,
      recipient: { id: knownRecipients.acquirer },
    });
  });

  it('the known account is named by the known entries and eight more', () => {
    const state = warmDisclosures();
    for (const slot of knownDisclosureIndex.accountEntries) {
      expect(disclosureAt(state, slot).accountIds).toContain(knownDisclosureAccount);
    }
    // Only those (and the correction of one): a tab of a dozen rows, not hundreds.
    const named = matchingSlots({ accountIndex: ids.account.decode(knownDisclosureAccount) ?? -1 });
    expect(named.length).toBe(knownDisclosureIndex.accountEntries.length + 4);
  });
});
