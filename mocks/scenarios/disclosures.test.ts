import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema } from '@/shared/contract/common';
import { disclosureSchema, type Disclosure } from '@/shared/contract/disclosures';
import { reloadDb } from '@mocks/db/database';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownDisclosures } from '@mocks/db/known-disclosures';
import { demoStaff } from '@mocks/db/staff';
import { disclosureFactory, recipientFactory } from '@mocks/factories/disclosure';
import { callApi } from './call-api';
import { pinClock } from './clock';
import { colleagueCorrectsDisclosure, customerWithdrawsConsent, disclosuresUnavailable } from './disclosures';
import { signedInAs } from './session';

beforeEach(() => {
  pinClock('2026-11-25T09:00:00Z');
});

async function entry(id: string): Promise<Disclosure> {
  const reply = await callApi(`/disclosures/${id}`);
  expect(reply.status).toBe(200);
  return disclosureSchema.parse(reply.body);
}

describe('disclosure scenarios', () => {
  it('colleagueCorrectsDisclosure records a correction through the journal; a second is refused', async () => {
    await signedInAs('legal');
    const id = colleagueCorrectsDisclosure(knownDisclosures.crossBorder);
    reloadDb();
    const correction = await entry(id);
    expect(correction).toMatchObject({ corrects: knownDisclosures.crossBorder, recordedBy: demoStaff.legal2.id });
    expect(correction.dataCategories).toContain('account');
    expect((await entry(knownDisclosures.crossBorder)).correctedBy).toEqual([id]);
    expect(() => colleagueCorrectsDisclosure(knownDisclosures.crossBorder)).toThrow(/corrected already/);
  });

  it('customerWithdrawsConsent shows on the consent-basis entries of the account', async () => {
    await signedInAs('legal');
    customerWithdrawsConsent(knownAccounts.marketingOptIn, 'affiliate_sharing');
    const reply = await callApi(
      `/disclosures?accountId=${knownAccounts.marketingOptIn}&recipientCategory=affiliate&legalBasis=consent`,
    );
    const items = (reply.body as { items: Disclosure[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.consentWithdrawnSince).toContainEqual(
        expect.objectContaining({ accountId: knownAccounts.marketingOptIn, purposeId: 'affiliate_sharing' }),
      );
    }
  });

  it('disclosuresUnavailable answers 503 with Retry-After', async () => {
    await signedInAs('legal');
    disclosuresUnavailable({ times: 1 });
    const reply = await callApi('/disclosures');
    expect(reply.status).toBe(503);
    expect(reply.headers.get('Retry-After')).toBe('1');
    expect(problemSchema.parse(reply.body).status).toBe(503);
    expect((await callApi('/disclosures')).status).toBe(200);
  });
});

describe('disclosure factories', () => {
  it('build contract records with distinct ids, and traits the ledger shows differently', () => {
    const [a, b] = disclosureFactory.buildList(2);
    expect(a?.id).not.toBe(b?.id);
    expect(disclosureFactory.trait('authority').build()).toMatchObject({
      recipient: { category: 'authority' },
      documents: [expect.anything(), expect.anything()],
    });
    expect(disclosureFactory.trait('withdrawnSince').build().consentWithdrawnSince).toHaveLength(1);
    expect(disclosureFactory.trait('deidentified').build()).toMatchObject({ deidentified: true, accountIds: [] });
    expect(disclosureFactory.trait('crossBorder').build().crossBorder?.destinationCountry).toBe('US');
    expect(disclosureFactory.trait('corrected').build().correctedBy).toHaveLength(1);
    expect(disclosureFactory.trait('correction').build().corrects).toMatch(/^dis_/);
    expect(disclosureFactory.trait('markup').build().purpose).toContain('<script>');
    expect(recipientFactory.trait('authority').build().agreementRef).toBeNull();
  });

  it('refuse what the contract would never send', () => {
    expect(() => disclosureFactory.build({ subjectCount: -1 })).toThrow();
    expect(() => disclosureFactory.build({ id: 'alr_f0001' })).toThrow();
  });
});
