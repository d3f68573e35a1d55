import * as z from 'zod/mini';

/**
 * The longest text the API takes in each kind of field, in characters (UTF-16 code units, as
 * JavaScript's `length` counts them), after trimming. A longer value is a 400 naming the field
 * (docs/api.md, "The project's precise reading", General: "Lengths"). Forms say the limit before
 * sending and refuse more; the mock enforces the same numbers.
 */
export const textLimits = {
  /** Why: a lock or unlock, a reveal, a withdrawal, an escalation, a rejection, a late report. */
  reason: 500,
  /** A title: an alert's, an incident's, a policy version's, a notice's subject. */
  title: 200,
  /** A name staff give to something of theirs (a saved view). */
  name: 60,
  /** A list's `q` search text. */
  search: 200,
  /** A free-text note or comment (an alert note, a review comment). */
  note: 5000,
} as const;

export type TextLimitKind = keyof typeof textLimits;

/**
 * What a person reads when `what` (e.g. "reason", "search") is longer than the limit of `kind`:
 * "Shorten the reason to 500 characters or fewer". The same sentence in the API's 400 and in a
 * form's own check.
 */
export function tooLongMessage(kind: TextLimitKind, what: string): string {
  return `Shorten the ${what} to ${textLimits[kind].toLocaleString('en')} characters or fewer`;
}

/**
 * The zod/mini length check of a text field of `kind`, named `what` in the message; put it after
 * `z.trim()` so the limit counts the trimmed text (docs/api.md, General: "Lengths").
 */
export function withinTextLimit(kind: TextLimitKind, what: string) {
  return z.maxLength(textLimits[kind], tooLongMessage(kind, what));
}
