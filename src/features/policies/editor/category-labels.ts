import type { ChangeCategory } from '@/shared/contract/policies';

// A local copy of the change categories' names until the feature's `policy-labels.ts` (same export,
// same words) is merged into this branch; then the editor imports that one and this file goes.

/** The six kinds of significant change the privacy policy names ("Updates"), with what each covers. */
export const changeCategoryLabels: Record<ChangeCategory, { label: string; covers: string }> = {
  purpose_or_use: { label: 'Purpose or use', covers: 'why personal data is processed, or how it is used' },
  control: { label: 'Control over data', covers: 'who controls personal data' },
  recipients: { label: 'Main recipients', covers: 'the main parties data is shared with' },
  user_rights: { label: 'User rights', covers: 'the rights customers have and how they use them' },
  security_contact: {
    label: 'Security contact',
    covers: 'who handles security and privacy questions, and how to reach them',
  },
  high_risk_assessment: {
    label: 'High-risk assessment',
    covers: 'a new assessment showing high risk to customers',
  },
};
