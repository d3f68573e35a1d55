import { describe, expect, it } from 'vitest';
import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import type { Recipient } from '@/shared/contract/disclosures';
import {
  consentHeldAt,
  disclosureRuleViolations,
  offeredLegalBases,
  policyClauses,
  type AccountCheck,
  type RuleFacts,
} from './disclosure-rules';
import { toLocalInput } from '@/shared/lib/format';
import { emptyDisclosureForm, type DisclosureFormValues } from './form-values';

const now = Date.parse('2026-11-30T12:00:00Z');
const recipient = (category: Recipient['category'], country = 'CN'): Recipient => ({
  id: `rcp_${category}`,
  name: `A ${category}`,
  category,
  country,
  agreementRef: null,
});
const document = { name: 'order.pdf', sha256: 'a'.repeat(64) };

function valid(overrides: Partial<DisclosureFormValues> = {}): DisclosureFormValues {
  return {
    ...emptyDisclosureForm,
    occurredAt: toLocalInput(now - 3_600_000),
    kind: 'share',
    recipientId: 'rcp_seller',
    legalBasis: 'contract',
    purpose: 'Deliver the order',
    dataCategories: ['identity', 'order'],
    accountIds: ['acc_one'],
    subjectCount: '1',
    ...overrides,
  };
}

function facts(overrides: Partial<RuleFacts> = {}): RuleFacts {
  return {
    recipient: recipient('seller'),
    accounts: new Map<string, AccountCheck>([['acc_one', { state: 'found', country: 'CN' }]]),
    missingConsent: new Map(),
    nowMs: now,
    ...overrides,
  };
}

const fields = (values: DisclosureFormValues, given: RuleFacts) =>
  disclosureRuleViolations(values, given).map((violation) => violation.field);

describe('the rules of POST /disclosures, before anything is sent', () => {
  it('accepts an ordinary share to a seller under contract', () => {
    expect(disclosureRuleViolations(valid(), facts())).toEqual([]);
  });

  it('asks an authority disclosure for its reference and a document, quoting the public-disclosure clause', () => {
    const violations = disclosureRuleViolations(
      valid({ recipientId: 'rcp_authority', legalBasis: 'legal_obligation' }),
      facts({ recipient: recipient('authority') }),
    );
    expect(violations.map((violation) => violation.field)).toEqual(['requestReference', 'documents']);
    expect(violations[0]?.message).toContain('reference');
    expect(violations[0]?.message).toContain(policyClauses.authority);
    expect(
      disclosureRuleViolations(
        valid({
          recipientId: 'rcp_authority',
          legalBasis: 'legal_obligation',
          requestReference: 'SUB-1',
          documents: [document],
        }),
        facts({ recipient: recipient('authority') }),
      ),
    ).toEqual([]);
  });

  it('names the listed accounts that did not hold the matching consent at the time', () => {
    const violations = disclosureRuleViolations(
      valid({ legalBasis: 'consent', accountIds: ['acc_one', 'acc_two'], subjectCount: '2' }),
      facts({
        accounts: new Map<string, AccountCheck>([
          ['acc_one', { state: 'found', country: 'CN' }],
          ['acc_two', { state: 'found', country: 'CN' }],
        ]),
        missingConsent: new Map<string, PurposeId[]>([['acc_two', ['partner_sharing']]]),
      }),
    );
    expect(violations).toHaveLength(1);
    expect(violations[0]?.field).toBe('accountIds');
    expect(violations[0]?.message).toContain('acc_two had not');
    expect(violations[0]?.message).not.toContain('acc_one');
    expect(violations[0]?.message).toContain('sharing with sellers and partners');
    expect(violations[0]?.message).toContain(policyClauses.consent);
  });

  it('on consent to an authority, an acquirer or the public, asks for the document of explicit agreement', () => {
    for (const category of ['acquirer', 'public'] as const) {
      expect(
        fields(
          valid({ legalBasis: 'consent', kind: category === 'public' ? 'public_disclosure' : 'transfer' }),
          facts({ recipient: recipient(category) }),
        ),
      ).toEqual(['documents']);
    }
    expect(
      fields(
        valid({ legalBasis: 'consent', documents: [document] }),
        facts({ recipient: recipient('public') }),
      ),
    ).toEqual([]);
  });

  it('names unknown account ids and those that could not be checked', () => {
    const violations = disclosureRuleViolations(
      valid({ accountIds: ['acc_one', 'acc_nobody', 'acc_later'], subjectCount: '3' }),
      facts({
        accounts: new Map<string, AccountCheck>([
          ['acc_one', { state: 'found', country: 'CN' }],
          ['acc_nobody', { state: 'unknown' }],
          ['acc_later', { state: 'unchecked', reason: 'offline' }],
        ]),
      }),
    );
    expect(violations.map((violation) => violation.message)).toEqual([
      'No account has the id acc_nobody: correct or remove it.',
      'The accounts acc_later could not be checked: try again.',
    ]);
  });

  it('asks a recipient outside a listed account’s country for that destination and a safeguard', () => {
    const abroad = facts({
      recipient: recipient('authorized_partner', 'US'),
      accounts: new Map<string, AccountCheck>([['acc_one', { state: 'found', country: 'DE' }]]),
    });
    const violations = disclosureRuleViolations(valid({ recipientId: 'rcp_authorized_partner' }), abroad);
    expect(violations.map((violation) => violation.field)).toEqual([
      'crossBorderCountry',
      'crossBorderSafeguard',
    ]);
    expect(violations[0]?.message).toContain('give US as the destination country');
    expect(violations[0]?.message).toContain(policyClauses.crossBorder);
    expect(
      fields(valid({ crossBorderCountry: 'FR', crossBorderSafeguard: 'standard_contract' }), abroad),
    ).toEqual(['crossBorderCountry']);
    expect(
      fields(valid({ crossBorderCountry: 'us', crossBorderSafeguard: 'standard_contract' }), abroad),
    ).toEqual([]);
  });

  it('refuses accounts on de-identified data, with the de-identification clause', () => {
    const violations = disclosureRuleViolations(valid({ deidentified: true }), facts());
    expect(violations.map((violation) => violation.field)).toEqual(['accountIds']);
    expect(violations[0]?.message).toContain(policyClauses.deidentified);
    expect(
      disclosureRuleViolations(valid({ deidentified: true, accountIds: [] }), facts({ accounts: new Map() })),
    ).toEqual([]);
  });

  it('keeps a public disclosure off contract and M&A bases', () => {
    for (const legalBasis of ['contract', 'merger_acquisition'] as const) {
      expect(
        fields(valid({ kind: 'public_disclosure', legalBasis }), facts({ recipient: recipient('public') })),
      ).toContain('legalBasis');
    }
    expect(
      fields(
        valid({ kind: 'public_disclosure', legalBasis: 'legal_obligation' }),
        facts({ recipient: recipient('public') }),
      ),
    ).toEqual([]);
  });

  it('sends an M&A only to an acquirer, as a transfer', () => {
    expect(fields(valid({ legalBasis: 'merger_acquisition', kind: 'share' }), facts())).toEqual([
      'recipientId',
      'kind',
    ]);
    expect(
      fields(
        valid({ legalBasis: 'merger_acquisition', kind: 'transfer' }),
        facts({ recipient: recipient('acquirer') }),
      ),
    ).toEqual([]);
  });

  it('refuses a time in the future by the server’s clock', () => {
    expect(fields(valid({ occurredAt: toLocalInput(now + 5 * 60_000) }), facts())).toEqual(['occurredAt']);
    // The browser's clock is irrelevant: only the server time passed in counts.
    expect(
      fields(valid({ occurredAt: toLocalInput(now + 5 * 60_000) }), facts({ nowMs: now + 10 * 60_000 })),
    ).toEqual([]);
  });

  it('counts at least as many people as listed accounts', () => {
    const two = new Map<string, AccountCheck>([
      ['acc_one', { state: 'found', country: 'CN' }],
      ['acc_two', { state: 'found', country: 'CN' }],
    ]);
    expect(
      fields(valid({ accountIds: ['acc_one', 'acc_two'], subjectCount: '1' }), facts({ accounts: two })),
    ).toEqual(['subjectCount']);
    expect(
      fields(valid({ accountIds: ['acc_one', 'acc_two'], subjectCount: '5000' }), facts({ accounts: two })),
    ).toEqual([]);
  });
});

describe('the legal bases offered', () => {
  it('offers M&A only for a transfer to an acquirer', () => {
    expect(offeredLegalBases('transfer', 'acquirer')).toContain('merger_acquisition');
    expect(offeredLegalBases('share', 'acquirer')).not.toContain('merger_acquisition');
    expect(offeredLegalBases('transfer', 'seller')).not.toContain('merger_acquisition');
  });

  it('offers neither contract nor M&A for a public disclosure, and consent and the law still', () => {
    const bases = offeredLegalBases('public_disclosure', 'public');
    expect(bases).not.toContain('contract');
    expect(bases).not.toContain('merger_acquisition');
    expect(bases).toEqual(expect.arrayContaining(['consent', 'legal_obligation', 'public_interest']));
  });
});

describe('consent held at a time', () => {
  const event = (
    at: string,
    action: ConsentEvent['action'],
    purposeId: PurposeId = 'partner_sharing',
  ): ConsentEvent => ({
    id: `evt_${at}`,
    at,
    purposeId,
    action,
    source: 'registration',
    channel: 'web',
    policyVersion: '2026.1',
    noticeText: '',
    ip: '',
    userAgent: '',
  });
  const log = [
    event('2026-03-01T10:00:00Z', 'withdrawn'),
    event('2026-01-01T10:00:00Z', 'granted'),
    event('2026-02-01T10:00:00Z', 'reconsent_requested'),
    event('2026-04-01T10:00:00Z', 'granted', 'affiliate_sharing'),
  ];

  it('reads the last grant, withdrawal or expiry at or before the time, in any order of the log', () => {
    expect(consentHeldAt(log, 'partner_sharing', Date.parse('2025-12-31T00:00:00Z'))).toBe(false);
    expect(consentHeldAt(log, 'partner_sharing', Date.parse('2026-01-01T10:00:00Z'))).toBe(true);
    expect(consentHeldAt(log, 'partner_sharing', Date.parse('2026-02-15T00:00:00Z'))).toBe(true);
    expect(consentHeldAt(log, 'partner_sharing', Date.parse('2026-03-02T00:00:00Z'))).toBe(false);
    expect(consentHeldAt(log, 'affiliate_sharing', Date.parse('2026-03-02T00:00:00Z'))).toBe(false);
  });

  it('counts an expired grant as not held', () => {
    expect(
      consentHeldAt(
        [event('2026-01-01T00:00:00Z', 'granted'), event('2026-06-01T00:00:00Z', 'expired')],
        'partner_sharing',
        Date.parse('2026-07-01T00:00:00Z'),
      ),
    ).toBe(false);
  });
});
