import { describe, expect, it } from 'vitest';
import {
  consentPurposesFor,
  createDisclosureRequestSchema,
  disclosurePageSchema,
  disclosureSchema,
  recipientListSchema,
} from './disclosures';
import { issuePaths } from './contract-test-data';

describe('disclosures', () => {
  const disclosure = {
    id: 'dis_000900',
    occurredAt: '2026-11-20T10:00:00.000Z',
    recordedAt: '2026-11-20T10:05:00.000Z',
    recordedBy: 'stf_legal1',
    kind: 'share',
    recipient: {
      id: 'rcp_police_sh',
      name: 'Shanghai Public Security Bureau',
      category: 'authority',
      country: 'CN',
    },
    legalBasis: 'criminal_investigation',
    purpose: 'Fraud investigation',
    dataCategories: ['contact', 'order'],
    accountIds: ['acc_000123'],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    requestReference: 'SH-2026-1187',
    documents: [{ name: 'request-letter.pdf', sha256: 'a'.repeat(64) }],
    correctedBy: [],
  };
  const request = {
    occurredAt: '2026-11-20T10:00:00.000Z',
    kind: 'transfer',
    recipientId: 'rcp_partner_eu',
    legalBasis: 'consent',
    purpose: 'Delivery tracking',
    dataCategories: ['identity', 'contact'],
    accountIds: ['acc_000123'],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    crossBorder: { destinationCountry: 'DE', safeguard: 'standard_contract' },
    documents: [],
  };

  it('parses the log and the recipients', () => {
    expect(
      disclosurePageSchema.parse({
        items: [disclosure, { ...disclosure, id: 'dis_000901', corrects: 'dis_000900' }],
        page: 1,
        pageSize: 50,
        total: 2,
      }).items[1]?.corrects,
    ).toBe('dis_000900');
    expect(
      recipientListSchema.parse([
        {
          id: 'rcp_police_sh',
          name: 'Shanghai PSB',
          category: 'authority',
          country: 'CN',
          agreementRef: null,
        },
      ]),
    ).toHaveLength(1);
  });

  it('refuses an unknown legal basis, recipient category or safeguard', () => {
    expect(
      issuePaths(disclosurePageSchema, {
        items: [{ ...disclosure, legalBasis: 'legitimate_interest' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.legalBasis']);
    expect(
      issuePaths(disclosurePageSchema, {
        items: [{ ...disclosure, recipient: { ...disclosure.recipient, category: 'broker' } }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.recipient.category']);
    expect(
      issuePaths(createDisclosureRequestSchema, {
        ...request,
        crossBorder: { destinationCountry: 'DE', safeguard: 'trust_us' },
      }),
    ).toEqual(['crossBorder.safeguard']);
  });

  it('accepts a complete record and refuses de-identified data that names accounts', () => {
    expect(createDisclosureRequestSchema.safeParse(request).success).toBe(true);
    expect(
      createDisclosureRequestSchema.safeParse({
        ...request,
        deidentified: true,
        accountIds: [],
        subjectCount: 5000,
      }).success,
    ).toBe(true);
    expect(issuePaths(createDisclosureRequestSchema, { ...request, deidentified: true })).toEqual([
      'accountIds',
    ]);
    expect(issuePaths(createDisclosureRequestSchema, { ...request, purpose: '' })).toEqual(['purpose']);
    expect(
      issuePaths(createDisclosureRequestSchema, {
        ...request,
        documents: [{ name: 'x.pdf', sha256: 'abc' }],
      }),
    ).toEqual(['documents.0.sha256']);
  });

  it('reads corrections both ways and the consents withdrawn since, and only the contract’s data categories', () => {
    const corrected = disclosureSchema.parse({
      ...disclosure,
      legalBasis: 'consent',
      correctedBy: ['dis_000901'],
      consentWithdrawnSince: [
        { accountId: 'acc_000123', purposeId: 'partner_sharing', withdrawnAt: '2026-11-25T08:00:00.000Z' },
      ],
    });
    expect(corrected.correctedBy).toEqual(['dis_000901']);
    expect(corrected.consentWithdrawnSince?.[0]?.purposeId).toBe('partner_sharing');
    expect(disclosureSchema.safeParse({ ...disclosure, correctedBy: undefined }).success).toBe(false);
    expect(disclosureSchema.safeParse({ ...disclosure, dataCategories: ['order history'] }).success).toBe(
      false,
    );
    expect(createDisclosureRequestSchema.safeParse({ ...request, dataCategories: ['address'] }).success).toBe(
      false,
    );
  });

  it('names the consent purposes a consent-basis disclosure needs, by recipient and data', () => {
    expect(consentPurposesFor('affiliate', ['identity', 'order'])).toEqual(['affiliate_sharing']);
    expect(consentPurposesFor('seller', ['contact'])).toEqual(['partner_sharing']);
    expect(consentPurposesFor('authorized_partner', ['contact', 'precise_location'])).toEqual([
      'partner_sharing',
      'sensitive_data_sharing',
    ]);
    // No purpose covers these: a consent basis needs the customer's explicit agreement as a document.
    expect(consentPurposesFor('authority', ['payment_account'])).toEqual([]);
    expect(consentPurposesFor('acquirer', ['identity'])).toEqual([]);
    expect(consentPurposesFor('public', ['identity'])).toEqual([]);
  });
});
