import * as z from 'zod/mini';
import {
  crossBorderSafeguardSchema,
  dataCategorySchema,
  disclosureKindSchema,
  legalBasisSchema,
} from '@/shared/contract/disclosures';
import { onSessionEnd } from '@/shared/session/session-end';
import type { DisclosureFormValues } from './form-values';

// The record form's draft, kept in this tab's sessionStorage so a reload does not lose it. It
// holds the form's values only — ids (recipient, accounts, the corrected entry), the person's own
// wording and document digests — never a customer's name, email or phone (DESIGN "Rules": no
// personal data in storage). Dropped after a successful record and when the session ends.

const prefix = 'privacy-console.disclosure-draft.';

/** The storage key of the draft of a new entry (`''`) or of the correction of `corrects`. */
export const draftKey = (corrects: string) => `${prefix}${corrects === '' ? 'new' : corrects}`;

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

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked by the browser: the form works, the draft is not kept
  }
}

/**
 * Keeps `values` as `staffId`'s draft of this form (new entry or correction), with the intent's
 * Idempotency-Key: a submit whose reply was lost, then a reload and Record again, sends the same
 * key, so the API answers with the entry it recorded instead of recording a second. Never throws.
 */
export function saveDraft(staffId: string, values: DisclosureFormValues, intentKey?: string): void {
  try {
    storage()?.setItem(draftKey(values.corrects), JSON.stringify({ staffId, intentKey, values }));
  } catch {
    // Full or blocked storage: the draft is simply not kept.
  }
}

/**
 * `staffId`'s draft of the form for `corrects` (`''`: a new entry), or `null` when there is none,
 * it is another person's (then dropped), or it is not a draft this form wrote.
 */
export function loadDraft(staffId: string, corrects: string): DisclosureFormValues | null {
  const store = storage();
  const raw = store?.getItem(draftKey(corrects));
  if (!store || raw == null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = storedDraftSchema.safeParse(parsed);
  if (!result.success || result.data.staffId !== staffId || result.data.values.corrects !== corrects) {
    store.removeItem(draftKey(corrects));
    return null;
  }
  return result.data.values;
}

/** Drops the draft of the form for `corrects` (`''`: a new entry). */
export function dropDraft(corrects: string): void {
  try {
    storage()?.removeItem(draftKey(corrects));
  } catch {
    // nothing kept
  }
}

/** Drops every draft of this form in the tab (the session ended). */
export function dropAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => key?.startsWith(prefix) ?? false,
  );
  for (const key of keys) store.removeItem(key);
}

onSessionEnd(dropAllDrafts);

/**
 * The Idempotency-Key kept with `staffId`'s draft of the form for `corrects` (`''`: a new entry),
 * or `null` when there is no such draft or it holds none. Never throws.
 */
export function loadDraftIntentKey(staffId: string, corrects: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(draftKey(corrects)) ?? 'null');
  } catch {
    return null;
  }
  const result = storedDraftSchema.safeParse(parsed);
  if (!result.success || result.data.staffId !== staffId) return null;
  return result.data.intentKey ?? null;
}
