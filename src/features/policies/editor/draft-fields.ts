import { textLimits } from '@/shared/contract/limits';
import type { ChangeCategory, PolicyVersion, UpdatePolicyRequest } from '@/shared/contract/policies';
import { changeCategories } from '@/shared/contract/policies';

/**
 * What the editor lets a person change in a draft: exactly the body of `PUT /policies/{id}`
 * (API.md "Policy versions"), as typed (not trimmed).
 */
export type PolicyDraftFields = UpdatePolicyRequest;

/** The editable fields of a version as the API holds them. */
export function draftFieldsOf(version: PolicyVersion): PolicyDraftFields {
  return {
    title: version.title,
    summary: version.summary,
    body: version.body,
    significant: version.significant,
    changeCategories: version.changeCategories,
  };
}

/** Change categories in the contract's order, without duplicates: the order never makes a draft "changed". */
export function orderedCategories(categories: readonly ChangeCategory[]): ChangeCategory[] {
  return changeCategories.filter((category) => categories.includes(category));
}

/** Whether two sets of fields save to the same draft (change categories compared as a set). */
export function sameDraftFields(a: PolicyDraftFields, b: PolicyDraftFields): boolean {
  const categoriesA = orderedCategories(a.changeCategories);
  const categoriesB = orderedCategories(b.changeCategories);
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.body === b.body &&
    a.significant === b.significant &&
    categoriesA.length === categoriesB.length &&
    categoriesA.every((category, index) => categoriesB[index] === category)
  );
}

/**
 * Why the fields cannot be saved as they are, or `null` when they can: the API refuses a `PUT`
 * with a blank title or one over `textLimits.title` characters (docs/api.md "Policy versions";
 * "Lengths" counts the trimmed text). Autosave waits until the title is fixed.
 */
export function unsavableReason(fields: PolicyDraftFields): string | null {
  const title = fields.title.trim();
  if (title === '') return 'Give the version a title to save it';
  if (title.length > textLimits.title)
    return `Shorten the title to ${String(textLimits.title)} characters or fewer to save it`;
  return null;
}
