import type { PolicyVersion } from '@/shared/contract/policies';
import { draftFieldsOf, sameDraftFields, unsavableReason, type PolicyDraftFields } from './draft-fields';

// The editor's autosave as a pure state machine (DESIGN "Policy versions": the editor): the person's text, the
// version it is saved on (If-Match), one save in flight at a time, retries with backoff after a
// lost connection, and a colleague's version (412) waiting for the person's choice. The hook in
// `use-autosave.ts` runs the timers and the requests; everything it decides is decided here.

/** Quiet time after the last keystroke before a save starts, in milliseconds. */
export const autosaveDebounceMs = 1_000;

/** Wait before the `attempt`-th retry (1-based) after a lost connection: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}

export interface AutosaveState {
  policyId: string;
  /** The version the next save is sent on (`If-Match`) and the fields the API holds at it. */
  base: { version: number; fields: PolicyDraftFields };
  /** What the person sees and types. */
  fields: PolicyDraftFields;
  /** When the person last changed `fields`, epoch ms (the debounce counts from here). */
  editedAt: number;
  /** The fields of the save in flight, or `null`. */
  sending: PolicyDraftFields | null;
  /**
   * Fields sent on `base` whose reply was lost: the API may hold one of them. A 412 whose current
   * version holds one is our own save, not a colleague's.
   */
  unconfirmed: PolicyDraftFields[];
  /** The browser's `navigator.onLine`. */
  online: boolean;
  /** After a lost connection or a server fault: which retry comes next and when (epoch ms). */
  retry: { attempt: number; at: number } | null;
  /** A refusal that trying again as sent will not cure (400, 403, 404, 409), until the person acts. */
  failure: Error | null;
  /** A colleague saved first (412): their version, until the person chooses. */
  conflict: { theirs: PolicyVersion } | null;
  /** The person asked to save now (Ctrl/Cmd+S, Retry): no debounce, no backoff wait. */
  saveNow: boolean;
  /** When the last save was confirmed, epoch ms; `null` before one in this editor. */
  savedAt: number | null;
  /** The person's text as it was when they took their colleague's version, to copy from. */
  setAside: PolicyDraftFields | null;
  /**
   * Text restored from the tab waits for the person before it is saved: typing, Save now (or Keep
   * them) saves it, Discard drops it. Nothing is written behind their back after a reload.
   */
  held: boolean;
}

export type AutosaveEvent =
  | { type: 'edit'; fields: PolicyDraftFields; at: number }
  | { type: 'patch'; patch: Partial<PolicyDraftFields>; at: number }
  | { type: 'save-now' }
  | { type: 'send'; fields: PolicyDraftFields }
  | { type: 'saved'; record: PolicyVersion; sent: PolicyDraftFields; at: number }
  | { type: 'lost'; sent: PolicyDraftFields; at: number }
  | { type: 'refused'; error: Error; sent: PolicyDraftFields }
  | { type: 'conflict'; theirs: PolicyVersion }
  | { type: 'keep-mine' }
  | { type: 'take-theirs' }
  | { type: 'online'; online: boolean; at: number }
  | { type: 'discard' }
  | { type: 'dismiss-set-aside' };

/**
 * The state of an editor opened on `version` (as `GET /policies/{id}` answered). With `restored`
 * (unsaved text kept in the tab, typed on `restored.baseVersion`), the person's fields are the
 * restored ones; typed on an older version than `version`, the editor opens on the conflict view
 * (their version against the restored text) instead of saving over it. Restored text is `held`
 * until the person types or asks to save. `now` (epoch ms) is when the editor opened.
 */
export function initialAutosaveState(
  version: PolicyVersion,
  online: boolean,
  restored: { baseVersion: number; fields: PolicyDraftFields } | null = null,
  now = 0,
): AutosaveState {
  const serverFields = draftFieldsOf(version);
  const staleRestore = restored !== null && restored.baseVersion !== version.version;
  return {
    policyId: version.id,
    base: { version: version.version, fields: serverFields },
    fields: restored?.fields ?? serverFields,
    editedAt: restored ? now : 0,
    sending: null,
    unconfirmed: [],
    online,
    retry: null,
    failure: null,
    conflict: staleRestore && !sameDraftFields(restored.fields, serverFields) ? { theirs: version } : null,
    saveNow: false,
    savedAt: null,
    setAside: null,
    held: restored !== null,
  };
}

/** The next state after `event`. Pure. */
export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edit':
    case 'patch': {
      const fields = event.type === 'edit' ? event.fields : { ...state.fields, ...event.patch };
      const fixable = state.failure && 'status' in state.failure && state.failure.status === 400;
      return { ...state, fields, editedAt: event.at, failure: fixable ? null : state.failure, held: false };
    }
    case 'save-now':
      return {
        ...state,
        saveNow: !sameDraftFields(state.fields, state.base.fields),
        held: false,
        failure: null,
        retry: state.retry ? { ...state.retry, at: 0 } : null,
      };
    case 'send':
      return { ...state, sending: event.fields, saveNow: false };
    case 'saved':
      return {
        ...state,
        base: { version: event.record.version, fields: event.sent },
        sending: null,
        unconfirmed: [],
        retry: null,
        failure: null,
        savedAt: event.at,
      };
    case 'lost': {
      const attempt = (state.retry?.attempt ?? 0) + 1;
      return {
        ...state,
        sending: null,
        unconfirmed: [...state.unconfirmed, event.sent],
        retry: { attempt, at: event.at + retryDelayMs(attempt) },
      };
    }
    case 'refused':
      return { ...state, sending: null, failure: event.error, saveNow: false };
    case 'conflict':
      return { ...state, sending: null, conflict: { theirs: event.theirs }, retry: null, saveNow: false };
    case 'keep-mine': {
      if (!state.conflict) return state;
      const { theirs } = state.conflict;
      return {
        ...state,
        base: { version: theirs.version, fields: draftFieldsOf(theirs) },
        conflict: null,
        unconfirmed: [],
        saveNow: true,
      };
    }
    case 'take-theirs': {
      if (!state.conflict) return state;
      const theirs = draftFieldsOf(state.conflict.theirs);
      return {
        ...state,
        base: { version: state.conflict.theirs.version, fields: theirs },
        fields: theirs,
        conflict: null,
        unconfirmed: [],
        failure: null,
        setAside: state.fields,
      };
    }
    case 'online':
      return {
        ...state,
        online: event.online,
        retry: event.online && state.retry ? { ...state.retry, at: event.at } : state.retry,
      };
    case 'discard': {
      // Back to what the API holds: the draft as saved, or a colleague's version met meanwhile.
      const base = state.conflict
        ? { version: state.conflict.theirs.version, fields: draftFieldsOf(state.conflict.theirs) }
        : state.base;
      return {
        ...state,
        base,
        fields: base.fields,
        conflict: null,
        failure: null,
        retry: null,
        unconfirmed: [],
        saveNow: false,
        held: false,
      };
    }
    case 'dismiss-set-aside':
      return { ...state, setAside: null };
  }
}

/** Whether the person's text differs from what the API holds at `base` (a save is still owed). */
export function hasUnsavedChanges(state: AutosaveState): boolean {
  return (
    state.conflict !== null || state.sending !== null || !sameDraftFields(state.fields, state.base.fields)
  );
}

/** What the editor's status line says. */
export type SaveStatus =
  | { kind: 'saved'; at: number | null }
  | { kind: 'saving' }
  | { kind: 'unsaved'; blockedBy: string | null }
  | { kind: 'offline'; retryAt: number | null }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: Error };

/** The status line of `state`: conflict, then a refusal, then saving, offline, unsaved, saved. */
export function saveStatus(state: AutosaveState): SaveStatus {
  if (state.conflict) return { kind: 'conflict' };
  if (state.failure) return { kind: 'failed', error: state.failure };
  if (state.sending) return { kind: 'saving' };
  if (!sameDraftFields(state.fields, state.base.fields)) {
    if (!state.online) return { kind: 'offline', retryAt: null };
    if (state.retry) return { kind: 'offline', retryAt: state.retry.at };
    return { kind: 'unsaved', blockedBy: unsavableReason(state.fields) };
  }
  return { kind: 'saved', at: state.savedAt };
}

/**
 * In how many milliseconds (from `now`, epoch ms) the next save should start, or `null` when none
 * should: nothing owed, a save in flight, a conflict, a refusal or restored text waiting for the person, offline,
 * or a title the API would refuse. Otherwise the debounce after the last keystroke, the backoff
 * after a lost connection, or 0 when the person asked to save now.
 */
export function nextSaveDelay(state: AutosaveState, now: number): number | null {
  if (state.sending || state.conflict || state.failure || state.held || !state.online) return null;
  if (sameDraftFields(state.fields, state.base.fields)) return null;
  if (unsavableReason(state.fields) !== null) return null;
  if (state.saveNow) return 0;
  const due = state.retry ? state.retry.at : state.editedAt + autosaveDebounceMs;
  return Math.max(0, due - now);
}
