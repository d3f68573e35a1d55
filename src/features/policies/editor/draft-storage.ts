import * as z from 'zod/mini';
import { changeCategorySchema } from '@/shared/contract/policies';
import { onSessionEnd } from '@/shared/session/session-end';
import type { PolicyDraftFields } from './draft-fields';

// What the editor has not saved yet, kept in this tab's sessionStorage so a reload does not lose
// it (DESIGN "Policy versions": the editor). One entry per staff member and policy version; it holds the version it
// was typed on (`baseVersion`, the If-Match it would be saved with) and the time it was kept. It is
// the person's own policy text — no customer data (DESIGN "Rules"). Dropped once saved, when the
// person discards it, and when the session ends.

const prefix = 'privacy-console.policy-draft.';

/** The storage key of `staffId`'s unsaved text of the version `policyId`. */
export const editorDraftKey = (staffId: string, policyId: string) => `${prefix}${staffId}.${policyId}`;

const storedSchema = z.object({
  staffId: z.string(),
  policyId: z.string(),
  baseVersion: z.number(),
  /** When it was kept, epoch milliseconds of this browser's clock. */
  keptAt: z.number(),
  fields: z.object({
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    significant: z.boolean(),
    changeCategories: z.array(changeCategorySchema),
  }),
});

/** Unsaved editor text kept in the tab. */
export type KeptEditorDraft = z.infer<typeof storedSchema>;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked: the editor works, a reload loses what was not saved
  }
}

/**
 * Keeps `fields`, typed on version `baseVersion` of `policyId`, as `staffId`'s unsaved text,
 * replacing what was kept before. `keptAt` is epoch milliseconds. Never throws (full or blocked
 * storage: nothing is kept).
 */
export function keepEditorDraft(
  staffId: string,
  policyId: string,
  baseVersion: number,
  fields: PolicyDraftFields,
  keptAt: number,
): void {
  const entry: KeptEditorDraft = { staffId, policyId, baseVersion, keptAt, fields };
  try {
    storage()?.setItem(editorDraftKey(staffId, policyId), JSON.stringify(entry));
  } catch {
    // nothing kept
  }
}

/**
 * `staffId`'s unsaved text of `policyId` kept in this tab, or `null` when there is none or the
 * entry is not one the editor wrote (then it is dropped). Never throws.
 */
export function loadEditorDraft(staffId: string, policyId: string): KeptEditorDraft | null {
  const store = storage();
  const key = editorDraftKey(staffId, policyId);
  const raw = store?.getItem(key);
  if (!store || raw == null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const result = storedSchema.safeParse(parsed);
  if (!result.success || result.data.staffId !== staffId || result.data.policyId !== policyId) {
    store.removeItem(key);
    return null;
  }
  return result.data;
}

/** Drops `staffId`'s unsaved text of `policyId` (saved, or discarded). Never throws. */
export function dropEditorDraft(staffId: string, policyId: string): void {
  try {
    storage()?.removeItem(editorDraftKey(staffId, policyId));
  } catch {
    // nothing kept
  }
}

/** Drops every kept editor text of the tab (the session ended). */
export function dropAllEditorDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => key?.startsWith(prefix) ?? false,
  );
  for (const key of keys) store.removeItem(key);
}

onSessionEnd(dropAllEditorDrafts);
