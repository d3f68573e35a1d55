import { describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { problemTypes } from '@/shared/contract/common';
import { reviewFailureText } from './review-failure';

const refused = (status: number, type: string, detail: string) =>
  new ApiError({ kind: 'http', status, title: 'Refused', detail, type });

describe('reviewFailureText', () => {
  it('explains a 403 that is not about roles as the four-eyes rule, or as the author’s submit', () => {
    const fourEyes = refused(403, 'https://api.digfashions.example/problems/forbidden', 'Four-eyes rule');
    expect(reviewFailureText('approve', fourEyes)).toMatch(/^The API refused: you wrote this version/);
    expect(reviewFailureText('reject', fourEyes)).toMatch(/other than its author \(four-eyes\)/);
    expect(reviewFailureText('submit', fourEyes)).toBe(
      'The API refused: only the author of a draft submits it for review.',
    );
  });

  it('names the roles a role-required 403 asks for, and says a 409 left the page showing the current state', () => {
    const role = new ApiError({
      kind: 'http',
      status: 403,
      title: 'Role required',
      type: problemTypes.roleRequired,
      requiredRoles: ['legal', 'privacy_officer'],
    });
    expect(reviewFailureText('approve', role)).toMatch(/^You need /);
    const moved = refused(409, problemTypes.conflict, '2026.5 is approved, not in review.');
    expect(reviewFailureText('approve', moved)).toBe(
      '2026.5 is approved, not in review. The page now shows its current state.',
    );
  });
});
