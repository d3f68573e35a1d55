import { useCallback, useEffect, useReducer, useRef } from 'react';
import { isApiError } from '@/shared/api/api-error';
import type { PolicyVersion } from '@/shared/contract/policies';
import { useSavePolicyDraft } from '../api/mutations';
import {
  autosaveReducer,
  hasUnsavedChanges,
  initialAutosaveState,
  nextSaveDelay,
  saveStatus,
  type AutosaveState,
  type SaveStatus,
} from './autosave-state';
import { sameDraftFields, type PolicyDraftFields } from './draft-fields';
import { dropEditorDraft, keepEditorDraft, type KeptEditorDraft } from './draft-storage';

/** How soon after a keystroke the unsaved text is written to the tab's storage, in milliseconds. */
const keepDelayMs = 300;

export interface Autosave {
  state: AutosaveState;
  status: SaveStatus;
  /** Whether leaving now would lose something (unsaved text, a save in flight, an open conflict). */
  unsaved: boolean;
  edit: (fields: PolicyDraftFields) => void;
  /** Changes some fields of the text as it is at that moment (a stable function, for memoized fields). */
  patch: (patch: Partial<PolicyDraftFields>) => void;
  /** Saves now (Ctrl/Cmd+S, Retry): no debounce, no backoff wait; clears a refusal to try again. */
  saveNow: () => void;
  keepMine: () => void;
  takeTheirs: () => void;
  /** Drops the unsaved text (tab storage included) and goes back to the draft as the API holds it. */
  discard: () => void;
  dismissSetAside: () => void;
  /** Forgets the text kept in the tab: the person chose to leave without saving. */
  forgetKept: () => void;
}

/**
 * Runs the autosave of `version` (a draft) for `staffId`: the state machine of `autosave-state.ts`,
 * its timers (a save a second after typing stops, one in flight, retries with backoff, at once
 * when the browser is back online), the `PUT`s (`useSavePolicyDraft`), and the unsaved text kept
 * in the tab's sessionStorage (written shortly after each change, on `pagehide` and on unmount;
 * dropped once saved). `restored` is the text a reload brought back, if any. Throws nothing.
 */
export function useAutosave(
  staffId: string,
  version: PolicyVersion,
  restored: KeptEditorDraft | null,
): Autosave {
  const save = useSavePolicyDraft();
  const [state, dispatch] = useReducer(autosaveReducer, undefined, () =>
    initialAutosaveState(version, navigator.onLine, restored, Date.now()),
  );
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  // The browser's own idea of the connection.
  useEffect(() => {
    const onOnline = () => {
      dispatch({ type: 'online', online: true, at: Date.now() });
    };
    const onOffline = () => {
      dispatch({ type: 'online', online: false, at: Date.now() });
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, []);

  // The next save, when one is due.
  useEffect(() => {
    const delay = nextSaveDelay(state, Date.now());
    if (delay === null) return;
    const timer = window.setTimeout(() => {
      const sent = state.fields;
      dispatch({ type: 'send', fields: sent });
      save({
        base: { id: state.policyId, version: state.base.version },
        fields: sent,
        unconfirmed: state.unconfirmed,
      }).then(
        (result) => {
          if (result.kind === 'saved')
            dispatch({ type: 'saved', record: result.record, sent, at: Date.now() });
          else dispatch({ type: 'conflict', theirs: result.theirs });
        },
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          if (isApiError(failure) && failure.isTransient) dispatch({ type: 'lost', sent, at: Date.now() });
          else dispatch({ type: 'refused', error: failure, sent });
        },
      );
    }, delay);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state, save]);

  // The unsaved text in the tab: kept while owed, dropped once the API holds it.
  const keep = useCallback(() => {
    const current = latest.current;
    if (sameDraftFields(current.fields, current.base.fields) && !current.conflict) {
      dropEditorDraft(staffId, current.policyId);
      return;
    }
    // Kept with the version it was typed on: while the conflict view is open that is still the older
    // one, so a reload meets their version with the conflict view again.
    keepEditorDraft(staffId, current.policyId, current.base.version, current.fields, Date.now());
  }, [staffId]);
  const forgotten = useRef(false);
  useEffect(() => {
    if (forgotten.current) return;
    const timer = window.setTimeout(keep, keepDelayMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state.fields, state.base, state.conflict, keep]);
  useEffect(() => {
    const onPageHide = () => {
      if (!forgotten.current) keep();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      onPageHide();
    };
  }, [keep]);

  return {
    state,
    status: saveStatus(state),
    unsaved: hasUnsavedChanges(state),
    edit: useCallback((fields: PolicyDraftFields) => {
      dispatch({ type: 'edit', fields, at: Date.now() });
    }, []),
    patch: useCallback((patch: Partial<PolicyDraftFields>) => {
      dispatch({ type: 'patch', patch, at: Date.now() });
    }, []),
    saveNow: useCallback(() => {
      dispatch({ type: 'save-now' });
    }, []),
    keepMine: useCallback(() => {
      dispatch({ type: 'keep-mine' });
    }, []),
    takeTheirs: useCallback(() => {
      dispatch({ type: 'take-theirs' });
    }, []),
    discard: useCallback(() => {
      dropEditorDraft(staffId, version.id);
      dispatch({ type: 'discard' });
    }, [staffId, version.id]),
    dismissSetAside: useCallback(() => {
      dispatch({ type: 'dismiss-set-aside' });
    }, []),
    forgetKept: useCallback(() => {
      forgotten.current = true;
      dropEditorDraft(staffId, latest.current.policyId);
    }, [staffId]),
  };
}
