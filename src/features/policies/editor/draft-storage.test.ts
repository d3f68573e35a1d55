import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { clearSessionData } from '@/shared/session/session-end';
import type { PolicyDraftFields } from './draft-fields';
import { dropEditorDraft, editorDraftKey, keepEditorDraft, loadEditorDraft } from './draft-storage';

const fields: PolicyDraftFields = {
  title: 'Privacy policy 2026.4',
  summary: 'New partner category',
  body: '# Privacy policy\n\nWe share order data with carriers.',
  significant: true,
  changeCategories: ['recipients'],
};

afterEach(() => {
  sessionStorage.clear();
});

describe('the editor’s unsaved text in the tab', () => {
  it('comes back for the same person and version with the version it was typed on', () => {
    keepEditorDraft('stf_legal', 'pol_1', 4, fields, 1_000);
    expect(loadEditorDraft('stf_legal', 'pol_1')).toEqual({
      staffId: 'stf_legal',
      policyId: 'pol_1',
      baseVersion: 4,
      keptAt: 1_000,
      fields,
    });
  });

  it('is kept apart per person and per version', () => {
    keepEditorDraft('stf_legal', 'pol_1', 4, fields, 1_000);
    expect(loadEditorDraft('stf_legal2', 'pol_1')).toBeNull();
    expect(loadEditorDraft('stf_legal', 'pol_2')).toBeNull();
    expect(loadEditorDraft('stf_legal', 'pol_1')?.fields).toEqual(fields);
  });

  it('is gone once dropped (saved or discarded)', () => {
    keepEditorDraft('stf_legal', 'pol_1', 4, fields, 1_000);
    dropEditorDraft('stf_legal', 'pol_1');
    expect(loadEditorDraft('stf_legal', 'pol_1')).toBeNull();
  });

  it('ignores and drops what the editor did not write', () => {
    sessionStorage.setItem(
      editorDraftKey('stf_legal', 'pol_1'),
      '{"staffId":"stf_legal","fields":{"body":1}}',
    );
    expect(loadEditorDraft('stf_legal', 'pol_1')).toBeNull();
    expect(sessionStorage.getItem(editorDraftKey('stf_legal', 'pol_1'))).toBeNull();
  });

  it('is dropped when the session ends', () => {
    keepEditorDraft('stf_legal', 'pol_1', 4, fields, 1_000);
    sessionStorage.setItem('other', 'kept');
    clearSessionData(createQueryClient());
    expect(loadEditorDraft('stf_legal', 'pol_1')).toBeNull();
  });
});
