import { describe, expect, it } from 'vitest';
import { createDisclosureRequestSchema, disclosurePageSchema, recipientListSchema } from './disclosures';
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
    dataCategories: ['email', 'order history'],
    accountIds: ['acc_000123'],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    requestReference: 'SH-2026-1187',
    documents: [{ name: 'request-letter.pdf', sha256: 'a'.repeat(64) }],
  };
  const request = {
    occurredAt: '2026-11-20T10:00:00.000Z',
    kind: 'transfer',
    recipientId: 'rcp_partner_eu',
    legalBasis: 'consent',
    purpose: 'Delivery tracking',
    dataCategories: ['name', 'address'],
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
});
