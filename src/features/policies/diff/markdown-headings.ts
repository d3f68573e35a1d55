/** A Markdown ATX heading (`## Sharing`) of a policy body. */
export interface MarkdownHeading {
  /** 0-based index of its line in the body. */
  line: number;
  /** 1 for `#`, up to 6. */
  level: number;
  /** The heading's text as written (source, not rendered), without the `#` marks. */
  title: string;
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The ATX headings of a body split into lines (CommonMark: up to three spaces, one to six `#`,
 * a space, the text, an optional closing run of `#`), skipping fenced code blocks. Setext
 * headings (underlined with `===`) are not sections here: the policy bodies use `#` headings.
 * Returns them in line order.
 */
export function markdownHeadings(lines: readonly string[]): MarkdownHeading[] {
  const headings: MarkdownHeading[] = [];
  let openFence: string | null = null;
  lines.forEach((text, line) => {
    const fenceMatch = fence.exec(text);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (openFence === null) openFence = marker;
      else if (marker.startsWith(openFence.charAt(0)) && marker.length >= openFence.length) openFence = null;
      return;
    }
    if (openFence !== null) return;
    const match = atxHeading.exec(text);
    if (!match?.[1]) return;
    headings.push({ line, level: match[1].length, title: (match[2] ?? '').trim() });
  });
  return headings;
}
