import * as z from 'zod/mini';
import {
  crossBorderSafeguardSchema,
  dataCategorySchema,
  disclosureKindSchema,
  legalBasisSchema,
} from '@/shared/contract/disclosures';
import { tabStore } from '@/shared/lib/tab-store';
import type { DisclosureFormValues } from './form-values';

// The record form's draft, kept in this tab's sessionStorage so a reload does not lose it. It
// holds the form's values only — ids (recipient, accounts, the corrected entry), the person's own
// wording and document digests — never a customer's name, email or phone (DESIGN "Rules": no
// personal data in storage). Dropped after a successful record and when the session ends.

const prefix = 'privacy-console.disclosure-draft.';
const entryKey = (corrects: string) => (corrects === '' ? 'new' : corrects);

/** The storage key of the draft of a new entry (`''`) or of the correction of `corrects`. */
export const draftKey = (corrects: string) => `${prefix}${entryKey(corrects)}`;

const storedDraftSchema = z.object({
  staffId: z.string(),
  /** The Idempotency-Key of the intent the draft is for: a reload keeps it (see `saveDraft`). */
  intentKey: z.optional(z.string()),
  values: z.object({
    occurredAt: z.string(),
    kind: disclosureKindSchema,
    recipientId: z.string(),
    legalBasis: z.union([legalBasisSchema, z.literal('')]),
    purpose: z.string(),
    dataCategories: z.array(dataCategorySchema),
    accountIds: z.array(z.string()),
    subjectCount: z.string(),
    deidentified: z.boolean(),
    encrypted: z.boolean(),
    crossBorderCountry: z.string(),
    crossBorderSafeguard: z.union([crossBorderSafeguardSchema, z.literal('')]),
    requestReference: z.string(),
    documents: z.array(z.object({ name: z.string(), sha256: z.string() })),
    corrects: z.string(),
  }),
});

const drafts = tabStore(prefix, storedDraftSchema);

/**
 * Keeps `values` as `staffId`'s draft of this form (new entry or correction), with the intent's
 * Idempotency-Key: a submit whose reply was lost, then a reload and Record again, sends the same
 * key, so the API answers with the entry it recorded instead of recording a second. Never throws.
 */
export function saveDraft(staffId: string, values: DisclosureFormValues, intentKey?: string): void {
  drafts.write(entryKey(values.corrects), { staffId, ...(intentKey ? { intentKey } : {}), values });
}

/**
 * `staffId`'s draft of the form for `corrects` (`''`: a new entry), or `null` when there is none,
 * it is another person's (then dropped), or it is not a draft this form wrote.
 */
export function loadDraft(staffId: string, corrects: string): DisclosureFormValues | null {
  const kept = drafts.read(
    entryKey(corrects),
    (draft) => draft.staffId === staffId && draft.values.corrects === corrects,
  );
  return kept?.values ?? null;
}

/** Drops the draft of the form for `corrects` (`''`: a new entry). */
export function dropDraft(corrects: string): void {
  drafts.remove(entryKey(corrects));
}

/** Drops every draft of this form in the tab (the session ended). */
export function dropAllDrafts(): void {
  drafts.clear();
}

/**
 * The Idempotency-Key kept with `staffId`'s draft of the form for `corrects` (`''`: a new entry),
 * or `null` when there is no such draft or it holds none. Never throws.
 */
export function loadDraftIntentKey(staffId: string, corrects: string): string | null {
  return drafts.read(entryKey(corrects), (draft) => draft.staffId === staffId)?.intentKey ?? null;
}
