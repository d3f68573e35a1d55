import { describe, expect, it } from 'vitest';
import { keyedMarkdownBlocks, splitMarkdownBlocks } from './markdown-blocks';

describe('splitting a policy into preview blocks', () => {
  it('cuts at blank lines and drops them', () => {
    expect(splitMarkdownBlocks('# Title\n\nFirst paragraph\nstill first\n\n\n- a\n- b\n')).toEqual([
      '# Title',
      'First paragraph\nstill first',
      '- a\n- b',
    ]);
  });

  it('never cuts a fenced code block, with backticks or tildes', () => {
    const text = 'Intro\n\n```\ncode\n\nmore code\n```\n\n~~~~\nx\n\n~~~\ny\n~~~~\nAfter';
    expect(splitMarkdownBlocks(text)).toEqual([
      'Intro',
      '```\ncode\n\nmore code\n```',
      '~~~~\nx\n\n~~~\ny\n~~~~\nAfter',
    ]);
  });

  it('lets an unclosed fence run to the end', () => {
    expect(splitMarkdownBlocks('a\n\n```\nb\n\nc')).toEqual(['a', '```\nb\n\nc']);
  });

  it('keeps an indented continuation with the list item before it', () => {
    expect(splitMarkdownBlocks('- item\n\n  its second paragraph\n\n    - nested\n\nNext')).toEqual([
      '- item\n\n  its second paragraph\n\n    - nested',
      'Next',
    ]);
  });

  it('keeps a text with reference links or footnotes whole, so each reference finds its target', () => {
    const text = 'See [the contact][dpo].\n\nMore text\n\n[dpo]: mailto:privacy@example.com';
    expect(splitMarkdownBlocks(text)).toEqual([text]);
  });

  it('treats Windows line ends like Unix ones and a blank text as no blocks', () => {
    expect(splitMarkdownBlocks('a\r\n\r\nb')).toEqual(['a', 'b']);
    expect(splitMarkdownBlocks(' \n\t\n')).toEqual([]);
  });
});

describe('keys of the preview blocks', () => {
  it('stay the same for unchanged blocks when another block changes', () => {
    const before = keyedMarkdownBlocks('One\n\nTwo\n\nThree');
    const after = keyedMarkdownBlocks('One\n\nTwo, edited\n\nThree');
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(after[2]?.key).toBe(before[2]?.key);
    expect(after[1]?.key).not.toBe(before[1]?.key);
  });

  it('differ for equal blocks', () => {
    const keys = keyedMarkdownBlocks('Same\n\nSame\n\nSame').map((block) => block.key);
    expect(new Set(keys).size).toBe(3);
  });
});
