import { describe, expect, it } from 'vitest';
import { policyVersions } from '../policy-versions';
import { pipelineVersions, policyBody } from './bodies';

const labels = policyVersions.map((version) => version.label);

function paragraphs(body: string): string[] {
  return body.split('\n\n');
}

function changedParagraphs(before: string, after: string): string[] {
  const old = new Set(paragraphs(before));
  return paragraphs(after).filter((paragraph) => !old.has(paragraph));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('seeded policy bodies', () => {
  it('the version in force reads as a whole policy: 1,500–3,000 words over the usual sections', () => {
    const body = policyBody('2026.3');
    expect(words(body)).toBeGreaterThanOrEqual(1_500);
    expect(words(body)).toBeLessThanOrEqual(3_000);
    for (const heading of [
      'What we collect',
      'Cookies',
      'Sharing, transfer and public disclosure',
      'When we do not ask first',
      'protect',
      'How long we keep it',
      'Changes to this policy',
      'Contact',
    ]) {
      expect(body).toMatch(new RegExp(`^## \\d+\\. .*${heading}`, 'm'));
    }
  });

  it('each published version changes the one before, and only in a few paragraphs', () => {
    for (let index = 1; index < labels.length; index += 1) {
      const changed = changedParagraphs(policyBody(labels[index - 1] ?? ''), policyBody(labels[index] ?? ''));
      expect(changed.length, labels[index]).toBeGreaterThan(0);
      expect(changed.length, labels[index]).toBeLessThanOrEqual(4);
    }
  });

  it('each change is the one policy-versions.ts describes', () => {
    expect(policyBody('2020.4')).not.toMatch(/Recommendations, if you want them/);
    expect(policyBody('2021.3')).toMatch(/Recommendations, if you want them/);
    expect(policyBody('2022.2')).toMatch(/Pixel tags and tracked links/);
    expect(policyBody('2023.2')).toMatch(/\*\*Group companies\.\*\*/);
    expect(policyBody('2023.2')).not.toMatch(/dpo@/);
    expect(policyBody('2024.1')).toMatch(/dpo@digfashions\.example/);
    expect(policyBody('2024.3')).toMatch(/\*\*Authorized partners\.\*\*/);
    expect(policyBody('2025.2')).toMatch(/never more than two a week/);
    expect(policyBody('2025.4')).toMatch(/\*\*Sensitive information\.\*\*/);
    expect(policyBody('2026.1')).toMatch(/\*\*Transfers abroad\.\*\*/);
    expect(policyBody('2026.3')).toMatch(/how far you scroll/);
  });

  it('the approved, in-review and draft versions each change 2026.3 in their own paragraphs only', () => {
    const inForce = policyBody('2026.3');
    const expected: Record<string, RegExp> = {
      '2026.4': /purchases you make in our stores/,
      '2026.5': /privacy complaint form/,
      '2026.6': /search history is now kept for six months/i,
    };
    for (const label of Object.keys(pipelineVersions)) {
      const changed = changedParagraphs(inForce, policyBody(label));
      expect(changed.length, label).toBeGreaterThan(0);
      expect(changed.length, label).toBeLessThanOrEqual(2);
      expect(changed.join('\n'), label).toMatch(expected[label] ?? /$^/);
    }
    expect(policyBody('2026.5')).not.toMatch(/purchases you make in our stores/);
  });

  it('knows no other version', () => {
    expect(() => policyBody('2019.1')).toThrow(/no version/);
  });
});
