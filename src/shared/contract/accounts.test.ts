import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  activityPageSchema,
  lockAccountRequestSchema,
  revealRequestSchema,
  revealResponseSchema,
} from './accounts';
import { issuePaths, device, accountSummary } from './contract-test-data';

describe('accounts', () => {
  it('parses a list page and an account with devices', () => {
    expect(
      accountPageSchema.parse({ items: [accountSummary], page: 1, pageSize: 50, total: 1 }).items,
    ).toHaveLength(1);
    const account = accountSchema.parse({
      ...accountSummary,
      status: 'locked',
      version: 7,
      registration: { method: 'email', verificationSentAt: '2025-01-15T10:00:05.000Z', verifiedAt: null },
      devices: [device],
      retention: { deleteAfter: '2029-01-15T00:00:00.000Z', reason: 'Three years after the last order' },
      lockedReason: 'Account takeover suspected',
    });
    expect(account.devices[0]?.macAddress).toBe('3C:22:FB:**:**:**');
    expect(account.registration.verifiedAt).toBeNull();
  });

  it('refuses an unknown status, a risk score over 100 and a missing version', () => {
    expect(
      accountPageSchema.safeParse({
        items: [{ ...accountSummary, status: 'suspended' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }).success,
    ).toBe(false);
    expect(
      accountPageSchema.safeParse({
        items: [{ ...accountSummary, riskScore: 101 }],
        page: 1,
        pageSize: 50,
        total: 1,
      }).success,
    ).toBe(false);
    expect(
      issuePaths(accountSchema, { ...accountSummary, registration: {}, devices: [], retention: {} }),
    ).toContain('version');
  });

  it('parses the access log with optional url and search term', () => {
    const page = activityPageSchema.parse({
      items: [
        {
          id: 'evt_a1',
          at: '2026-11-24T21:40:12.000Z',
          type: 'search',
          ip: '203.0.113.***',
          browser: 'Safari 19',
          telecomOperator: 'China Mobile',
          language: 'zh-CN',
          searchTerm: 'l***',
        },
        {
          id: 'evt_a2',
          at: '2026-11-24T21:41:00.000Z',
          type: 'page_view',
          ip: '203.0.113.***',
          browser: 'Safari 19',
          telecomOperator: 'China Mobile',
          language: 'zh-CN',
          url: '/p/123',
        },
      ],
      page: 1,
      pageSize: 50,
      total: 2,
    });
    expect(page.items[1]?.url).toBe('/p/123');
  });

  it('requires a reveal reason of at least 10 characters, not counting surrounding spaces', () => {
    expect(
      revealRequestSchema.safeParse({ field: 'email', reason: 'Customer called to verify identity' }).success,
    ).toBe(true);
    expect(issuePaths(revealRequestSchema, { field: 'email', reason: 'checking' })).toEqual(['reason']);
    expect(issuePaths(revealRequestSchema, { field: 'phone', reason: '   short    ' })).toEqual(['reason']);
  });

  it('requires a target for MAC and IP reveals and refuses one elsewhere', () => {
    const reason = 'Investigating alert alr_004711';
    expect(revealRequestSchema.safeParse({ field: 'macAddress', targetId: 'dev_8f2a', reason }).success).toBe(
      true,
    );
    expect(revealRequestSchema.safeParse({ field: 'ip', targetId: 'alr_004711', reason }).success).toBe(true);
    expect(issuePaths(revealRequestSchema, { field: 'macAddress', reason })).toEqual(['targetId']);
    expect(issuePaths(revealRequestSchema, { field: 'searchHistory', targetId: 'evt_a1', reason })).toEqual([
      'targetId',
    ]);
    expect(issuePaths(revealRequestSchema, { field: 'name', reason })).toEqual(['field']);
  });

  it('reads one value, or the values of the search history', () => {
    expect(revealResponseSchema.parse({ field: 'email', value: 'jing.chen@example.com' })).toEqual({
      field: 'email',
      value: 'jing.chen@example.com',
    });
    expect(
      revealResponseSchema.parse({ field: 'searchHistory', values: ['linen dress', 'sandals'] }),
    ).toEqual({ field: 'searchHistory', values: ['linen dress', 'sandals'] });
    expect(revealResponseSchema.safeParse({ field: 'searchHistory', value: 'linen dress' }).success).toBe(
      false,
    );
  });

  it('needs a reason to lock', () => {
    expect(lockAccountRequestSchema.safeParse({ reason: 'Takeover confirmed' }).success).toBe(true);
    expect(issuePaths(lockAccountRequestSchema, { reason: '  ' })).toEqual(['reason']);
  });
});
