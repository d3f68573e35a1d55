import type { ChangeCategory, PolicyNoticeChannel } from '@/shared/contract/policies';

// How the schedule form, its preview and the scheduled panel name the notice channels and the
// change categories: a local copy, word for word, of the feature's shared labels
// (`policy-labels.ts`, same export names and shapes), until that file is merged; then these
// imports move to it and this file goes.

/** How customers are told of a new version. */
export const policyNoticeChannelLabels: Record<PolicyNoticeChannel, string> = {
  email: 'Email',
  sms: 'SMS',
  site_banner: 'Site banner',
  in_app: 'In-app',
};

/** The six kinds of significant change, in plain words, with what each covers. */
export const changeCategoryLabels: Record<ChangeCategory, { label: string; covers: string }> = {
  purpose_or_use: {
    label: 'Purpose or use',
    covers: 'why personal data is processed, or how it is used',
  },
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
