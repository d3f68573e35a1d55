import { describe, expect, it } from 'vitest';
import { markdownHeadings } from './markdown-headings';
import {
  bodyLines,
  diffPolicyBodies,
  sideBySideRows,
  type ChangeBlock,
  type DiffLine,
  type PolicyDiff,
} from './policy-diff';

const exact = { ignoreWhitespace: false };

function changes(diff: PolicyDiff): ChangeBlock[] {
  return diff.blocks.filter((block): block is ChangeBlock => block.kind === 'change');
}

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1);
  const [first] = list;
  if (first === undefined) throw new Error('empty');
  return first;
}

const marked = (line: DiffLine) =>
  (line.segments ?? []).filter((segment) => segment.changed).map((segment) => segment.text);

const policy = [
  '# Privacy policy',
  '',
  '## Collection and use',
  '',
  'We collect your name and email to run your account.',
  '',
  '## Sharing',
  '',
  'We share order data with carriers to deliver your parcels.',
  '',
  'We never sell your data.',
  '',
  '## Contact',
  '',
  'Write to privacy@example.com.',
].join('\n');

describe('the diff of two policy bodies', () => {
  it('finds nothing between a body and itself', () => {
    const diff = diffPolicyBodies(policy, policy, exact);
    expect(diff.changeCount).toBe(0);
    expect(diff.added).toBe(0);
    expect(diff.removed).toBe(0);
    expect(diff.sections).toEqual([]);
    expect(diff.blocks).toHaveLength(1);
  });

  it('shows an added paragraph as added lines in its section, counted', () => {
    const newer = policy.replace(
      'We never sell your data.',
      'We never sell your data.\n\nWe share anonymised statistics with our analytics partner.',
    );
    const diff = diffPolicyBodies(policy, newer, exact);
    const change = only(changes(diff));
    expect(change.removed).toEqual([]);
    // Which of the two blank lines around it counts as new is the algorithm's choice.
    expect(change.added.map((line) => line.text).sort()).toEqual([
      '',
      'We share anonymised statistics with our analytics partner.',
    ]);
    expect(change.added.find((line) => line.text !== '')?.number).toBe(13);
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(0);
    expect(only(diff.sections)).toMatchObject({
      title: 'Sharing',
      level: 2,
      changes: [0],
      added: 2,
      removed: 0,
    });
  });

  it('shows a removed paragraph as removed lines with their old numbers', () => {
    const newer = policy.replace('We never sell your data.\n\n', '');
    const diff = diffPolicyBodies(policy, newer, exact);
    const change = only(changes(diff));
    expect(change.added).toEqual([]);
    expect(change.removed.map((line) => [line.number, line.text])).toEqual([
      [11, 'We never sell your data.'],
      [12, ''],
    ]);
    expect(diff.removed).toBe(2);
    expect(diff.added).toBe(0);
    expect(only(diff.sections).title).toBe('Sharing');
  });

  it('marks the changed words within a changed line, and only those', () => {
    const newer = policy.replace('your name and email', 'your name, email and phone number');
    const change = only(changes(diffPolicyBodies(policy, newer, exact)));
    const removed = only(change.removed);
    const added = only(change.added);
    expect(removed.segments?.map((s) => s.text).join('')).toBe(removed.text);
    expect(added.segments?.map((s) => s.text).join('')).toBe(added.text);
    expect(marked(removed).join('|')).not.toContain('collect');
    expect(marked(added).join('')).toContain('phone');
    expect(marked(added).join('')).not.toContain('account');
    expect(removed.whitespaceOnly).toBe(false);
    expect(sideBySideRows(change)).toEqual([{ old: removed, new: added }]);
  });

  it('shows a moved paragraph as removed where it was and added where it is, saying where it went', () => {
    const moved = 'We never sell your data.';
    const newer = policy
      .replace(`${moved}\n\n`, '')
      .replace('## Collection and use\n\n', `## Collection and use\n\n${moved}\n\n`);
    const diff = diffPolicyBodies(policy, newer, exact);
    const found = changes(diff);
    expect(found).toHaveLength(2);
    const addedLine = found.flatMap((c) => c.added).find((line) => line.text === moved);
    const removedLine = found.flatMap((c) => c.removed).find((line) => line.text === moved);
    expect(addedLine?.number).toBe(5);
    expect(removedLine?.number).toBe(11);
    expect(addedLine?.movedTo).toBe(11);
    expect(removedLine?.movedTo).toBe(5);
    // A moved line is not paired with a neighbour for word marks.
    expect(addedLine?.segments).toBeNull();
    expect(diff.moved).toBe(1);
    expect(diff.sections.map((s) => s.title)).toEqual(['Collection and use', 'Sharing']);
    // Everything else is unchanged.
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(2);
  });

  it('marks changed words separated only by spaces as one changed phrase', () => {
    const diff = diffPolicyBodies(
      'You can switch this off in settings.',
      'You may turn it on in settings.',
      exact,
    );
    const change = only(changes(diff));
    const removed = only(change.removed);
    const added = only(change.added);
    expect(marked(removed)).toEqual(['can switch this off']);
    expect(marked(added)).toEqual(['may turn it on']);
    expect(added.segments?.map((s) => s.text).join('')).toBe(added.text);
  });

  it('tells whitespace-only changes apart, and ignores them on request', () => {
    const newer = policy.replace('We never sell your data.', 'We never  sell your data.   ');
    const exactDiff = diffPolicyBodies(policy, newer, exact);
    const change = only(changes(exactDiff));
    expect(change.whitespaceOnly).toBe(true);
    const added = only(change.added);
    expect(added.whitespaceOnly).toBe(true);
    expect(marked(added).every((text) => text.trim() === '')).toBe(true);
    expect(marked(added).join('')).not.toBe('');

    const ignoring = diffPolicyBodies(policy, newer, { ignoreWhitespace: true });
    expect(ignoring.changeCount).toBe(0);
    // Unchanged lines still show each version's own text.
    const unchanged = ignoring.blocks[0];
    expect(unchanged?.kind === 'unchanged' && unchanged.newLines[10]).toBe('We never  sell your data.   ');
    expect(unchanged?.kind === 'unchanged' && unchanged.oldLines[10]).toBe('We never sell your data.');
  });

  it('counts an added blank line as a whitespace-only change', () => {
    const newer = policy.replace('## Contact\n', '## Contact\n\n');
    const change = only(changes(diffPolicyBodies(policy, newer, exact)));
    expect(change.whitespaceOnly).toBe(true);
    expect(change.added.map((line) => line.text)).toEqual(['']);
  });

  it('marks a real edit next to a whitespace change as not whitespace-only', () => {
    const newer = policy.replace('We never sell your data.', 'We  never rent your data.');
    const change = only(changes(diffPolicyBodies(policy, newer, { ignoreWhitespace: true })));
    expect(change.whitespaceOnly).toBe(false);
    const added = only(change.added);
    expect(marked(added)).toEqual(['rent']);
    expect(added.segments?.map((s) => s.text).join('')).toBe('We  never rent your data.');
  });

  it('lists a changed heading under its new title and a removed section under its old one', () => {
    const newer = policy
      .replace(
        '## Contact\n\nWrite to privacy@example.com.',
        '## How to reach us\n\nWrite to privacy@example.com.',
      )
      .replace(
        '## Sharing\n\nWe share order data with carriers to deliver your parcels.\n\nWe never sell your data.\n\n',
        '',
      );
    const diff = diffPolicyBodies(policy, newer, exact);
    expect(diff.sections.map((s) => s.title)).toEqual(['How to reach us', 'Sharing']);
    expect(diff.sections.map((s) => s.changes)).toEqual([[0], [1]]);
    expect(diff.changeCount).toBe(2);
  });

  it('lists a section once however many changes it holds, with its counts', () => {
    const newer = policy
      .replace('We share order data', 'We share order details')
      .replace('We never sell your data.', 'We never sell or rent your data.\n\nWe keep a list of partners.');
    const diff = diffPolicyBodies(policy, newer, exact);
    // The edited line, the sentence changed in place and the paragraph added after the blank line.
    expect(diff.changeCount).toBe(3);
    expect(only(diff.sections)).toMatchObject({ title: 'Sharing', changes: [0, 1, 2], added: 4, removed: 2 });
    expect(diff.added).toBe(4);
    expect(diff.removed).toBe(2);
  });

  it('lists a section added at the end under its own heading, not the one before it', () => {
    // The usual way to add a section: a blank line, the heading, a blank line, its text.
    const newer = `${policy}\n\n## Fit advice\n\nWe suggest sizes from your measurements.`;
    const diff = diffPolicyBodies(policy, newer, exact);
    expect(only(changes(diff)).added.map((line) => line.text)).toEqual([
      '',
      '## Fit advice',
      '',
      'We suggest sizes from your measurements.',
    ]);
    expect(only(diff.sections)).toMatchObject({ title: 'Fit advice', level: 2, changes: [0], added: 4 });
  });

  it('lists a section added between two others under its own heading', () => {
    const newer = policy.replace('## Contact', '## Fit advice\n\nWe suggest sizes from your measurements.\n\n## Contact');
    const diff = diffPolicyBodies(policy, newer, exact);
    expect(only(diff.sections).title).toBe('Fit advice');
  });

  it('puts changes above the first heading in an untitled opening section', () => {
    const diff = diffPolicyBodies('Intro.\n# One\nText', 'Preface.\n# One\nText', exact);
    expect(only(diff.sections)).toMatchObject({ title: null, level: 0 });
  });

  it('keeps hostile text as plain text in the model', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) \u202Eevil';
    const diff = diffPolicyBodies(policy, `${policy}\n${hostile}`, exact);
    expect(only(only(changes(diff)).added).text).toBe(hostile);
  });

  it('pairs edited lines side by side and leaves the extra lines alone', () => {
    const diff = diffPolicyBodies('a b c\nd e f\n', 'a b x\nnew line here\nanother new line\n', exact);
    const change = only(changes(diff));
    const rows = sideBySideRows(change);
    expect(rows.map((row) => [row.old?.text ?? null, row.new?.text ?? null])).toEqual([
      ['a b c', 'a b x'],
      ['d e f', 'new line here'],
      [null, 'another new line'],
    ]);
    expect(diff.added).toBe(3);
    expect(diff.removed).toBe(2);
  });
});

describe('body lines', () => {
  it('splits on LF and CRLF and drops the empty line after a final newline', () => {
    expect(bodyLines('a\r\nb\nc\n')).toEqual(['a', 'b', 'c']);
    expect(bodyLines('')).toEqual([]);
    expect(bodyLines('\n')).toEqual(['']);
  });
});

describe('Markdown headings', () => {
  it('finds ATX headings with their level and text, and none inside fenced code', () => {
    const headings = markdownHeadings([
      '# Title #',
      'text',
      '```',
      '# not a heading',
      '```',
      '   ### Third level',
      '#no space',
      '####### seven',
    ]);
    expect(headings).toEqual([
      { line: 0, level: 1, title: 'Title' },
      { line: 5, level: 3, title: 'Third level' },
    ]);
  });
});
