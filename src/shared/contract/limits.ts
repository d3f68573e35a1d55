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
