import type { ChangeBlock, DiffBlock } from './policy-diff';

/** Unchanged lines shown around each change. */
export const contextLines = 3;
/** About how many lines one rendering chunk holds (rendered one after another, so none is a long task). */
export const chunkLines = 40;

/** What the diff view prints, in reading order. */
export type DiffItem =
  | {
      kind: 'unchanged';
      key: string;
      oldStart: number;
      newStart: number;
      oldLines: readonly string[];
      newLines: readonly string[];
    }
  /** Unchanged lines folded away: a button shows them (`block` is their block's index). */
  | { kind: 'fold'; key: string; block: number; count: number; oldStart: number; newStart: number }
  | { kind: 'change'; key: string; change: ChangeBlock };

/**
 * The blocks as the view prints them: each change whole; unchanged runs cut to `contextLines`
 * around the changes, the middle folded unless its block is in `expanded` (indices into `blocks`).
 */
export function diffItems(blocks: readonly DiffBlock[], expanded: ReadonlySet<number>): DiffItem[] {
  const items: DiffItem[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'change') {
      items.push({ kind: 'change', key: `c${String(block.index)}`, change: block });
      return;
    }
    const total = block.oldLines.length;
    const head = index === 0 ? 0 : contextLines;
    const tail = index === blocks.length - 1 ? 0 : contextLines;
    const slice = (from: number, to: number, key: string): DiffItem => ({
      kind: 'unchanged',
      key,
      oldStart: block.oldStart + from,
      newStart: block.newStart + from,
      oldLines: block.oldLines.slice(from, to),
      newLines: block.newLines.slice(from, to),
    });
    // Folding fewer than a few lines saves nothing.
    if (expanded.has(index) || total <= head + tail + 2 || blocks.length === 1) {
      items.push(slice(0, total, `u${String(index)}`));
      return;
    }
    if (head > 0) items.push(slice(0, head, `u${String(index)}h`));
    items.push({
      kind: 'fold',
      key: `f${String(index)}`,
      block: index,
      count: total - head - tail,
      oldStart: block.oldStart + head,
      newStart: block.newStart + head,
    });
    if (tail > 0) items.push(slice(total - tail, total, `u${String(index)}t`));
  });
  return items;
}

const weight = (item: DiffItem) =>
  item.kind === 'fold'
    ? 1
    : item.kind === 'unchanged'
      ? item.newLines.length
      : item.change.removed.length + item.change.added.length;

/** Unchanged runs longer than `size` cut into pieces of `size` lines. */
function pieces(item: DiffItem, size: number): DiffItem[] {
  if (item.kind !== 'unchanged' || item.newLines.length <= size) return [item];
  const result: DiffItem[] = [];
  for (let from = 0; from < item.newLines.length; from += size)
    result.push({
      ...item,
      key: `${item.key}.${String(from)}`,
      oldStart: item.oldStart + from,
      newStart: item.newStart + from,
      oldLines: item.oldLines.slice(from, from + size),
      newLines: item.newLines.slice(from, from + size),
    });
  return result;
}

/** The items cut into chunks of about `size` lines; a change is never split, a long unchanged run is. */
export function chunkItems(items: readonly DiffItem[], size = chunkLines): DiffItem[][] {
  const chunks: DiffItem[][] = [];
  let chunk: DiffItem[] = [];
  let lines = 0;
  for (const item of items.flatMap((one) => pieces(one, size))) {
    chunk.push(item);
    lines += weight(item);
    if (lines >= size) {
      chunks.push(chunk);
      chunk = [];
      lines = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
