import { diffLines, diffWordsWithSpace } from 'diff';
import { markdownHeadings, type MarkdownHeading } from './markdown-headings';

// What changed between two versions' Markdown SOURCE, line by line (jsdiff's `diffLines`), with
// the words that changed inside a changed line (jsdiff's `diffWordsWithSpace` on each pair of a
// removed and an added line). Pure and serialisable: the same function runs in the diff worker
// and, where no worker can start (tests), on the page.

/** A run of a changed line's text: `changed` runs are the words (or spaces) that differ. */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

/** A removed line (of the older version) or an added line (of the newer one). */
export interface DiffLine {
  /** 1-based line number in its own version's body. */
  number: number;
  text: string;
  /**
   * Set when the line is paired with one on the other side (a line that was edited): its text
   * cut into unchanged and changed runs, which joined give `text` exactly.
   */
  segments: DiffSegment[] | null;
  /** The paired lines differ only in whitespace (spaces, tabs, trailing blanks). */
  whitespaceOnly: boolean;
  /**
   * The same text was added (for a removed line) or removed (for an added line) elsewhere: the
   * line moved. The number of that line on the other side, else `null`.
   */
  movedTo: number | null;
}

/** Lines both versions share (with "ignore whitespace", lines equal but for whitespace). */
export interface UnchangedBlock {
  kind: 'unchanged';
  /** 1-based numbers of the first line in the older and in the newer body. */
  oldStart: number;
  newStart: number;
  /** The older version's lines and the newer version's, the same count. */
  oldLines: string[];
  newLines: string[];
}

/** One change: the lines removed and the lines added at one place, in order. */
export interface ChangeBlock {
  kind: 'change';
  /** 0-based index among the changes, in reading order (what n / p step through). */
  index: number;
  /** Index into `PolicyDiff.sections` of the section (Markdown heading) it falls in. */
  section: number;
  /** Where it is: the number of the first removed / added line, or of the line it comes before. */
  oldStart: number;
  newStart: number;
  removed: DiffLine[];
  added: DiffLine[];
  /** Every line of it is blank or differs from its pair only in whitespace. */
  whitespaceOnly: boolean;
}

export type DiffBlock = UnchangedBlock | ChangeBlock;

/** A section of the policy (by Markdown heading) that holds at least one change. */
export interface ChangedSection {
  /** The heading's text (source), or `null` for the text before the first heading. */
  title: string | null;
  /** 1–6; 0 for the text before the first heading. */
  level: number;
  /** Indices of its changes, ascending. */
  changes: number[];
  added: number;
  removed: number;
}

export interface PolicyDiff {
  blocks: DiffBlock[];
  sections: ChangedSection[];
  /** How many changes (change blocks) there are. */
  changeCount: number;
  /** Lines added and removed in all (a moved line counts once added and once removed). */
  added: number;
  removed: number;
  /** Lines that moved (counted on the added side). */
  moved: number;
}

export interface PolicyDiffOptions {
  /** Treat lines that differ only in whitespace (within or around them) as unchanged. */
  ignoreWhitespace: boolean;
}

/**
 * The body cut into lines the way `diffLines` cuts it (`\n` or `\r\n`), without a last empty line
 * for a final newline. A missing final newline and CRLF versus LF are not changes here: a policy
 * is read, not patched.
 */
export function bodyLines(body: string): string[] {
  if (body === '') return [];
  const lines = body.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const collapseWhitespace = (line: string) => line.replace(/\s+/g, ' ').trim();
const isBlank = (line: string) => line.trim() === '';
/** Worth calling moved: at least two words (a lone `---` or `- ` appearing twice is chance). */
const isMovable = (line: string) => /\w+\W+\w+/.test(line);

/** The older and newer line's texts cut into runs, the differing words marked on each side. */
function wordSegments(
  older: string,
  newer: string,
  ignoreWhitespace: boolean,
): { old: DiffSegment[]; new: DiffSegment[] } {
  const old: DiffSegment[] = [];
  const added: DiffSegment[] = [];
  const push = (list: DiffSegment[], text: string, changed: boolean) => {
    const last = list[list.length - 1];
    if (last?.changed === changed) last.text += text;
    else list.push({ text, changed });
  };
  for (const part of diffWordsWithSpace(older, newer)) {
    // With whitespace ignored, a run of only spaces is not a change worth marking.
    const changed = ignoreWhitespace ? /\S/.test(part.value) : true;
    if (part.removed) push(old, part.value, changed);
    else if (part.added) push(added, part.value, changed);
    else {
      push(old, part.value, false);
      push(added, part.value, false);
    }
  }
  return { old: joinChangedRuns(old), new: joinChangedRuns(added) };
}

/**
 * Changed words separated only by unchanged spaces read as one changed phrase: `[sees] [the]
 * [same]` becomes `[sees the same]`. The runs still join to the line's text exactly.
 */
function joinChangedRuns(segments: DiffSegment[]): DiffSegment[] {
  const joined: DiffSegment[] = [];
  segments.forEach((segment, index) => {
    const before = joined[joined.length - 1];
    const after = segments[index + 1];
    const bridge =
      !segment.changed && segment.text.trim() === '' && before?.changed === true && after?.changed === true;
    if ((segment.changed || bridge) && before?.changed === true) before.text += segment.text;
    else joined.push({ ...segment });
  });
  return joined;
}

function sectionIndexAt(headings: readonly MarkdownHeading[], lineIndex: number): number {
  // The last heading at or before the line; -1 before the first heading.
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const heading = headings[middle];
    if (heading && heading.line <= lineIndex) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Compares two versions' Markdown bodies: `older` (the version compared against) and `newer`.
 * Returns the blocks in reading order — unchanged runs and changes (removed lines, then added
 * lines; a removed line is paired with the added line in the same position for the word marks,
 * lines that moved elsewhere are left unpaired and say where they went) — the changed sections
 * by Markdown heading, and the counts of lines added, removed and moved. Throws nothing.
 */
export function diffPolicyBodies(older: string, newer: string, options: PolicyDiffOptions): PolicyDiff {
  const oldLines = bodyLines(older);
  const newLines = bodyLines(newer);
  const prepare = (lines: string[]) =>
    (options.ignoreWhitespace ? lines.map(collapseWhitespace) : lines).map((line) => `${line}\n`).join('');
  const parts = diffLines(prepare(oldLines), prepare(newLines));

  // First pass: runs of unchanged lines and raw changes (positions only).
  interface RawChange {
    oldStart: number;
    newStart: number;
    removed: number;
    added: number;
  }
  const raw: (UnchangedBlock | RawChange)[] = [];
  let oldAt = 0;
  let newAt = 0;
  let pending: RawChange | null = null;
  for (const part of parts) {
    const count = part.count;
    if (!part.added && !part.removed) {
      if (pending) raw.push(pending);
      pending = null;
      raw.push({
        kind: 'unchanged',
        oldStart: oldAt + 1,
        newStart: newAt + 1,
        oldLines: oldLines.slice(oldAt, oldAt + count),
        newLines: newLines.slice(newAt, newAt + count),
      });
      oldAt += count;
      newAt += count;
      continue;
    }
    pending ??= { oldStart: oldAt, newStart: newAt, removed: 0, added: 0 };
    if (part.removed) {
      pending.removed += count;
      oldAt += count;
    } else {
      pending.added += count;
      newAt += count;
    }
  }
  if (pending) raw.push(pending);

  // Moves: the same (non-trivial) text removed in one place and added in another.
  const removedByText = new Map<string, number[]>();
  for (const entry of raw) {
    if ('kind' in entry) continue;
    for (let i = 0; i < entry.removed; i++) {
      const text = oldLines[entry.oldStart + i] ?? '';
      if (!isMovable(text)) continue;
      const key = options.ignoreWhitespace ? collapseWhitespace(text) : text;
      const list = removedByText.get(key) ?? [];
      list.push(entry.oldStart + i);
      removedByText.set(key, list);
    }
  }
  const movedOld = new Map<number, number>();
  const movedNew = new Map<number, number>();
  for (const entry of raw) {
    if ('kind' in entry) continue;
    for (let i = 0; i < entry.added; i++) {
      const text = newLines[entry.newStart + i] ?? '';
      if (!isMovable(text)) continue;
      const key = options.ignoreWhitespace ? collapseWhitespace(text) : text;
      const oldIndex = removedByText.get(key)?.shift();
      if (oldIndex === undefined) continue;
      movedOld.set(oldIndex, entry.newStart + i);
      movedNew.set(entry.newStart + i, oldIndex);
    }
  }

  const newHeadings = markdownHeadings(newLines);
  const oldHeadings = markdownHeadings(oldLines);
  const sections: ChangedSection[] = [];
  const sectionByKey = new Map<string, number>();
  // An older heading that both versions keep is the same section as its newer line.
  const keptHeading = new Map<number, number>();
  for (const entry of raw)
    if ('kind' in entry)
      for (let i = 0; i < entry.oldLines.length; i++)
        keptHeading.set(entry.oldStart - 1 + i, entry.newStart - 1 + i);
  const sectionOf = (side: 'old' | 'new', heading: MarkdownHeading | undefined): number => {
    const kept = side === 'old' && heading ? keptHeading.get(heading.line) : undefined;
    const key = !heading
      ? 'top'
      : side === 'new'
        ? `new:${String(heading.line)}`
        : kept !== undefined
          ? `new:${String(kept)}`
          : `old:${String(heading.line)}`;
    let index = sectionByKey.get(key);
    if (index === undefined) {
      index = sections.length;
      sections.push({
        title: heading ? heading.title : null,
        level: heading ? heading.level : 0,
        changes: [],
        added: 0,
        removed: 0,
      });
      sectionByKey.set(key, index);
    }
    return index;
  };

  const blocks: DiffBlock[] = [];
  let added = 0;
  let removed = 0;
  let moved = 0;
  let changeCount = 0;
  for (const entry of raw) {
    if ('kind' in entry) {
      blocks.push(entry);
      continue;
    }
    const removedLines: DiffLine[] = [];
    const addedLines: DiffLine[] = [];
    for (let i = 0; i < entry.removed; i++) {
      const index = entry.oldStart + i;
      const movedTo = movedOld.get(index);
      removedLines.push({
        number: index + 1,
        text: oldLines[index] ?? '',
        segments: null,
        whitespaceOnly: false,
        movedTo: movedTo === undefined ? null : movedTo + 1,
      });
    }
    for (let i = 0; i < entry.added; i++) {
      const index = entry.newStart + i;
      const movedFrom = movedNew.get(index);
      addedLines.push({
        number: index + 1,
        text: newLines[index] ?? '',
        segments: null,
        whitespaceOnly: false,
        movedTo: movedFrom === undefined ? null : movedFrom + 1,
      });
    }
    // Pair the lines that did not move, in order: the first removed with the first added, …
    const oldPairable = removedLines.filter((line) => line.movedTo === null);
    const newPairable = addedLines.filter((line) => line.movedTo === null);
    const pairs = Math.min(oldPairable.length, newPairable.length);
    for (let i = 0; i < pairs; i++) {
      const oldLine = oldPairable[i];
      const newLine = newPairable[i];
      if (!oldLine || !newLine) continue;
      const segments = wordSegments(oldLine.text, newLine.text, options.ignoreWhitespace);
      oldLine.segments = segments.old;
      newLine.segments = segments.new;
      const same = collapseWhitespace(oldLine.text) === collapseWhitespace(newLine.text);
      oldLine.whitespaceOnly = same;
      newLine.whitespaceOnly = same;
    }
    const whitespaceOnly = [...removedLines, ...addedLines].every(
      (line) =>
        line.whitespaceOnly || (line.segments === null && line.movedTo === null && isBlank(line.text)),
    );

    // The section where the change begins: by the newer body when it adds lines (a heading it
    // adds is its own section), else where the removed lines stood in the older body. Blank
    // lines it adds first do not decide: a section added as "blank line, heading, …" is that
    // heading's section, not the one before it.
    const firstWritten = addedLines.findIndex((line) => !isBlank(line.text));
    const section =
      entry.added > 0
        ? sectionOf(
            'new',
            newHeadings[sectionIndexAt(newHeadings, entry.newStart + Math.max(0, firstWritten))],
          )
        : sectionOf('old', oldHeadings[sectionIndexAt(oldHeadings, entry.oldStart)]);
    const changeIndex = changeCount;
    changeCount += 1;
    const changedSection = sections[section];
    if (changedSection) {
      changedSection.changes.push(changeIndex);
      changedSection.added += addedLines.length;
      changedSection.removed += removedLines.length;
    }
    added += addedLines.length;
    removed += removedLines.length;
    moved += addedLines.filter((line) => line.movedTo !== null).length;
    blocks.push({
      kind: 'change',
      index: changeIndex,
      section,
      oldStart: entry.oldStart + 1,
      newStart: entry.newStart + 1,
      removed: removedLines,
      added: addedLines,
      whitespaceOnly,
    });
  }
  return { blocks, sections, changeCount, added, removed, moved };
}

/** One row of the side-by-side view: the older line on the left, the newer on the right. */
export interface SideBySideRow {
  old: DiffLine | null;
  new: DiffLine | null;
}

/**
 * A change's rows for the side-by-side view: paired lines (an edited line) side by side, the
 * other removed lines alone on the left and added lines alone on the right, in reading order.
 */
export function sideBySideRows(change: ChangeBlock): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let i = 0;
  let j = 0;
  const { removed, added } = change;
  while (i < removed.length || j < added.length) {
    const left = removed[i];
    const right = added[j];
    if (left?.segments && right?.segments) {
      rows.push({ old: left, new: right });
      i++;
      j++;
    } else if (left && !left.segments) {
      rows.push({ old: left, new: null });
      i++;
    } else if (right && !right.segments) {
      rows.push({ old: null, new: right });
      j++;
    } else if (left) {
      rows.push({ old: left, new: null });
      i++;
    } else if (right) {
      rows.push({ old: null, new: right });
      j++;
    }
  }
  return rows;
}
