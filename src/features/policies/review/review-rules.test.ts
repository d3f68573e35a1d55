import { describe, expect, it } from 'vitest';
import type { PolicyStatus } from '@/shared/contract/policies';
import { pendingRejection, reviewOffers } from './review-rules';

const author = 'stf_author';
const colleague = 'stf_colleague';

const offered = (status: PolicyStatus, staffId: string, canManage = true) =>
  reviewOffers({ status, authorId: author }, staffId, canManage);

describe('reviewOffers', () => {
  it('lets the author submit a draft, and lets any manager edit it', () => {
    expect(offered('draft', author)).toMatchObject({ submit: true, edit: true, review: false });
    expect(offered('draft', colleague)).toMatchObject({ submit: false, edit: true, review: false });
  });

  it('never offers the author Approve or Reject: a colleague must review (four-eyes)', () => {
    expect(offered('in_review', author)).toMatchObject({ review: false, awaitsColleague: true });
    expect(offered('in_review', colleague)).toMatchObject({ review: true, awaitsColleague: false });
  });

  it('offers Schedule on an approved version to managers, author or not', () => {
    expect(offered('approved', author).schedule).toBe(true);
    expect(offered('approved', colleague).schedule).toBe(true);
    expect(offered('scheduled', colleague).schedule).toBe(false);
  });

  it('offers support nothing, even on a version in review or a draft', () => {
    for (const status of ['draft', 'in_review', 'approved'] as const) {
      expect(Object.values(offered(status, colleague, false)).some(Boolean)).toBe(false);
    }
  });
});

describe('pendingRejection', () => {
  const created = { at: '2026-11-01T10:00:00Z', action: 'created' as const, actorId: author };
  const submitted = { at: '2026-11-02T10:00:00Z', action: 'submitted' as const, actorId: author };
  const rejected = {
    at: '2026-11-03T10:00:00Z',
    action: 'rejected' as const,
    actorId: colleague,
    comment: 'Name the new partner category',
  };

  it('is the rejection a draft came back with', () => {
    expect(pendingRejection({ status: 'draft', history: [created, submitted, rejected] })).toBe(rejected);
  });

  it('ends once the draft is submitted again, and a fresh draft has none', () => {
    const again = { at: '2026-11-04T10:00:00Z', action: 'submitted' as const, actorId: author };
    expect(
      pendingRejection({ status: 'in_review', history: [created, submitted, rejected, again] }),
    ).toBeUndefined();
    expect(pendingRejection({ status: 'draft', history: [created] })).toBeUndefined();
  });
});
