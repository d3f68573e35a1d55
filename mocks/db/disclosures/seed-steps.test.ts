import { describe, expect, it } from 'vitest';
import { packedAccounts } from '../accounts/seed';
import { disclosureSeedSteps, seedDisclosures, type DisclosurePack } from './seed';

/**
 * The seeding worker starts the ledger before the accounts' columns have come: the steps build
 * what needs no accounts, ask for the columns once, and end with the same pack as a build that
 * had them from the start.
 */
describe('disclosureSeedSteps without the accounts', () => {
  const seed = 20_261_201;
  const anchor = Date.parse('2026-11-25T09:00:00Z');

  it('asks for the columns once, after the consent pool, and builds the same ledger', () => {
    const steps = disclosureSeedSteps(seed, anchor);
    let before = 0;
    let asked = 0;
    let step = steps.next();
    let pack: DisclosurePack | undefined;
    while (!pack) {
      if (step.done) {
        pack = step.value;
      } else if (step.value === 'accounts') {
        asked += 1;
        step = steps.next(packedAccounts(seed));
      } else {
        if (asked === 0) before += 1;
        step = steps.next();
      }
    }
    expect(asked).toBe(1);
    // The pool's 1,500 consent logs come first, in steps of 20.
    expect(before).toBeGreaterThanOrEqual(75);
    const whole = seedDisclosures(seed, anchor, packedAccounts(seed));
    expect(pack.count).toBe(whole.count);
    expect(pack.occurred).toEqual(whole.occurred);
    expect(pack.accounts).toEqual(whole.accounts);
    expect(pack.poolLastAgo).toEqual(whole.poolLastAgo);
  });

  it('refuses to go on without them', () => {
    const steps = disclosureSeedSteps(seed, anchor);
    let step = steps.next();
    while (!step.done && step.value !== 'accounts') step = steps.next();
    expect(() => steps.next(undefined)).toThrow(/accounts columns were not given/);
  });
});
