import { describe, expect, it } from 'vitest';
import { createListTrail } from './list-trail';

const at = (key: string, url: string) => {
  const [pathname = '', query] = url.split('?');
  return { key, pathname, search: query ? `?${query}` : '' };
};

describe('the trail of lists behind a record', () => {
  it('finds the list as it was left, and how many entries back it is, across tabs and redirects', () => {
    const trail = createListTrail();
    trail.note(at('a', '/accounts'), 'POP');
    trail.note(at('b', '/accounts?status=locked'), 'PUSH');
    trail.note(at('c', '/accounts/acc_1'), 'PUSH');
    trail.note(at('d', '/accounts/acc_1/profile'), 'REPLACE');
    trail.note(at('e', '/accounts/acc_1/activity'), 'PUSH');
    expect(trail.find('d', '/accounts')).toEqual({ url: '/accounts?status=locked', delta: -1 });
    expect(trail.find('e', '/accounts')).toEqual({ url: '/accounts?status=locked', delta: -2 });
    expect(trail.find('e', '/alerts')).toBeUndefined();
  });

  it('keeps an entry’s trail when the person comes Back to it, and forgets the step after an unseen entry', () => {
    const trail = createListTrail();
    trail.note(at('a', '/accounts?page=3'), 'POP');
    trail.note(at('b', '/accounts/acc_1/profile'), 'PUSH');
    trail.note(at('a', '/accounts?page=3'), 'POP');
    trail.note(at('b', '/accounts/acc_1/profile'), 'POP');
    expect(trail.find('b', '/accounts')).toEqual({ url: '/accounts?page=3', delta: -1 });

    // Back to an entry from before this page was loaded: its place in the history is unknown.
    trail.note(at('z', '/accounts?status=closed'), 'POP');
    trail.note(at('y', '/accounts/acc_2/profile'), 'PUSH');
    expect(trail.find('y', '/accounts')).toEqual({ url: '/accounts?status=closed', delta: undefined });
  });
});
