// The editor's preview renders a long policy block by block, so a keystroke re-renders the one
// block it changed instead of the whole text (DESIGN "Performance"). A block is a run of lines
// between blank lines, except that a fenced code block is never cut, whatever blank lines it holds.

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
// Reference-style link definitions and footnotes reach across blocks: cut apart, a reference
// would lose its target. A text that has any is previewed whole.
const crossBlockReference = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * Splits a Markdown text into its top-level blocks: runs of lines separated by blank lines
 * (lines of only spaces or tabs) outside fenced code blocks (``` or ~~~, closed by a fence of the
 * same character at least as long; an unclosed fence runs to the end). A run that starts indented
 * stays with the block before it, joined by one blank line. Other blank lines are dropped; each block keeps its lines as written, joined by `\n`. A text with reference-style link
 * definitions or footnotes comes back as one block, so every reference finds its target. Returns
 * `[]` for a blank text. Pure; throws nothing.
 */
export function splitMarkdownBlocks(markdown: string): string[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  if (crossBlockReference.test(markdown)) {
    const whole = markdown.trim() === '' ? [] : [lines.join('\n')];
    return whole;
  }
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: { char: string; length: number } | null = null;
  for (const line of lines) {
    if (fence) {
      current.push(line);
      const close = fenceOpen.exec(line);
      if (
        close?.[1]?.startsWith(fence.char) &&
        close[1].length >= fence.length &&
        /^\s*$/.test(line.slice(close[0].length))
      ) {
        fence = null;
      }
      continue;
    }
    if (current.length === 0 && /^[ \t]/.test(line)) {
      // An indented line after a blank line continues the block before it (a list item's next
      // paragraph, a nested list): alone it would read as a code block.
      const previous = blocks.pop();
      if (previous !== undefined) current = [previous, ''];
    }
    const open = fenceOpen.exec(line);
    if (open?.[1]) {
      fence = { char: open[1].charAt(0), length: open[1].length };
      current.push(line);
      continue;
    }
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

/** One block of the preview with a React key that stays the same while its text does. */
export interface KeyedBlock {
  key: string;
  text: string;
}

/**
 * The blocks of `markdown` (`splitMarkdownBlocks`) keyed by their content: the text itself, with
 * the count of earlier equal blocks appended, so two equal paragraphs get distinct keys and an edit
 * in one block leaves the keys — and so the rendered elements — of all the others unchanged. Pure.
 */
export function keyedMarkdownBlocks(markdown: string): KeyedBlock[] {
  const seen = new Map<string, number>();
  return splitMarkdownBlocks(markdown).map((text) => {
    const count = seen.get(text) ?? 0;
    seen.set(text, count + 1);
    return { key: `${String(count)}:${text}`, text };
  });
}
