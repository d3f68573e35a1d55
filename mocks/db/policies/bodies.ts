import { policyVersions } from '../policy-versions';

/**
 * The Markdown body of each seeded policy version, by label. Plain strings, so loading them costs
 * a parse and nothing else; the family reads them when it is first seeded.
 */

const pipeline: Record<string, { title: string; summary: string }> = {
  '2026.4': {
    title: 'Recommendations that include in-store purchases',
    summary: 'Personalized recommendations may also use what you bought in our stores; we ask again.',
  },
  '2026.5': {
    title: 'New data protection contact and complaint form',
    summary: 'Names the new data protection officer and adds an online form for privacy complaints.',
  },
  '2026.6': {
    title: 'Search history kept for six months',
    summary: 'Search history is kept for six months instead of twelve, and you can download your data yourself.',
  },
};

/** The Markdown body of the seeded version `label` (a published one or one of the pipeline). */
export function policyBody(label: string): string {
  const published = policyVersions.find((version) => version.label === label);
  const head = published ?? pipeline[label];
  if (!head) throw new Error(`policy bodies: no version ${label}`);
  return `# DigFashions privacy policy\n\nVersion ${label}: ${head.title}.\n\n${head.summary}\n`;
}

/** Title and summary of the seeded versions that are not published yet (approved, in review, draft). */
export const pipelineVersions = pipeline;
