import type * as z from 'zod/mini';

/**
 * Raw replies and request bodies as the API sends or receives them (JSON, not typed records),
 * shared by the contract's tests of each resource (`<resource>.test.ts`), plus two helpers.
 * The tests parse these with the schemas; keep them plain objects.
 */

/** A copy of `record` without `keys`, to test a missing field. */
export function without(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** The paths of the issues a schema reports, as the mock turns them into `errors[].field`. */
export function issuePaths(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

export const device = {
  id: 'dev_8f2a',
  kind: 'mobile',
  os: 'iOS 19.1',
  browser: 'Safari 19',
  macAddress: '3C:22:FB:**:**:**',
  firstSeenAt: '2026-03-02T08:11:00.000Z',
  lastSeenAt: '2026-11-24T21:40:12.000Z',
  trusted: true,
};

export const accountSummary = {
  id: 'acc_000123',
  email: 'j***@example.com',
  name: 'J*** Chen',
  phone: '+86 138****5678',
  status: 'active',
  emailVerified: true,
  country: 'CN',
  language: 'zh-CN',
  createdAt: '2025-01-15T10:00:00.000Z',
  lastSeenAt: '2026-11-24T21:40:12.000Z',
  riskScore: 12,
  openAlertCount: 1,
};

export const alert = {
  id: 'alr_004711',
  version: 3,
  type: 'new_device',
  severity: 'high',
  status: 'acknowledged',
  title: 'Sign-in from a new device in another country',
  accountId: 'acc_000123',
  detectedAt: '2026-11-24T22:01:00.000Z',
  updatedAt: '2026-11-25T08:15:30.000Z',
  assigneeId: 'stf_analyst1',
  riskScore: 78,
  evidence: {
    urls: [],
    device,
    ip: '203.0.113.***',
    location: 'Lagos, NG',
    events: [{ at: '2026-11-24T22:00:41.000Z', description: 'Password sign-in from an unknown device' }],
  },
};

export const consentEvent = {
  id: 'evt_c_91',
  at: '2026-06-01T09:00:00.000Z',
  purposeId: 'marketing_email',
  action: 'granted',
  source: 'settings',
  channel: 'web',
  policyVersion: '2026.2',
  noticeText: 'Send me news about offers by email. You can stop this at any time.',
  ip: '198.51.100.***',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
};

export const policy = {
  id: 'pol_2026_3',
  label: '2026.3',
  version: 4,
  status: 'approved',
  title: 'Privacy Policy',
  summary: 'Adds partner sharing for delivery tracking.',
  authorId: 'stf_legal1',
  reviewerId: 'stf_dpo1',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-20T09:00:00.000Z',
  submittedAt: '2026-10-15T09:00:00.000Z',
  approvedAt: '2026-10-20T09:00:00.000Z',
  significant: true,
  changeCategories: ['purpose_or_use', 'recipients'],
  basedOn: 'pol_2026_2',
};

export const incident = {
  id: 'inc_000042',
  version: 2,
  title: 'Credential stuffing against the sign-in page',
  severity: 'critical',
  status: 'assessing',
  detectedAt: '2026-11-24T22:00:00.000Z',
  awareAt: '2026-11-24T23:00:00.000Z',
  nature: 'Unauthorised sign-ins with reused passwords',
  dataCategories: ['email', 'order history'],
  affectedAccountCount: 2,
  affectedAccountIds: ['acc_000123', 'acc_000456'],
  likelyConsequences: 'Orders placed in the customer’s name',
  measuresTaken: 'Sessions revoked, passwords reset',
  linkedAlertIds: ['alr_004711'],
  regulatorDeadlineAt: '2026-11-27T23:00:00.000Z',
  timeline: [{ at: '2026-11-24T23:00:00.000Z', actorId: 'stf_analyst1', text: 'Incident opened' }],
};

export const noticeContent = {
  natureAndImpact: 'Someone signed in to your account with your password.',
  measuresTaken: 'We signed out every session and reset your password.',
  userSuggestions: 'Choose a new password you use nowhere else.',
  remedies: 'Orders placed without your consent are refunded.',
  contact: 'privacy@digfashions.example',
};
