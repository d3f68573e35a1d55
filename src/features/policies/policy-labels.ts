import type {
  ChangeCategory,
  PolicyHistoryAction,
  PolicyNoticeChannel,
  PolicyStatus,
} from '@/shared/contract/policies';
import type { StatusTone } from '@/shared/ui/theme';

// How the list, the version page, the editor, the diff and the schedule form name the contract's
// values (API.md "Policy versions"). One place, so a chip, a column and a form option agree.

/** A version's status as staff read it; `published` is the version in force. */
export const policyStatusLabels: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'In force',
  superseded: 'Superseded',
};

/** The tone of each status's chip (`StatusChip`), so every view marks a status the same way. */
export const policyStatusTones: Record<PolicyStatus, StatusTone> = {
  draft: 'default',
  in_review: 'warning',
  approved: 'info',
  scheduled: 'info',
  published: 'success',
  superseded: 'default',
};

/**
 * The six kinds of significant change the privacy policy names ("Updates"), in plain words, with
 * what each covers and so what it sets off when the version is published.
 */
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

/** How customers are told of a new version. */
export const policyNoticeChannelLabels: Record<PolicyNoticeChannel, string> = {
  email: 'Email',
  sms: 'SMS',
  site_banner: 'Site banner',
  in_app: 'In-app',
};

/** A step of a version's history, as a past-tense verb ("Submitted by Ana"). */
export const policyHistoryActionLabels: Record<PolicyHistoryAction, string> = {
  created: 'Created',
  submitted: 'Submitted for review',
  approved: 'Approved',
  rejected: 'Rejected',
  scheduled: 'Scheduled',
  retracted: 'Retracted',
  published: 'Took effect',
  superseded: 'Superseded',
};
