import { describe, expect, it } from 'vitest';
import type { PolicyStatus, PolicyVersionSummary } from '@/shared/contract/policies';
import { groupPolicyVersions, supersededAt, versionInForce } from './policy-groups';

let serial = 0;

/** A listed version with only what grouping reads set meaningfully. */
function version(status: PolicyStatus, label: string, times: Partial<PolicyVersionSummary> = {}) {
  serial += 1;
  const summary: PolicyVersionSummary = {
    id: `pol_${String(serial)}`,
    label,
    version: 1,
    status,
    title: `Version ${label}`,
    summary: '',
    authorId: 'stf_1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    significant: false,
    changeCategories: [],
    ...times,
  };
  return summary;
}

describe('groupPolicyVersions', () => {
  it('puts the version in force first, then drafts, in review, approved, scheduled, and history last', () => {
    const groups = groupPolicyVersions([
      version('superseded', '2025.1', { publishedAt: '2025-01-01T00:00:00Z' }),
      version('scheduled', '2026.6', { effectiveAt: '2026-12-20T00:00:00Z' }),
      version('approved', '2026.5'),
      version('in_review', '2026.4'),
      version('draft', '2026.7'),
      version('published', '2026.3', { publishedAt: '2026-06-01T00:00:00Z' }),
    ]);
    expect(groups.map((group) => group.status)).toEqual([
      'published',
      'draft',
      'in_review',
      'approved',
      'scheduled',
      'superseded',
    ]);
  });

  it('leaves out statuses without versions', () => {
    const groups = groupPolicyVersions([version('published', '2026.3'), version('superseded', '2026.2')]);
    expect(groups.map((group) => group.status)).toEqual(['published', 'superseded']);
    expect(groupPolicyVersions([])).toEqual([]);
  });

  it('orders history newest first by when each version took effect', () => {
    const groups = groupPolicyVersions([
      version('superseded', '2025.1', { publishedAt: '2025-01-10T00:00:00Z' }),
      version('superseded', '2026.2', { publishedAt: '2026-03-01T00:00:00Z' }),
      version('superseded', '2025.2', { publishedAt: '2025-07-01T00:00:00Z' }),
    ]);
    expect(groups[0]?.versions.map((each) => each.label)).toEqual(['2026.2', '2025.2', '2025.1']);
  });

  it('orders scheduled versions soonest first and drafts by their last save, newest first', () => {
    const groups = groupPolicyVersions([
      version('scheduled', '2026.5', { effectiveAt: '2027-02-01T00:00:00Z' }),
      version('scheduled', '2026.4', { effectiveAt: '2026-12-20T00:00:00Z' }),
      version('draft', '2026.6', { updatedAt: '2026-11-01T00:00:00Z' }),
      version('draft', '2026.7', { updatedAt: '2026-11-20T00:00:00Z' }),
    ]);
    const byStatus = new Map(groups.map((group) => [group.status, group.versions.map((each) => each.label)]));
    expect(byStatus.get('scheduled')).toEqual(['2026.4', '2026.5']);
    expect(byStatus.get('draft')).toEqual(['2026.7', '2026.6']);
  });
});

describe('versionInForce', () => {
  it('is the published version, or none', () => {
    const inForce = version('published', '2026.3');
    expect(versionInForce([version('draft', '2026.4'), inForce])).toBe(inForce);
    expect(versionInForce([version('draft', '2026.4')])).toBeUndefined();
  });
});

describe('supersededAt', () => {
  it('is when the next version took effect', () => {
    const old = version('superseded', '2025.1', { publishedAt: '2025-01-10T00:00:00Z' });
    const next = version('superseded', '2025.2', { publishedAt: '2025-07-01T00:00:00Z' });
    const now = version('published', '2026.1', { publishedAt: '2026-01-01T00:00:00Z' });
    const all = [now, old, next];
    expect(supersededAt(old, all)).toBe('2025-07-01T00:00:00Z');
    expect(supersededAt(next, all)).toBe('2026-01-01T00:00:00Z');
    expect(supersededAt(now, all)).toBeUndefined();
  });
});
