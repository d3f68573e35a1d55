import { describe, expect, it } from 'vitest';
import {
  policyVersionListSchema,
  policyVersionSchema,
  publishPolicyProblems,
  publishPolicyRequestSchema,
  policyVersionSummarySchema,
  publishPreviewSchema,
  reconsentProgressSchema,
  rejectPolicyRequestSchema,
  updatePolicyRequestSchema,
} from './policies';
import { issuePaths, policy } from './contract-test-data';

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
      history: [
        { at: '2026-11-20T10:00:00.000Z', action: 'created', actorId: 'stf_4d2s6t' },
        {
          at: '2026-11-21T10:00:00.000Z',
          action: 'rejected',
          actorId: 'stf_5e3u7v',
          comment: 'Name the partner',
        },
        { at: '2026-11-22T10:00:00.000Z', action: 'published' },
      ],
      notice,
      effectiveAt: '2026-12-10T00:00:00.000Z',
    });
    expect(full.notice?.channels).toEqual(['email', 'site_banner']);
    expect(full.history.map((entry) => entry.action)).toEqual(['created', 'rejected', 'published']);
    expect(issuePaths(policyVersionSchema, { ...policy, history: [] })).toEqual(['body']);
    expect(issuePaths(policyVersionSchema, { ...policy, body: '' })).toEqual(['history']);
    const withBody = { ...policy, body: '', history: [] };
    expect(issuePaths(policyVersionSchema, { ...withBody, status: 'retired' })).toEqual(['status']);
    expect(issuePaths(policyVersionSchema, { ...withBody, changeCategories: ['pricing'] })).toEqual([
      'changeCategories.0',
    ]);
    expect(
      issuePaths(policyVersionSchema, { ...withBody, history: [{ at: 'yesterday', action: 'edited' }] }),
    ).toEqual(['history.0.at', 'history.0.action']);
  });

  it('parses the publish preview and the re-consent progress', () => {
    const preview = publishPreviewSchema.parse({
      supersedes: 'pol_2026c',
      reconsent: [{ purposeId: 'partner_sharing', accountsToAsk: 41_250 }],
      noticeAudience: { email: 98_500, sms: 61_000 },
    });
    expect(preview.reconsent[0]?.accountsToAsk).toBe(41_250);
    expect(publishPreviewSchema.safeParse({ ...preview, supersedes: null }).success).toBe(true);
    expect(issuePaths(publishPreviewSchema, { ...preview, noticeAudience: { email: -1, sms: 2.5 } })).toEqual(
      ['noticeAudience.email', 'noticeAudience.sms'],
    );
    const progress = [{ purposeId: 'partner_sharing', asked: 10, granted: 4, withdrawn: 1, pending: 5 }];
    expect(reconsentProgressSchema.parse(progress)).toEqual(progress);
    expect(issuePaths(reconsentProgressSchema, [{ ...progress[0], purposeId: 'pricing' }])).toEqual([
      '0.purposeId',
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
