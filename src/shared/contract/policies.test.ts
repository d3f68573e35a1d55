import { describe, expect, it } from 'vitest';
import {
  policyVersionListSchema,
  policyVersionSchema,
  publishPolicyProblems,
  publishPolicyRequestSchema,
  policyVersionSummarySchema,
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
