import { describeError, isApiError } from '@/shared/api/api-error';

/** Which review step failed, for the sentence that explains a refusal. */
export type ReviewStep = 'submit' | 'approve' | 'reject';

/**
 * A review step's failure in words the person can act on. A 403 that is not about roles is the
 * four-eyes rule (API.md "Policy versions": the author may not approve or reject, only the author
 * submits), said plainly even when the console did not offer the button (a stale page, a forced
 * request); a 409 says the version moved on and that the page now shows it.
 */
export function reviewFailureText(step: ReviewStep, error: Error): string {
  if (isApiError(error) && error.status === 403 && !error.isRoleRequired) {
    return step === 'submit'
      ? 'The API refused: only the author of a draft submits it for review.'
      : 'The API refused: you wrote this version, and a version is approved or rejected by a colleague other than its author (four-eyes). Ask another member of legal or the privacy officer to review it.';
  }
  if (isApiError(error) && error.isConflict) {
    return `${error.detail ?? 'The version is no longer in a state that allows this.'} The page now shows its current state.`;
  }
  return describeError(error);
}
