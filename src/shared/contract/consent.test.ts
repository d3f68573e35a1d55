import { describe, expect, it } from 'vitest';
import {
  consentEventPageSchema,
  consentReceiptSchema,
  consentWithdrawalRequestSchema,
  currentConsentListSchema,
  isRequiredPurpose,
  purposeListSchema,
} from './consent';
import { issuePaths, consentEvent } from './contract-test-data';

describe('consent', () => {
  it('parses purposes, current consents and the event history', () => {
    expect(
      purposeListSchema.parse([
        {
          id: 'essential_cookies',
          name: 'Essential cookies',
          description: 'Keep you signed in',
          required: true,
          since: '2024.1',
        },
      ]),
    ).toHaveLength(1);
    const consents = currentConsentListSchema.parse([
      {
        purposeId: 'marketing_email',
        state: 'granted',
        since: '2026-06-01T09:00:00.000Z',
        policyVersion: '2026.2',
      },
      { purposeId: 'partner_sharing', state: 'not_asked', since: null, policyVersion: null },
    ]);
    expect(consents[1]?.state).toBe('not_asked');
    const events = consentEventPageSchema.parse({
      items: [
        {
          ...consentEvent,
          id: 'evt_c_92',
          action: 'withdrawn',
          source: 'support_request',
          channel: 'phone',
          recordedBy: 'stf_support1',
        },
        consentEvent,
      ],
      page: 1,
      pageSize: 50,
      total: 2,
    });
    expect(events.items[0]?.recordedBy).toBe('stf_support1');
  });

  it('refuses unknown purposes, actions, sources and channels', () => {
    expect(
      issuePaths(consentEventPageSchema, {
        items: [{ ...consentEvent, purposeId: 'newsletter' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.purposeId']);
    expect(
      issuePaths(consentEventPageSchema, {
        items: [{ ...consentEvent, action: 'revoked' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.action']);
    expect(
      issuePaths(consentEventPageSchema, {
        items: [{ ...consentEvent, source: 'import' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.source']);
    expect(
      issuePaths(consentEventPageSchema, {
        items: [{ ...consentEvent, channel: 'fax' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.channel']);
  });

  it('lets staff record a withdrawal, never a grant, saying how the customer asked', () => {
    expect(
      consentWithdrawalRequestSchema.safeParse({
        purposeId: 'marketing_email',
        action: 'withdrawn',
        channel: 'phone',
        reason: 'Customer asked by phone',
      }).success,
    ).toBe(true);
    expect(
      issuePaths(consentWithdrawalRequestSchema, {
        purposeId: 'marketing_email',
        action: 'granted',
        channel: 'phone',
        reason: 'Customer asked by phone',
      }),
    ).toEqual(['action']);
    expect(
      issuePaths(consentWithdrawalRequestSchema, {
        purposeId: 'marketing_email',
        action: 'withdrawn',
        channel: 'letter',
      }),
    ).toEqual(['reason']);
    // How the customer asked is required, and a device channel is not a way of asking staff.
    for (const channel of [undefined, 'web', 'ios']) {
      expect(
        issuePaths(consentWithdrawalRequestSchema, {
          purposeId: 'marketing_email',
          action: 'withdrawn',
          channel,
          reason: 'Customer asked',
        }),
      ).toEqual(['channel']);
    }
    expect(isRequiredPurpose('essential_cookies')).toBe(true);
    expect(isRequiredPurpose('marketing_email')).toBe(false);
  });

  it('parses a staff-recorded withdrawal: how the customer asked, the reason, no notice or device', () => {
    const recorded = consentEventPageSchema.parse({
      items: [
        {
          ...consentEvent,
          action: 'withdrawn',
          source: 'support_request',
          channel: 'in_person',
          noticeText: '',
          ip: '',
          userAgent: '',
          recordedBy: 'stf_000001',
          reason: 'Asked at the Lyon store, ID checked',
        },
      ],
      page: 1,
      pageSize: 50,
      total: 1,
    }).items[0];
    expect(recorded).toMatchObject({ channel: 'in_person', reason: 'Asked at the Lyon store, ID checked' });
  });

  it('parses a consent receipt', () => {
    const receipt = consentReceiptSchema.parse({
      accountId: 'acc_000123',
      generatedAt: '2026-11-25T09:30:00.000Z',
      generatedBy: 'stf_support1',
      consents: [
        {
          purposeId: 'marketing_email',
          state: 'granted',
          since: '2026-06-01T09:00:00.000Z',
          policyVersion: '2026.2',
        },
      ],
      events: [consentEvent],
    });
    expect(receipt.events).toHaveLength(1);
    expect(
      consentReceiptSchema.safeParse({
        accountId: 'acc_000123',
        generatedAt: '2026-11-25T09:30:00.000Z',
        generatedBy: 'stf_support1',
        consents: [],
      }).success,
    ).toBe(false);
  });
});
