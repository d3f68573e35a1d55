import { describe, expect, it } from 'vitest';
import type { PolicyStatus, PolicyVersionSummary } from '@/shared/contract/policies';
import { defaultAgainst } from './against-version';

function version(
  id: string,
  status: PolicyStatus,
  extra: Partial<PolicyVersionSummary> = {},
): PolicyVersionSummary {
  return {
    id,
    label: id,
    version: 1,
    status,
    title: 'Privacy policy',
    summary: '',
    authorId: 'stf_1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    significant: false,
    changeCategories: [],
    ...extra,
  };
}

const versions = [
  version('pol_1', 'superseded', { publishedAt: '2025-01-01T00:00:00Z' }),
  version('pol_2', 'superseded', { publishedAt: '2025-06-01T00:00:00Z' }),
  version('pol_3', 'published', { publishedAt: '2026-01-01T00:00:00Z', basedOn: 'pol_2' }),
  version('pol_4', 'draft', { basedOn: 'pol_3' }),
];

describe('the version a diff compares against by default', () => {
  it('is the version in force for any other version', () => {
    expect(defaultAgainst(versions, { id: 'pol_4', basedOn: 'pol_3' })).toBe('pol_3');
    expect(defaultAgainst(versions, { id: 'pol_1' })).toBe('pol_3');
  });

  it('is the version the one in force was based on', () => {
    expect(defaultAgainst(versions, { id: 'pol_3', basedOn: 'pol_1' })).toBe('pol_1');
  });

  it('is the previously published version when the one in force names no base', () => {
    expect(defaultAgainst(versions, { id: 'pol_3' })).toBe('pol_2');
  });

  it('is none for a first version with nothing before it', () => {
    expect(defaultAgainst([version('pol_9', 'published')], { id: 'pol_9' })).toBeNull();
  });
});
