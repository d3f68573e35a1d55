import type { FieldErrors, Resolver } from 'react-hook-form';
import { createDisclosureRequestSchema } from '@/shared/contract/disclosures';
import { disclosureRuleViolations } from './disclosure-rules';
import {
  formFieldOfApiPath,
  toRequest,
  type DisclosureFormField,
  type DisclosureFormValues,
} from './form-values';
import { gatherRuleFacts, type RuleFactSources } from './rule-facts';

// What the form says where the contract's schema refuses a value whose message is the schema
// library's own (an enum left empty, a number not typed).
const plainMessages: Partial<Record<DisclosureFormField, string>> = {
  occurredAt: 'Give the date and time the data went out',
  legalBasis: 'Choose the legal basis',
  subjectCount: 'Give the number of people concerned, a whole number of at least 1',
  crossBorderSafeguard: 'Choose the safeguard that protects the data in that country',
  crossBorderCountry: 'Give the destination country',
  requestReference: 'Give the request’s reference',
};

/**
 * The record form's errors for `values`, one message per field (several rules on one field are
 * joined): first the contract's schema (`createDisclosureRequestSchema`, on the body the values
 * make), then the API's rules with their policy clauses over the facts read from `sources`.
 * Returns `{}` when the API should accept the values.
 */
export async function disclosureFormErrors(
  values: DisclosureFormValues,
  sources: RuleFactSources,
): Promise<Partial<Record<DisclosureFormField, string>>> {
  const messages = new Map<DisclosureFormField, string[]>();
  const add = (field: DisclosureFormField, message: string) => {
    const existing = messages.get(field) ?? [];
    if (!existing.includes(message)) messages.set(field, [...existing, message]);
  };
  const parsed = createDisclosureRequestSchema.safeParse(toRequest(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOfApiPath(issue.path.map(String).join('.')) ?? 'corrects';
      if (field === 'accountIds' && issue.code === 'custom') continue; // the de-identified rule says it with its clause
      add(
        field,
        issue.code === 'custom' ||
          issue.code === 'too_small' ||
          issue.code === 'too_big' ||
          issue.code === 'invalid_format'
          ? (plainMessagesFor(field, issue.code) ?? issue.message)
          : (plainMessages[field] ?? issue.message),
      );
    }
  }
  const facts = await gatherRuleFacts(values, sources);
  for (const violation of disclosureRuleViolations(values, facts)) add(violation.field, violation.message);
  return Object.fromEntries([...messages].map(([field, texts]) => [field, texts.join(' ')]));
}

function plainMessagesFor(field: DisclosureFormField, code: string): string | undefined {
  // The schema's own sentences are plain for lengths and custom checks; a malformed time is not.
  if (field === 'occurredAt' && code === 'invalid_format') return plainMessages.occurredAt;
  if (field === 'subjectCount') return plainMessages.subjectCount;
  if (field === 'requestReference' && code === 'too_small') return plainMessages.requestReference;
  return undefined;
}

/**
 * A react-hook-form resolver over `disclosureFormErrors`: the values as they are when valid, or
 * the errors by field. `sources()` is read at each validation (the recipients and the server time
 * then current).
 */
export function disclosureResolver(sources: () => RuleFactSources): Resolver<DisclosureFormValues> {
  return async (values) => {
    const errors = await disclosureFormErrors(values, sources());
    const entries = Object.entries(errors);
    if (entries.length === 0) return { values, errors: {} };
    const fieldErrors: FieldErrors<DisclosureFormValues> = Object.fromEntries(
      entries.map(([field, message]) => [field, { type: 'rule', message }]),
    );
    return { values: {}, errors: fieldErrors };
  };
}
