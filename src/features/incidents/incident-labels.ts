import type {
  DeliveryFailureReason,
  IncidentNoticeChannel,
  IncidentSeverity,
  IncidentStatus,
  NoticeAudience,
  NoticeContentField,
  NoticeStatus,
  NotificationBatchStatus,
} from '@/shared/contract/incidents';
import type { StatusTone } from '@/shared/ui/theme';

// How the incidents list, the workspace and its sections name the contract's values (API.md
// "Security incidents and notifications"). One place, so a chip, a column, a filter and a form
// option agree.

/** An incident's status as staff read it. */
export const incidentStatusLabels: Record<IncidentStatus, string> = {
  open: 'Open',
  assessing: 'Assessing',
  notifying: 'Notifying',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

/** The tone of each status's chip (`StatusChip`): the earlier the stage, the more it asks for. */
export const incidentStatusTones: Record<IncidentStatus, StatusTone> = {
  open: 'error',
  assessing: 'warning',
  notifying: 'info',
  monitoring: 'success',
  closed: 'default',
};

/**
 * A status move as the button that makes it says it ("Start assessing"). Keyed by the target
 * status; `assessing` from `monitoring` reads "Reopen the assessment" (see `incidentMoveLabel`).
 */
export const incidentMoveLabels: Record<IncidentStatus, string> = {
  open: 'Reopen',
  assessing: 'Start assessing',
  notifying: 'Start notifying',
  monitoring: 'Move to monitoring',
  closed: 'Close incident',
};

/** The label of the button that moves an incident from `from` to `to`. */
export function incidentMoveLabel(from: IncidentStatus, to: IncidentStatus): string {
  if (from === 'monitoring' && to === 'assessing') return 'Reopen the assessment';
  return incidentMoveLabels[to];
}

/** Severity, lowest first on the scale; the tone comes from the shared `severityTone`. */
export const incidentSeverityLabels: Record<IncidentSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** A notice's status: drafted, approved by a second person, then sent. */
export const noticeStatusLabels: Record<NoticeStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  sent: 'Sent',
};

export const noticeStatusTones: Record<NoticeStatus, StatusTone> = {
  draft: 'default',
  approved: 'info',
  sent: 'success',
};

/** Whom a notice is for, with what that means in one line. */
export const noticeAudienceLabels: Record<NoticeAudience, { label: string; hint: string }> = {
  all_affected: {
    label: 'All affected customers',
    hint: 'Every account the incident lists as affected.',
  },
  account_ids: {
    label: 'Chosen accounts',
    hint: 'Only the accounts named here.',
  },
  public: {
    label: 'The public',
    hint: 'An announcement anyone can read; only when telling each person is impractical.',
  },
};

/** The channels the privacy policy names for incident notices. */
export const incidentNoticeChannelLabels: Record<IncidentNoticeChannel, string> = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone call',
  push: 'Push notification',
  public_announcement: 'Public announcement',
};

/** A notification batch's state while it sends and once finished. */
export const notificationBatchStatusLabels: Record<NotificationBatchStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  completed: 'Completed',
  failed: 'Failed',
};

export const notificationBatchStatusTones: Record<NotificationBatchStatus, StatusTone> = {
  queued: 'default',
  sending: 'info',
  completed: 'success',
  failed: 'error',
};

/** Why a message was not delivered, in plain words. */
export const deliveryFailureReasonLabels: Record<DeliveryFailureReason, string> = {
  bounced: 'Bounced',
  no_contact: 'No contact details for this channel',
  unreachable: 'Could not be reached',
  opted_out_of_channel: 'Opted out of this channel',
};

/**
 * The five parts of an incident notice, in the order customers read them: a short label and
 * what the part must tell the customer. The guidance follows the privacy policy's promise after a
 * security incident (what happened and its likely impact, what the company did and will do, how
 * customers can protect themselves, the remedies open to them), plus whom to ask.
 */
export const noticePartLabels: Record<NoticeContentField, { label: string; guidance: string }> = {
  natureAndImpact: {
    label: 'What happened and its likely impact',
    guidance:
      'Say plainly what happened, when, and which of the customer’s data it touched, and what that could mean for them.',
  },
  measuresTaken: {
    label: 'What we did and will do',
    guidance:
      'Say what has already been done to stop the incident and limit its harm, and what is still planned.',
  },
  userSuggestions: {
    label: 'How customers can protect themselves',
    guidance:
      'Give concrete steps the customer can take now to lower the risk, such as changing a password or watching for suspicious messages.',
  },
  remedies: {
    label: 'Remedies open to customers',
    guidance:
      'Say what the company offers to put things right and what rights or complaints remain open to the customer.',
  },
  contact: {
    label: 'Whom to contact',
    guidance: 'Give a way to reach people who can answer questions about this incident.',
  },
};
