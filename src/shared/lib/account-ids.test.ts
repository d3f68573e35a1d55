import { describe, expect, it } from 'vitest';
import { parseAccountIds } from './account-ids';

describe('pasting a list of account ids', () => {
  it('splits on spaces, commas, semicolons and line breaks, each id once', () => {
    expect(parseAccountIds('acc_a1, acc_b2\nacc_c3;acc_a1\t acc_d4\r\n')).toEqual({
      ids: ['acc_a1', 'acc_b2', 'acc_c3', 'acc_d4'],
      malformed: [],
    });
  });

  it('names what is not an account id instead of adding it', () => {
    expect(parseAccountIds('acc_a1 alr_x9 jane@example.com')).toEqual({
      ids: ['acc_a1'],
      malformed: ['alr_x9', 'jane@example.com'],
    });
  });
});
