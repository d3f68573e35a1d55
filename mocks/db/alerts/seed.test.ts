import { describe, expect, it } from 'vitest';
import { packAlerts, shiftAlertPack, type PackedAlerts } from './seed';

/** Column by column, without toEqual (vitest takes seconds over 20,000-long typed arrays). */
function differences(a: PackedAlerts, b: PackedAlerts): string[] {
  const found: string[] = [];
  for (const key of Object.keys(a) as (keyof PackedAlerts)[]) {
    const left = a[key];
    const right = b[key];
    if (typeof left === 'number' || typeof right === 'number') {
      if (left !== right) found.push(key);
      continue;
    }
    const same =
      left.length === right.length && Array.prototype.every.call(left, (value, i) => value === right[i]);
    if (!same) found.push(key);
  }
  return found;
}

describe('alert seed', () => {
  it('moved to another anchor is the seed built at that anchor (the browser reuses its stored seed so)', () => {
    const first = Date.parse('2026-11-25T09:00:00Z');
    const later = first + 3 * 86_400_000 + 17 * 60_000 + 123;
    const shifted = shiftAlertPack(packAlerts(5, first), first, later);
    const built = packAlerts(5, later);
    expect(differences(shifted, built)).toEqual([]);
    // And the comparison does see a difference where there is one.
    expect(differences(packAlerts(5, first), built)).toEqual(['detectedAt', 'updatedAt']);
  });
});
