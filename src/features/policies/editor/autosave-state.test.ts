import { describe, expect, it } from 'vitest';
import { apiErrorFromStatus } from '@/shared/api/api-error';
import type { PolicyVersion } from '@/shared/contract/policies';
import {
  autosaveDebounceMs,
  autosaveReducer,
  hasUnsavedChanges,
  initialAutosaveState,
  nextSaveDelay,
  retryDelayMs,
  saveStatus,
  type AutosaveEvent,
  type AutosaveState,
} from './autosave-state';
import { draftFieldsOf } from './draft-fields';

const draft: PolicyVersion = {
  id: 'pol_draft',
  label: '2026.4',
  version: 3,
  status: 'draft',
  title: 'Privacy policy',
  summary: '',
  body: '# Privacy policy',
  authorId: 'stf_legal',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  significant: false,
  changeCategories: [],
  history: [],
};

const run = (state: AutosaveState, ...events: AutosaveEvent[]) => events.reduce(autosaveReducer, state);
const edited = (body: string) => ({ ...draftFieldsOf(draft), body });

describe('the editor’s autosave', () => {
  it('saves a second after the last keystroke, on the version it was typed on', () => {
    const state = run(initialAutosaveState(draft, true), { type: 'edit', fields: edited('a'), at: 10_000 });
    expect(saveStatus(state)).toEqual({ kind: 'unsaved', blockedBy: null });
    expect(nextSaveDelay(state, 10_400)).toBe(autosaveDebounceMs - 400);
    expect(state.base.version).toBe(3);
  });

  it('sends one save at a time, and what was typed during it after it, on the new version', () => {
    let state = run(
      initialAutosaveState(draft, true),
      { type: 'edit', fields: edited('a'), at: 0 },
      { type: 'send', fields: edited('a') },
      { type: 'edit', fields: edited('ab'), at: 1_500 },
    );
    expect(saveStatus(state)).toEqual({ kind: 'saving' });
    expect(nextSaveDelay(state, 5_000)).toBeNull();
    state = run(state, {
      type: 'saved',
      record: { ...draft, version: 4, body: 'a' },
      sent: edited('a'),
      at: 2_000,
    });
    expect(state.base.version).toBe(4);
    expect(nextSaveDelay(state, 2_600)).toBe(0);
    expect(saveStatus(state).kind).toBe('unsaved');
  });

  it('shows Saved with the time once nothing is owed', () => {
    const state = run(
      initialAutosaveState(draft, true),
      { type: 'edit', fields: edited('a'), at: 0 },
      { type: 'send', fields: edited('a') },
      { type: 'saved', record: { ...draft, version: 4 }, sent: edited('a'), at: 1_234 },
    );
    expect(saveStatus(state)).toEqual({ kind: 'saved', at: 1_234 });
    expect(hasUnsavedChanges(state)).toBe(false);
    expect(nextSaveDelay(state, 10_000)).toBeNull();
  });

  it('waits while offline and saves at once when the connection is back', () => {
    let state = run(initialAutosaveState(draft, false), { type: 'edit', fields: edited('a'), at: 0 });
    expect(saveStatus(state)).toEqual({ kind: 'offline', retryAt: null });
    expect(nextSaveDelay(state, 10_000)).toBeNull();
    state = run(state, { type: 'online', online: true, at: 10_000 });
    expect(nextSaveDelay(state, 10_000)).toBe(0);
  });

  it('retries a save whose connection failed with growing waits', () => {
    let state = run(
      initialAutosaveState(draft, true),
      { type: 'edit', fields: edited('a'), at: 0 },
      { type: 'send', fields: edited('a') },
      { type: 'lost', sent: edited('a'), at: 2_000 },
    );
    expect(saveStatus(state)).toEqual({ kind: 'offline', retryAt: 3_000 });
    state = run(state, { type: 'send', fields: edited('a') }, { type: 'lost', sent: edited('a'), at: 4_000 });
    expect(nextSaveDelay(state, 4_000)).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2_000);
    expect(retryDelayMs(20)).toBe(30_000);
    expect(state.unconfirmed).toHaveLength(2);
  });

  it('stops on a colleague’s version and keeps the person’s text until they choose', () => {
    const theirs = { ...draft, version: 5, body: 'their text' };
    let state = run(
      initialAutosaveState(draft, true),
      { type: 'edit', fields: edited('mine'), at: 0 },
      { type: 'send', fields: edited('mine') },
      { type: 'conflict', theirs },
      { type: 'edit', fields: edited('mine, more'), at: 3_000 },
    );
    expect(saveStatus(state)).toEqual({ kind: 'conflict' });
    expect(nextSaveDelay(state, 9_000)).toBeNull();
    expect(state.fields.body).toBe('mine, more');

    const kept = run(state, { type: 'keep-mine' });
    expect(kept.base.version).toBe(5);
    expect(kept.fields.body).toBe('mine, more');
    expect(nextSaveDelay(kept, 3_001)).toBe(0);

    state = run(state, { type: 'take-theirs' });
    expect(state.fields.body).toBe('their text');
    expect(state.setAside?.body).toBe('mine, more');
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it('does not save a draft without a title, and says why', () => {
    const state = run(initialAutosaveState(draft, true), {
      type: 'edit',
      fields: { ...draftFieldsOf(draft), title: '  ' },
      at: 0,
    });
    expect(saveStatus(state)).toEqual({ kind: 'unsaved', blockedBy: 'Give the version a title to save it' });
    expect(nextSaveDelay(state, 5_000)).toBeNull();
  });

  it('waits for the person after a refusal, and Save now tries again', () => {
    const refusal = apiErrorFromStatus(409, 'Conflict');
    let state = run(
      initialAutosaveState(draft, true),
      { type: 'edit', fields: edited('a'), at: 0 },
      { type: 'send', fields: edited('a') },
      { type: 'refused', error: refusal, sent: edited('a') },
      { type: 'edit', fields: edited('ab'), at: 5_000 },
    );
    expect(saveStatus(state)).toEqual({ kind: 'failed', error: refusal });
    expect(nextSaveDelay(state, 9_000)).toBeNull();
    state = run(state, { type: 'save-now' });
    expect(nextSaveDelay(state, 5_001)).toBe(0);
  });

  it('opens a text kept in the tab on an older version on the conflict view', () => {
    const restored = { baseVersion: 2, fields: edited('typed before the reload') };
    const stale = initialAutosaveState(draft, true, restored);
    expect(stale.conflict?.theirs).toBe(draft);
    expect(stale.fields.body).toBe('typed before the reload');
    const current = initialAutosaveState(draft, true, { ...restored, baseVersion: 3 });
    expect(current.conflict).toBeNull();
    expect(saveStatus(current).kind).toBe('unsaved');
  });

  it('saves restored text only once the person types or asks to', () => {
    const restored = initialAutosaveState(
      draft,
      true,
      { baseVersion: 3, fields: edited('kept in the tab') },
      0,
    );
    expect(nextSaveDelay(restored, 60_000)).toBeNull();
    expect(nextSaveDelay(run(restored, { type: 'save-now' }), 60_000)).toBe(0);
    const typed = run(restored, { type: 'patch', patch: { body: 'kept in the tab!' }, at: 60_000 });
    expect(nextSaveDelay(typed, 60_000)).toBe(autosaveDebounceMs);
    const discarded = run(restored, { type: 'discard' });
    expect(discarded.fields.body).toBe(draft.body);
    expect(hasUnsavedChanges(discarded)).toBe(false);
  });
});
