import { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { endSession } from '@/shared/session/session-end';
import { tabStore } from './tab-store';

const noteSchema = z.object({ staffId: z.string(), text: z.string() });
const notes = tabStore('test.tab-store.note.', noteSchema);

describe('tabStore', () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it('keeps an entry in the tab and reads it back', () => {
    notes.write('a', { staffId: 'stf_1', text: 'Half a sentence' });
    expect(sessionStorage.getItem('test.tab-store.note.a')).toContain('Half a sentence');
    expect(notes.read('a')).toEqual({ staffId: 'stf_1', text: 'Half a sentence' });
    expect(notes.read('b')).toBeNull();
  });

  it('drops an entry it did not write, or one the caller refuses', () => {
    sessionStorage.setItem('test.tab-store.note.broken', '{not json');
    sessionStorage.setItem('test.tab-store.note.other', JSON.stringify({ text: 42 }));
    expect(notes.read('broken')).toBeNull();
    expect(notes.read('other')).toBeNull();
    expect(sessionStorage.getItem('test.tab-store.note.broken')).toBeNull();
    expect(sessionStorage.getItem('test.tab-store.note.other')).toBeNull();
    notes.write('mine', { staffId: 'stf_1', text: 'x' });
    expect(notes.read('mine', (note) => note.staffId === 'stf_2')).toBeNull();
    expect(sessionStorage.getItem('test.tab-store.note.mine')).toBeNull();
  });

  it('forgets its own entries, and only those, when the session ends', () => {
    notes.write('a', { staffId: 'stf_1', text: 'one' });
    notes.write('b', { staffId: 'stf_1', text: 'two' });
    sessionStorage.setItem('unrelated', 'stays');
    endSession(new QueryClient());
    expect(notes.read('a')).toBeNull();
    expect(notes.read('b')).toBeNull();
    expect(sessionStorage.getItem('unrelated')).toBe('stays');
  });
});
