import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  maxListedAffectedAccounts,
  patchIncidentRequestSchema,
  type Incident,
  type IncidentSeverity,
  type PatchIncidentRequest,
} from '@/shared/contract/incidents';
import { tooLongMessage } from '@/shared/contract/limits';
import { parseAccountIds } from '@/shared/lib/account-ids';

/** The facts form as the person edits it: counts and id lists as typed text. */
export interface FactsFormValues {
  title: string;
  severity: IncidentSeverity;
  nature: string;
  cause: string;
  dataCategories: string[];
  /** Whole number as typed. */
  affectedAccountCount: string;
  /** The listed account ids, one per line (or any list pasted: spaces, commas, semicolons). */
  affectedAccountIds: string;
  likelyConsequences: string;
  measuresTaken: string;
}

export type FactsField = keyof FactsFormValues;

/** The form's fields in the order they are shown, with how the person reads each. */
export const factsFieldLabels: Record<FactsField, string> = {
  title: 'Title',
  severity: 'Severity',
  nature: 'Nature of the incident',
  cause: 'Cause',
  dataCategories: 'Data categories',
  affectedAccountCount: 'Affected accounts (count)',
  affectedAccountIds: 'Affected account ids',
  likelyConsequences: 'Likely consequences',
  measuresTaken: 'Measures taken',
};

/** The form's values for an incident as last read. */
export function factsFormValuesOf(incident: Incident): FactsFormValues {
  return {
    title: incident.title,
    severity: incident.severity,
    nature: incident.nature,
    cause: incident.cause ?? '',
    dataCategories: [...incident.dataCategories],
    affectedAccountCount: String(incident.affectedAccountCount),
    affectedAccountIds: incident.affectedAccountIds.join('\n'),
    likelyConsequences: incident.likelyConsequences,
    measuresTaken: incident.measuresTaken,
  };
}

/** The form's values with the fields of `patch` laid over `incident`'s: a set-aside edit, re-opened. */
export function factsFormValuesWith(incident: Incident, patch: PatchIncidentRequest): FactsFormValues {
  const values = factsFormValuesOf(incident);
  return {
    ...values,
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
    ...(patch.nature !== undefined ? { nature: patch.nature } : {}),
    ...(patch.cause !== undefined ? { cause: patch.cause } : {}),
    ...(patch.dataCategories !== undefined ? { dataCategories: [...patch.dataCategories] } : {}),
    ...(patch.affectedAccountCount !== undefined
      ? { affectedAccountCount: String(patch.affectedAccountCount) }
      : {}),
    ...(patch.affectedAccountIds !== undefined
      ? { affectedAccountIds: patch.affectedAccountIds.join('\n') }
      : {}),
    ...(patch.likelyConsequences !== undefined ? { likelyConsequences: patch.likelyConsequences } : {}),
    ...(patch.measuresTaken !== undefined ? { measuresTaken: patch.measuresTaken } : {}),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * Reads the form against the incident it was opened on (`base`): the PATCH body holding only the
 * fields that differ from `base` (texts trimmed). Call it on values `factsResolver` accepted.
 */
export function changedFacts(base: Incident, values: FactsFormValues): PatchIncidentRequest {
  const patch: PatchIncidentRequest = {};
  const text = (field: 'title' | 'nature' | 'cause' | 'likelyConsequences' | 'measuresTaken') => {
    const typed = values[field].trim();
    const held = field === 'cause' ? (base.cause ?? '') : base[field];
    if (typed !== held.trim()) patch[field] = typed;
  };
  text('title');
  text('nature');
  text('cause');
  text('likelyConsequences');
  text('measuresTaken');
  if (values.severity !== base.severity) patch.severity = values.severity;
  const categories = values.dataCategories.map((category) => category.trim()).filter(Boolean);
  if (!sameList(categories, base.dataCategories)) patch.dataCategories = categories;
  const { ids } = parseAccountIds(values.affectedAccountIds);
  if (!sameList(ids, base.affectedAccountIds)) patch.affectedAccountIds = ids;
  const count = Number(values.affectedAccountCount.trim());
  if (Number.isSafeInteger(count) && count !== base.affectedAccountCount) patch.affectedAccountCount = count;
  return patch;
}

/**
 * What the API would refuse in the form's values, per field: an empty or too long title, a text
 * over its limit, account ids not shaped `acc_…`, more than 1,000 listed, a count that is not a
 * whole number or is below the listed ids. `{}` when nothing. Throws nothing.
 */
export function factsFormProblems(values: FactsFormValues): Partial<Record<FactsField, string>> {
  const errors: Partial<Record<FactsField, string>> = {};
  const { ids, malformed } = parseAccountIds(values.affectedAccountIds);
  if (malformed.length > 0) {
    const named = malformed.slice(0, 5).join(', ');
    const more = malformed.length > 5 ? ` and ${String(malformed.length - 5)} more` : '';
    errors.affectedAccountIds = `Not account ids (they start with acc_): ${named}${more}`;
  } else if (ids.length > maxListedAffectedAccounts) {
    errors.affectedAccountIds = `List at most ${maxListedAffectedAccounts.toLocaleString('en')} accounts (${ids.length.toLocaleString('en')} listed); the count can say more`;
  }
  const countText = values.affectedAccountCount.trim();
  const count = /^\d+$/.test(countText) ? Number(countText) : Number.NaN;
  if (!Number.isSafeInteger(count)) {
    errors.affectedAccountCount = 'Give the number of affected accounts as a whole number';
  } else if (count < ids.length) {
    errors.affectedAccountCount = `At least the ${ids.length.toLocaleString('en')} listed accounts are affected`;
  }
  // The contract's own checks (title required, lengths) on the whole of the facts.
  const parsed = patchIncidentRequestSchema.safeParse({
    title: values.title,
    severity: values.severity,
    nature: values.nature,
    cause: values.cause,
    likelyConsequences: values.likelyConsequences,
    measuresTaken: values.measuresTaken,
    dataCategories: values.dataCategories,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in factsFieldLabels && !(field in errors)) {
        errors[field as FactsField] =
          field === 'dataCategories' ? tooLongMessage('title', 'data category') : issue.message;
      }
    }
  }
  return errors;
}

/**
 * The react-hook-form resolver of the facts form: the values pass through unchanged when
 * `factsFormProblems` finds nothing, else its messages land on their fields.
 */
export const factsResolver: Resolver<FactsFormValues> = (values) => {
  const problems = Object.entries(factsFormProblems(values)) as [FactsField, string][];
  if (problems.length === 0) return { values, errors: {} };
  const errors: FieldErrors<FactsFormValues> = {};
  for (const [field, message] of problems) errors[field] = { type: 'validate', message };
  return { values: {}, errors };
};
