import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text';

describe('noticeText', () => {
  it('says a significant change is important first, and names each kind of change in plain words', () => {
    const text = noticeText({
      label: '2026.4',
      summary: 'Fit advice from body measurements, shared with our fit partner.',
      significant: true,
      changeCategories: ['recipients', 'purpose_or_use'],
    });
    expect(text.prominent).toBe(true);
    expect(text.headline).toBe('Important: our privacy policy is changing (version 2026.4)');
    expect(text.emailSubject).toMatch(/^Important changes/);
    expect(text.banner).toContain('Fit advice from body measurements');
    // In the contract's order of kinds, whatever order the version lists them in.
    expect(text.banner.indexOf('new purpose')).toBeLessThan(text.banner.indexOf('main kinds of companies'));
    expect(text.emailParagraphs).toContain('Fit advice from body measurements, shared with our fit partner.');
    expect(text.emailParagraphs.join(' ')).toMatch(/What changes for you: We will use some of your data/);
  });

  it('keeps a minor update quiet: no "Important", no list of kinds', () => {
    const text = noticeText({
      label: '2026.5',
      summary: 'Clearer wording in the cookies section.',
      significant: false,
      changeCategories: [],
    });
    expect(text.prominent).toBe(false);
    expect(text.headline).toBe('We have updated our privacy policy (version 2026.5)');
    expect(text.banner).not.toMatch(/Important/);
    expect(text.emailParagraphs.join(' ')).not.toMatch(/What changes for you/);
  });

  it('leaves out an empty summary rather than showing a blank line', () => {
    const text = noticeText({ label: '2026.6', summary: '   ', significant: false, changeCategories: [] });
    expect(text.emailParagraphs.every((paragraph) => paragraph.trim() !== '')).toBe(true);
    expect(text.banner).not.toContain('—  —');
  });
});
