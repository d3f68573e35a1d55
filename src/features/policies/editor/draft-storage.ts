import * as z from 'zod/mini';
import { changeCategorySchema } from '@/shared/contract/policies';
import { tabStore } from '@/shared/lib/tab-store';
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

const drafts = tabStore(prefix, storedSchema);
const entryKey = (staffId: string, policyId: string) => `${staffId}.${policyId}`;

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
  drafts.write(entryKey(staffId, policyId), { staffId, policyId, baseVersion, keptAt, fields });
}

/**
 * `staffId`'s unsaved text of `policyId` kept in this tab, or `null` when there is none or the
 * entry is not one the editor wrote (then it is dropped). Never throws.
 */
export function loadEditorDraft(staffId: string, policyId: string): KeptEditorDraft | null {
  return drafts.read(
    entryKey(staffId, policyId),
    (kept) => kept.staffId === staffId && kept.policyId === policyId,
  );
}

/** Drops `staffId`'s unsaved text of `policyId` (saved, or discarded). Never throws. */
export function dropEditorDraft(staffId: string, policyId: string): void {
  drafts.remove(entryKey(staffId, policyId));
}

/** Drops every kept editor text of the tab (the session ended). */
export function dropAllEditorDrafts(): void {
  drafts.clear();
}
