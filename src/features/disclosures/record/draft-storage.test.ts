import { afterEach, describe, expect, it } from 'vitest';
import { clearSessionData } from '@/shared/session/session-end';
import { createQueryClient } from '@/app/query-client';
import { draftKey, dropDraft, loadDraft, saveDraft } from './draft-storage';
import { emptyDisclosureForm, type DisclosureFormValues } from './form-values';

const values: DisclosureFormValues = {
  ...emptyDisclosureForm,
  occurredAt: '2026-11-30T09:15',
  recipientId: 'rcp_x',
  legalBasis: 'consent',
  purpose: 'Partner delivery',
  dataCategories: ['identity'],
  accountIds: ['acc_one', 'acc_two'],
  subjectCount: '2',
};

afterEach(() => {
  sessionStorage.clear();
});

describe('the record form’s draft', () => {
  it('comes back for the same person after a reload of the tab', () => {
    saveDraft('stf_legal', values);
    expect(loadDraft('stf_legal', '')).toEqual(values);
  });

  it('is not given to another person, and is then dropped', () => {
    saveDraft('stf_legal', values);
    expect(loadDraft('stf_other', '')).toBeNull();
    expect(sessionStorage.getItem(draftKey(''))).toBeNull();
  });

  it('keeps a correction’s draft apart from a new entry’s', () => {
    saveDraft('stf_legal', { ...values, corrects: 'dis_1' });
    expect(loadDraft('stf_legal', '')).toBeNull();
    expect(loadDraft('stf_legal', 'dis_1')?.corrects).toBe('dis_1');
    dropDraft('dis_1');
    expect(loadDraft('stf_legal', 'dis_1')).toBeNull();
  });

  it('ignores what this form did not write', () => {
    sessionStorage.setItem(draftKey(''), '{"staffId":"stf_legal","values":{"purpose":1}}');
    expect(loadDraft('stf_legal', '')).toBeNull();
  });

  it('is dropped when the session ends', () => {
    saveDraft('stf_legal', values);
    saveDraft('stf_legal', { ...values, corrects: 'dis_1' });
    clearSessionData(createQueryClient());
    expect(sessionStorage.length).toBe(0);
  });
});
