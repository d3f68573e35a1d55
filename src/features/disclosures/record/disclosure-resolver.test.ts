import { describe, expect, it } from 'vitest';
import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import type { Recipient } from '@/shared/contract/disclosures';
import { disclosureFormErrors } from './disclosure-resolver';
import { toLocalInput } from '@/shared/lib/format';
import { emptyDisclosureForm, toRequest, type DisclosureFormValues } from './form-values';
import type { RuleFactSources } from './rule-facts';

const now = Date.parse('2026-11-30T12:00:00Z');
const seller: Recipient = {
  id: 'rcp_s',
  name: 'Seller',
  category: 'seller',
  country: 'CN',
  agreementRef: 'DPA-1',
};
const grant = (at: string, purposeId: PurposeId): ConsentEvent => ({
  id: `evt_${purposeId}`,
  at,
  purposeId,
  action: 'granted',
  source: 'registration',
  channel: 'web',
  policyVersion: '2026.1',
  noticeText: '',
  ip: '',
  userAgent: '',
});

function sources(logs: Record<string, readonly ConsentEvent[]> = {}): RuleFactSources & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    recipients: [seller],
    account: (id) =>
      Promise.resolve(id === 'acc_gone' ? { state: 'unknown' } : { state: 'found', country: 'CN' }),
    consentLog: (id, purposeId) => {
      asked.push(`${id}:${purposeId}`);
      return Promise.resolve(logs[id] ?? []);
    },
    nowMs: now,
  };
}

const consentShare = (overrides: Partial<DisclosureFormValues> = {}): DisclosureFormValues => ({
  ...emptyDisclosureForm,
  occurredAt: toLocalInput(Date.parse('2026-06-01T00:00:00Z')),
  recipientId: 'rcp_s',
  legalBasis: 'consent',
  purpose: 'Deliver orders',
  dataCategories: ['identity', 'precise_location'],
  accountIds: ['acc_yes', 'acc_half'],
  subjectCount: '2',
  ...overrides,
});

describe('the record form’s validation', () => {
  it('says in plain words what is missing on an empty form', async () => {
    const errors = await disclosureFormErrors({ ...emptyDisclosureForm }, sources());
    expect(errors).toMatchObject({
      occurredAt: 'Give the date and time the data went out',
      recipientId: 'Choose a recipient',
      legalBasis: 'Choose the legal basis',
      purpose: 'State the purpose',
      dataCategories: 'Name at least one data category',
      subjectCount: 'Give the number of people concerned, a whole number of at least 1',
    });
  });

  it('reads each account’s log for every purpose the basis needs, sensitive data included, and names who lacked one', async () => {
    const from = sources({
      acc_yes: [
        grant('2026-01-01T00:00:00Z', 'partner_sharing'),
        grant('2026-01-01T00:00:00Z', 'sensitive_data_sharing'),
      ],
      acc_half: [grant('2026-01-01T00:00:00Z', 'partner_sharing')],
    });
    const errors = await disclosureFormErrors(consentShare(), from);
    expect(from.asked.sort()).toEqual([
      'acc_half:partner_sharing',
      'acc_half:sensitive_data_sharing',
      'acc_yes:partner_sharing',
      'acc_yes:sensitive_data_sharing',
    ]);
    expect(Object.keys(errors)).toEqual(['accountIds']);
    expect(errors.accountIds).toContain('sharing sensitive data');
    expect(errors.accountIds).toContain('acc_half had not');
  });

  it('finds nothing to refuse when every rule holds, and the body is the contract’s', async () => {
    const values = consentShare({ dataCategories: ['identity'] });
    const from = sources({
      acc_yes: [grant('2026-01-01T00:00:00Z', 'partner_sharing')],
      acc_half: [grant('2026-05-01T00:00:00Z', 'partner_sharing')],
    });
    expect(await disclosureFormErrors(values, from)).toEqual({});
    expect(toRequest(values)).toEqual({
      occurredAt: '2026-06-01T00:00:00.000Z',
      kind: 'share',
      recipientId: 'rcp_s',
      legalBasis: 'consent',
      purpose: 'Deliver orders',
      dataCategories: ['identity'],
      accountIds: ['acc_yes', 'acc_half'],
      subjectCount: 2,
      deidentified: false,
      encrypted: false,
      documents: [],
    });
  });

  it('names an unknown account id', async () => {
    const errors = await disclosureFormErrors(
      consentShare({ legalBasis: 'contract', accountIds: ['acc_gone'], subjectCount: '1' }),
      sources(),
    );
    expect(errors).toEqual({ accountIds: 'No account has the id acc_gone: correct or remove it.' });
  });
});
