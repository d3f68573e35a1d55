import type { ChangeCategory, PolicyNoticeChannel } from '@/shared/contract/policies';

// Staff-facing names of the notice channels and change categories, for the schedule form, its
// preview and the scheduled panel. A small local copy until the feature's shared labels
// (`policy-labels.ts`) are merged; then these give way to it.

/** How the console names each notice channel (API.md "Policy versions", `NoticePlan.channels`). */
export const noticeChannelLabels: Record<PolicyNoticeChannel, string> = {
  email: 'Email',
  sms: 'SMS',
  site_banner: 'Site banner',
  in_app: 'In-app message',
};

/** How the console names each kind of significant change. */
export const changeCategoryLabels: Record<ChangeCategory, string> = {
  purpose_or_use: 'Purpose or use of data',
  control: 'Who controls the data',
  recipients: 'Main recipients',
  user_rights: 'Customers’ rights',
  security_contact: 'Security contact',
  high_risk_assessment: 'High-risk assessment',
};
