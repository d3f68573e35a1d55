import { describe, expect, it } from 'vitest';
import { chunkItems, contextLines, diffItems, type DiffItem } from './diff-items';
import { diffPolicyBodies } from './policy-diff';

const lines = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix} line ${String(i + 1)}`);

/** A 60-line body with line 30 edited. */
function oneEditInTheMiddle() {
  const older = lines(60, 'Text');
  const newer = [...older];
  newer[29] = 'Text line 30, edited';
  return diffPolicyBodies(older.join('\n'), newer.join('\n'), { ignoreWhitespace: false });
}

const shape = (items: readonly DiffItem[]) =>
  items.map((item) =>
    item.kind === 'fold'
      ? `fold ${String(item.count)}`
      : item.kind === 'unchanged'
        ? `same ${String(item.newStart)}-${String(item.newStart + item.newLines.length - 1)}`
        : `change ${String(item.change.index)}`,
  );

describe('what the diff view prints', () => {
  it('folds unchanged lines away, keeping three around each change', () => {
    const diff = oneEditInTheMiddle();
    expect(contextLines).toBe(3);
    expect(shape(diffItems(diff.blocks, new Set()))).toEqual([
      'fold 26',
      'same 27-29',
      'change 0',
      'same 31-33',
      'fold 27',
    ]);
  });

  it('shows a folded run whole once it is expanded', () => {
    const diff = oneEditInTheMiddle();
    expect(shape(diffItems(diff.blocks, new Set([0])))).toEqual([
      'same 1-29',
      'change 0',
      'same 31-33',
      'fold 27',
    ]);
  });

  it('cuts the items into chunks of about the given size without splitting a change', () => {
    const diff = oneEditInTheMiddle();
    const chunks = chunkItems(diffItems(diff.blocks, new Set([0, 2])), 10);
    expect(chunks.flat().filter((item) => item.kind === 'change')).toHaveLength(1);
    const printed = chunks
      .flat()
      .reduce((sum, item) => sum + (item.kind === 'unchanged' ? item.newLines.length : 0), 0);
    expect(printed).toBe(59);
    for (const chunk of chunks) {
      const size = chunk.reduce(
        (sum, item) =>
          sum + (item.kind === 'unchanged' ? item.newLines.length : item.kind === 'change' ? 2 : 1),
        0,
      );
      expect(size).toBeLessThan(2 * 10);
    }
    expect(new Set(chunks.flat().map((item) => item.key)).size).toBe(chunks.flat().length);
  });
});
