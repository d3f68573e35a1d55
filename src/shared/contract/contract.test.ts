import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  accountPageSchema,
  accountSchema,
  activityPageSchema,
  lockAccountRequestSchema,
  revealRequestSchema,
  revealResponseSchema,
} from './accounts';
import {
  alertBulkRequestSchema,
  alertBulkResponseSchema,
  alertCountsSchema,
  alertEscalateRequestSchema,
  alertNoteRequestSchema,
  alertPageSchema,
  alertPatchSchema,
  alertSchema,
  alertStatuses,
  alertTransitions,
  canMoveAlert,
} from './alerts';
import type { AlertStatus } from './alerts';
import {
  consentEventPageSchema,
  consentReceiptSchema,
  consentWithdrawalRequestSchema,
  currentConsentListSchema,
  isRequiredPurpose,
  purposeListSchema,
} from './consent';
import { createDisclosureRequestSchema, disclosurePageSchema, recipientListSchema } from './disclosures';
import {
  createIncidentRequestSchema,
  createNoticeRequestSchema,
  incidentSchema,
  missingNoticeParts,
  noticeDraftSchema,
  notificationBatchSchema,
  patchIncidentRequestSchema,
  regulatorReportIsLate,
  regulatorReportRequestSchema,
} from './incidents';
import { inquiryPageSchema, inquiryReplyRequestSchema, patchInquiryRequestSchema } from './inquiries';
import {
  policyVersionListSchema,
  policyVersionSchema,
  publishPolicyProblems,
  publishPolicyRequestSchema,
  policyVersionSummarySchema,
  rejectPolicyRequestSchema,
  updatePolicyRequestSchema,
} from './policies';
import { overviewStatsSchema } from './stats';

/** A copy of `record` without `keys`, to test a missing field. */
function without(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** The paths of the issues a schema reports, as the mock turns them into `errors[].field`. */
function issuePaths(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

const device = {
  id: 'dev_8f2a',
  kind: 'mobile',
  os: 'iOS 19.1',
  browser: 'Safari 19',
  macAddress: '3C:22:FB:**:**:**',
  firstSeenAt: '2026-03-02T08:11:00.000Z',
  lastSeenAt: '2026-11-24T21:40:12.000Z',
  trusted: true,
};

const accountSummary = {
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

const alert = {
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

const consentEvent = {
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

const policy = {
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

const incident = {
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

const noticeContent = {
  natureAndImpact: 'Someone signed in to your account with your password.',
  measuresTaken: 'We signed out every session and reset your password.',
  userSuggestions: 'Choose a new password you use nowhere else.',
  remedies: 'Orders placed without your consent are refunded.',
  contact: 'privacy@digfashions.example',
};

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

  it('lets staff record a withdrawal, never a grant', () => {
    expect(
      consentWithdrawalRequestSchema.safeParse({
        purposeId: 'marketing_email',
        action: 'withdrawn',
        reason: 'Customer asked by phone',
      }).success,
    ).toBe(true);
    expect(
      issuePaths(consentWithdrawalRequestSchema, {
        purposeId: 'marketing_email',
        action: 'granted',
        reason: 'Customer asked by phone',
      }),
    ).toEqual(['action']);
    expect(
      issuePaths(consentWithdrawalRequestSchema, { purposeId: 'marketing_email', action: 'withdrawn' }),
    ).toEqual(['reason']);
    expect(isRequiredPurpose('essential_cookies')).toBe(true);
    expect(isRequiredPurpose('marketing_email')).toBe(false);
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

describe('alerts', () => {
  it('parses an alert page, counts and a bulk reply with partial failure', () => {
    expect(alertPageSchema.parse({ items: [alert], page: 2, pageSize: 50, total: 120 }).total).toBe(120);
    expect(
      alertCountsSchema.parse({ new: 4, acknowledged: 2, escalated: 1, resolved: 30, dismissed: 8 }).new,
    ).toBe(4);
    const bulk = alertBulkResponseSchema.parse({
      updated: [alert],
      failed: [
        {
          id: 'alr_004712',
          problem: {
            type: 'https://api.digfashions.example/problems/precondition-failed',
            title: 'Stale version',
            status: 412,
          },
        },
      ],
    });
    expect(bulk.failed[0]?.problem.status).toBe(412);
  });

  it('refuses an unknown type, severity or status, and a missing evidence', () => {
    expect(issuePaths(alertSchema, { ...alert, type: 'malware' })).toEqual(['type']);
    expect(issuePaths(alertSchema, { ...alert, severity: 'urgent' })).toEqual(['severity']);
    expect(issuePaths(alertSchema, { ...alert, status: 'closed' })).toEqual(['status']);
    expect(issuePaths(alertSchema, without(alert, 'evidence'))).toEqual(['evidence']);
  });

  it('allows exactly the moves API.md lists', () => {
    const allowed: [AlertStatus, AlertStatus][] = [
      ['new', 'acknowledged'],
      ['new', 'dismissed'],
      ['acknowledged', 'escalated'],
      ['acknowledged', 'resolved'],
      ['acknowledged', 'dismissed'],
      ['escalated', 'resolved'],
      ['resolved', 'acknowledged'],
      ['dismissed', 'acknowledged'],
    ];
    for (const from of alertStatuses) {
      for (const to of alertStatuses) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canMoveAlert(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(alertTransitions.escalated).toEqual(['resolved']);
  });

  it('needs a resolution to resolve and a note to dismiss', () => {
    expect(alertPatchSchema.safeParse({ status: 'resolved', resolution: 'false_positive' }).success).toBe(
      true,
    );
    expect(issuePaths(alertPatchSchema, { status: 'resolved' })).toEqual(['resolution']);
    expect(issuePaths(alertPatchSchema, { status: 'dismissed' })).toEqual(['note']);
    expect(issuePaths(alertPatchSchema, { status: 'dismissed', note: '   ' })).toContain('note');
    expect(alertPatchSchema.safeParse({ status: 'dismissed', note: 'Known test account' }).success).toBe(
      true,
    );
    expect(alertPatchSchema.safeParse({ assigneeId: null }).success).toBe(true);
    expect(alertPatchSchema.safeParse({}).success).toBe(false);
  });

  it('limits notes to 5,000 characters and bulk changes to 500 alerts', () => {
    expect(alertNoteRequestSchema.safeParse({ body: 'x'.repeat(5000) }).success).toBe(true);
    expect(issuePaths(alertNoteRequestSchema, { body: 'x'.repeat(5001) })).toEqual(['body']);
    const items = Array.from({ length: 501 }, (_, i) => ({ id: `alr_${String(i)}`, version: 1 }));
    expect(issuePaths(alertBulkRequestSchema, { items, patch: { status: 'acknowledged' } })).toEqual([
      'items',
    ]);
    expect(
      alertBulkRequestSchema.safeParse({ items: items.slice(0, 500), patch: { status: 'acknowledged' } })
        .success,
    ).toBe(true);
    expect(
      issuePaths(alertBulkRequestSchema, { items: items.slice(0, 2), patch: { status: 'dismissed' } }),
    ).toEqual(['patch.note']);
  });

  it('escalates to an existing incident or a new one, not both', () => {
    expect(alertEscalateRequestSchema.safeParse({ incidentId: 'inc_000042' }).success).toBe(true);
    expect(
      alertEscalateRequestSchema.safeParse({ newIncident: { title: 'Takeover wave', severity: 'critical' } })
        .success,
    ).toBe(true);
    expect(
      alertEscalateRequestSchema.safeParse({
        incidentId: 'inc_000042',
        newIncident: { title: 'Takeover wave', severity: 'critical' },
      }).success,
    ).toBe(false);
    expect(alertEscalateRequestSchema.safeParse({}).success).toBe(false);
    expect(alertEscalateRequestSchema.safeParse({ incidentId: 'alr_004711' }).success).toBe(false);
  });
});

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

describe('policies', () => {
  const notice = {
    channels: ['email', 'site_banner'],
    sendAt: '2026-12-01T09:00:00.000Z',
    reconsentPurposes: ['partner_sharing'],
  };

  it('parses the list without body and a version with body', () => {
    expect(policyVersionListSchema.parse([policy])[0]).not.toHaveProperty('body');
    const full = policyVersionSchema.parse({
      ...policy,
      status: 'scheduled',
      body: '# Privacy Policy\n…',
      notice,
      effectiveAt: '2026-12-10T00:00:00.000Z',
    });
    expect(full.notice?.channels).toEqual(['email', 'site_banner']);
    expect(issuePaths(policyVersionSchema, policy)).toEqual(['body']);
    expect(issuePaths(policyVersionSchema, { ...policy, body: '', status: 'retired' })).toEqual(['status']);
    expect(issuePaths(policyVersionSchema, { ...policy, body: '', changeCategories: ['pricing'] })).toEqual([
      'changeCategories.0',
    ]);
  });

  it('validates the draft, review and publish bodies', () => {
    expect(
      updatePolicyRequestSchema.safeParse({
        title: 'Privacy Policy',
        summary: '',
        body: '…',
        significant: false,
        changeCategories: [],
      }).success,
    ).toBe(true);
    expect(
      issuePaths(updatePolicyRequestSchema, {
        title: 'Privacy Policy',
        summary: '',
        body: '…',
        significant: false,
      }),
    ).toEqual(['changeCategories']);
    expect(issuePaths(rejectPolicyRequestSchema, { comment: '' })).toEqual(['comment']);
    expect(
      publishPolicyRequestSchema.safeParse({ effectiveAt: '2026-12-10T00:00:00.000Z', notice }).success,
    ).toBe(true);
    expect(
      issuePaths(publishPolicyRequestSchema, {
        effectiveAt: '2026-12-10T00:00:00.000Z',
        notice: { ...notice, channels: ['fax'] },
      }),
    ).toEqual(['notice.channels.0']);
  });

  it('applies the publishing rules for significant changes', () => {
    const approved = policyVersionSummarySchema.parse(policy);
    const purposes = [
      { id: 'partner_sharing', since: '2024.1' },
      { id: 'sensitive_data_sharing', since: '2026.3' },
    ] as const;
    const request = publishPolicyRequestSchema.parse({
      effectiveAt: '2026-12-10T00:00:00.000Z',
      notice: { ...notice, reconsentPurposes: ['partner_sharing', 'sensitive_data_sharing'] },
    });
    expect(publishPolicyProblems(approved, request, purposes)).toEqual([]);

    const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
    expect(
      fields(
        publishPolicyProblems(approved, { ...request, effectiveAt: '2026-12-07T00:00:00.000Z' }, purposes),
      ),
    ).toEqual(['effectiveAt']);
    expect(
      fields(
        publishPolicyProblems(
          approved,
          { ...request, notice: { ...request.notice, channels: ['email', 'in_app'] } },
          purposes,
        ),
      ),
    ).toEqual(['notice.channels']);
    expect(
      fields(
        publishPolicyProblems(
          approved,
          { ...request, notice: { ...request.notice, reconsentPurposes: ['partner_sharing'] } },
          purposes,
        ),
      ),
    ).toEqual(['notice.reconsentPurposes']);
    expect(fields(publishPolicyProblems({ ...approved, changeCategories: [] }, request, purposes))).toEqual([
      'changeCategories',
    ]);
    expect(
      fields(
        publishPolicyProblems(
          { ...approved, changeCategories: ['user_rights'] },
          { ...request, notice: { ...request.notice, reconsentPurposes: [] } },
          purposes,
        ),
      ),
    ).toEqual(['notice.reconsentPurposes']);
    // A minor change needs neither a notice period nor a prominent notice.
    expect(
      publishPolicyProblems(
        { ...approved, significant: false, changeCategories: [] },
        {
          ...request,
          effectiveAt: '2026-12-01T09:00:00.000Z',
          notice: { ...request.notice, channels: ['in_app'] },
        },
        purposes,
      ),
    ).toEqual([]);
  });
});

describe('incidents', () => {
  it('parses an incident, a notice draft and a notification batch', () => {
    expect(incidentSchema.parse(incident).regulatorDeadlineAt).toBe('2026-11-27T23:00:00.000Z');
    expect(issuePaths(incidentSchema, { ...incident, status: 'resolved' })).toEqual(['status']);
    expect(issuePaths(incidentSchema, without(incident, 'awareAt'))).toEqual(['awareAt']);
    expect(
      noticeDraftSchema.parse({
        id: 'ntc_1',
        version: 1,
        status: 'draft',
        audience: 'all_affected',
        channels: ['email', 'push'],
        content: { ...noticeContent, remedies: '' },
        authorId: 'stf_analyst1',
      }).status,
    ).toBe('draft');
    expect(
      notificationBatchSchema.parse({
        id: 'bat_1',
        noticeId: 'ntc_1',
        status: 'sending',
        total: 2000,
        sent: 800,
        delivered: 760,
        failed: 3,
        startedAt: '2026-11-25T10:00:00.000Z',
      }).finishedAt,
    ).toBeUndefined();
    expect(
      notificationBatchSchema.safeParse({
        id: 'bat_1',
        noticeId: 'ntc_1',
        status: 'paused',
        total: 1,
        sent: 0,
        delivered: 0,
        failed: 0,
        startedAt: '2026-11-25T10:00:00.000Z',
      }).success,
    ).toBe(false);
  });

  it('validates create and patch bodies', () => {
    expect(
      createIncidentRequestSchema.safeParse({
        title: 'Takeover wave',
        severity: 'high',
        linkedAlertIds: ['alr_004711'],
      }).success,
    ).toBe(true);
    expect(issuePaths(createIncidentRequestSchema, { title: 'Takeover wave' })).toEqual(['severity']);
    expect(
      patchIncidentRequestSchema.safeParse({ status: 'notifying', measuresTaken: 'Passwords reset' }).success,
    ).toBe(true);
    expect(patchIncidentRequestSchema.safeParse({}).success).toBe(false);
  });

  it('needs a reason for a public announcement and accounts for a named audience', () => {
    expect(
      createNoticeRequestSchema.safeParse({
        audience: 'all_affected',
        channels: ['email'],
        content: noticeContent,
      }).success,
    ).toBe(true);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'public',
        channels: ['public_announcement'],
        content: noticeContent,
      }),
    ).toEqual(['publicReason']);
    expect(
      createNoticeRequestSchema.safeParse({
        audience: 'public',
        channels: ['public_announcement'],
        content: noticeContent,
        publicReason: 'Contact details of most affected customers are unknown',
      }).success,
    ).toBe(true);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'account_ids',
        accountIds: [],
        channels: ['email'],
        content: noticeContent,
      }),
    ).toEqual(['accountIds']);
    expect(
      issuePaths(createNoticeRequestSchema, {
        audience: 'all_affected',
        channels: [],
        content: noticeContent,
      }),
    ).toEqual(['channels']);
  });

  it('names the notice parts still missing before approval', () => {
    expect(missingNoticeParts(noticeContent)).toEqual([]);
    expect(missingNoticeParts({ ...noticeContent, remedies: ' ', contact: '' })).toEqual([
      'remedies',
      'contact',
    ]);
  });

  it('validates a regulator report and tells when it is late', () => {
    const report = {
      authority: 'CAC Shanghai',
      submittedAt: '2026-11-26T10:00:00.000Z',
      reference: 'CAC-2026-0042',
      contentSummary: 'Initial report',
    };
    expect(regulatorReportRequestSchema.safeParse(report).success).toBe(true);
    expect(issuePaths(regulatorReportRequestSchema, { ...report, reference: '' })).toEqual(['reference']);
    expect(regulatorReportIsLate(incident, report.submittedAt)).toBe(false);
    expect(regulatorReportIsLate(incident, '2026-11-28T00:00:00.000Z')).toBe(true);
  });
});

describe('inquiries', () => {
  const inquiry = {
    id: 'inq_000077',
    version: 1,
    accountId: 'acc_000123',
    email: 'j***@example.com',
    kind: 'deletion',
    channel: 'web_form',
    receivedAt: '2026-11-20T08:00:00.000Z',
    dueAt: '2026-12-05T08:00:00.000Z',
    status: 'open',
    subject: 'Please delete my account',
    body: 'I no longer use the shop.',
    replies: [
      { at: '2026-11-21T09:00:00.000Z', authorId: 'stf_support1', body: 'We have received your request.' },
    ],
  };

  it('parses a page and refuses an unknown kind', () => {
    expect(
      inquiryPageSchema.parse({
        items: [inquiry, { ...inquiry, id: 'inq_000078', accountId: undefined }],
        page: 1,
        pageSize: 50,
        total: 2,
      }).items,
    ).toHaveLength(2);
    expect(
      issuePaths(inquiryPageSchema, {
        items: [{ ...inquiry, kind: 'refund' }],
        page: 1,
        pageSize: 50,
        total: 1,
      }),
    ).toEqual(['items.0.kind']);
  });

  it('validates the patch and reply bodies', () => {
    expect(patchInquiryRequestSchema.safeParse({ assigneeId: null }).success).toBe(true);
    expect(
      patchInquiryRequestSchema.safeParse({ status: 'answered', assigneeId: 'stf_support1' }).success,
    ).toBe(true);
    expect(issuePaths(patchInquiryRequestSchema, { status: 'pending' })).toEqual(['status']);
    expect(issuePaths(inquiryReplyRequestSchema, { body: '' })).toEqual(['body']);
  });
});

describe('overview stats', () => {
  const stats = {
    from: '2026-10-26T00:00:00.000Z',
    to: '2026-11-25T00:00:00.000Z',
    generatedAt: '2026-11-25T09:30:00.000Z',
    openAlertsBySeverity: { low: 40, medium: 25, high: 9, critical: 2 },
    alertsPerDay: [{ date: '2026-11-24', low: 10, medium: 4, high: 2, critical: 0 }],
    alertResponseTimes: { medianSecondsToAcknowledge: 1260, medianSecondsToResolve: null },
    consentRateByWeek: [
      { weekStart: '2026-11-16', purposeId: 'marketing_email', granted: 420, asked: 1000, rate: 0.42 },
    ],
    disclosuresPerMonth: [
      {
        month: '2026-11',
        seller: 300,
        affiliate: 20,
        authorized_partner: 45,
        authority: 2,
        acquirer: 0,
        public: 0,
      },
    ],
    openIncidents: [
      {
        id: 'inc_000042',
        title: 'Credential stuffing',
        severity: 'critical',
        status: 'assessing',
        awareAt: '2026-11-24T23:00:00.000Z',
        regulatorDeadlineAt: '2026-11-27T23:00:00.000Z',
        regulatorReportFiled: false,
      },
    ],
    inquiriesByDaysLeft: [
      { daysLeft: -1, count: 1 },
      { daysLeft: 2, count: 5 },
    ],
  };

  it('parses every section, and a reply without the sections a role may not read', () => {
    expect(overviewStatsSchema.parse(stats).openAlertsBySeverity?.critical).toBe(2);
    const support = without(
      stats,
      'openAlertsBySeverity',
      'alertsPerDay',
      'alertResponseTimes',
      'disclosuresPerMonth',
      'openIncidents',
    );
    const parsed = overviewStatsSchema.parse(support);
    expect(parsed.openIncidents).toBeUndefined();
    expect(parsed.inquiriesByDaysLeft).toHaveLength(2);
  });

  it('refuses malformed series', () => {
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        alertsPerDay: [{ date: '24/11/2026', low: 1, medium: 0, high: 0, critical: 0 }],
      }),
    ).toEqual(['alertsPerDay.0.date']);
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        consentRateByWeek: [{ ...stats.consentRateByWeek[0], rate: 1.5 }],
      }),
    ).toEqual(['consentRateByWeek.0.rate']);
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        disclosuresPerMonth: [{ ...stats.disclosuresPerMonth[0], month: '2026-13' }],
      }),
    ).toEqual(['disclosuresPerMonth.0.month']);
  });
});
