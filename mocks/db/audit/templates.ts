import type { AuditTargetType } from '@/shared/contract/audit';
import type { Permission } from '@/shared/contract/roles';
import { ids, type IdCodec } from '../ids';

/**
 * The kinds of event in the seeded audit log: per action, who may do it, how often, what it
 * targets, its summary and the reasons given; and the column values of the packed seed.
 */

/** `actor` column value of a failed sign-in with an email that is nobody's. */
export const anonymousActor = 255;
export const anonymousActorId = 'anonymous';
/** `reason` column value of an event without a reason. */
export const noReason = 255;

export interface AuditTemplate {
  readonly action: string;
  readonly targetType: AuditTargetType;
  /** Who may do it, from the contract's permission table; empty for session events. */
  readonly permission: Permission | null;
  /** Relative frequency in a working day of someone allowed to do it. */
  readonly weight: number;
  /** How many target records exist for this kind of event (the target index is drawn below it). */
  readonly targets: number;
  readonly variants: number;
  /** The codec of the target's ids, or the one fixed target id of this kind of event. */
  readonly target: IdCodec | string;
  summary(targetId: string, variant: number, target: number): string;
  /** Reasons the writer may give; `needsReason(variant)` says when one is given. */
  readonly reasons?: readonly string[];
  needsReason?(variant: number): boolean;
}

const accounts = 100_000;
const alerts = 20_000;
const disclosures = 50_000;
const incidents = 40;
const policies = 12;
const notices = 80;
const inquiries = 3_000;

const contactFields = ['email address', 'phone number'] as const;
const networkFields = ['an IP address', 'a device MAC address', 'the search history'] as const;
const withdrawablePurposes = [
  'marketing_email',
  'analytics_cookies',
  'personalized_recommendations',
  'email_tracking_pixels',
  'affiliate_sharing',
  'partner_sharing',
  'sensitive_data_sharing',
] as const;
const alertMoves = [
  'Acknowledged',
  'Resolved as true positive',
  'Resolved as false positive',
  'Resolved as benign',
  'Dismissed',
  'Took ownership of',
  'Raised the severity of',
  'Reopened',
] as const;
const dismissedMove = alertMoves.indexOf('Dismissed');
const bulkMoves = ['Acknowledged', 'Dismissed', 'Assigned'] as const;
/**
 * What a seeded `disclosure.record` event says. Its target is a seeded entry of the ledger
 * (`ids.disclosure.encode(k)`, k < 50,000 = `seededEntryCount` of `db/disclosures/seed.ts`), drawn
 * without reading the ledger, so the summary names no recipient or basis it could contradict.
 */
const disclosureDescriptions = [
  'an entry in the disclosures ledger',
  'an entry in the disclosures ledger, with its documents',
] as const;
const policyLabels = ['2025.4', '2026.1', '2026.2', '2026.3', '2026.4'] as const;
const incidentEdits = [
  'the affected account count of',
  'the measures taken for',
  'the likely consequences of',
  'the cause of',
  'the data categories of',
] as const;
const inquiryMoves = ['Took ownership of', 'Marked as waiting on the customer:', 'Closed', 'Reassigned'] as const;

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}

function labelOfPolicy(target: number): string {
  return policyLabels[target % policyLabels.length] ?? '2026.1';
}

/** The order is part of the seed: append new templates at the end. */
export const auditTemplates: readonly AuditTemplate[] = [
  {
    action: 'session.sign_in',
    targetType: 'session',
    permission: null,
    weight: 0,
    targets: 0,
    variants: 1,
    target: ids.session,
    summary: () => 'Signed in',
  },
  {
    action: 'session.sign_out',
    targetType: 'session',
    permission: null,
    weight: 0,
    targets: 0,
    variants: 2,
    target: ids.session,
    summary: (_id, variant) => (variant === 0 ? 'Signed out' : 'Signed out after 30 minutes idle'),
  },
  {
    action: 'session.sign_in_failed',
    targetType: 'session',
    permission: null,
    weight: 0,
    targets: 0,
    variants: 2,
    target: 'ses_none',
    summary: (_id, variant) =>
      variant === 0 ? 'Failed sign-in: wrong password' : 'Failed sign-in: the email is not a staff account',
  },
  {
    action: 'account.reveal',
    targetType: 'account',
    permission: 'accounts.revealContact',
    weight: 5,
    targets: accounts,
    variants: contactFields.length,
    target: ids.account,
    summary: (id, variant) => `Revealed the ${contactFields[variant] ?? 'email address'} of ${id}`,
    reasons: [
      'Customer called about a missing parcel; confirming the contact details on file',
      'Verifying the identity of the requester of an access request',
      'Customer reports not receiving order confirmation emails',
      'Matching a chargeback dispute to the account',
      'Customer asked which phone number receives their delivery texts',
    ],
    needsReason: () => true,
  },
  {
    action: 'account.reveal',
    targetType: 'account',
    permission: 'accounts.revealNetwork',
    weight: 3,
    targets: accounts,
    variants: networkFields.length,
    target: ids.account,
    summary: (id, variant) => `Revealed ${networkFields[variant] ?? 'an IP address'} of ${id}`,
    reasons: [
      'Investigating an anomalous-login alert from a new country',
      'Confirming suspected MAC spoofing on a trusted device',
      'Correlating source addresses of a credential-stuffing wave',
      'Checking whether the takeover session used a known device',
      'Customer reported searches they did not make',
    ],
    needsReason: () => true,
  },
  {
    action: 'account.lock',
    targetType: 'account',
    permission: 'accounts.lock',
    weight: 0.6,
    targets: accounts,
    variants: 1,
    target: ids.account,
    summary: (id) => `Locked ${id}`,
    reasons: [
      'Confirmed account takeover; locked until the customer verifies their identity',
      'Credential stuffing: more than 40 failed logins from rotating addresses',
      'Customer reported a phishing email and asked us to lock the account',
      'MAC spoofing detected on a device marked as trusted',
    ],
    needsReason: () => true,
  },
  {
    action: 'account.unlock',
    targetType: 'account',
    permission: 'accounts.lock',
    weight: 0.4,
    targets: accounts,
    variants: 1,
    target: ids.account,
    summary: (id) => `Unlocked ${id}`,
    reasons: [
      'Identity verified by phone; password reset completed',
      'False positive: the customer was travelling',
      'Customer confirmed the new device is theirs',
    ],
    needsReason: () => true,
  },
  {
    action: 'consent.withdraw',
    targetType: 'consent',
    permission: 'consent.withdraw',
    weight: 1.5,
    targets: accounts,
    variants: withdrawablePurposes.length,
    target: ids.account,
    summary: (id, variant) =>
      `Recorded the withdrawal of ${withdrawablePurposes[variant] ?? 'marketing_email'} for ${id}`,
    reasons: [
      'Customer asked by phone to stop all marketing emails',
      'Customer emailed support to withdraw this consent',
      'Request made in live chat after identity check',
      'Withdrawal requested in a letter received by post',
    ],
    needsReason: () => true,
  },
  {
    action: 'consent.receipt_export',
    targetType: 'consent',
    permission: 'inquiries.handle',
    weight: 0.5,
    targets: accounts,
    variants: 1,
    target: ids.account,
    summary: (id) => `Exported the consent receipt of ${id}`,
  },
  {
    action: 'alert.update',
    targetType: 'alert',
    permission: 'alerts.change',
    weight: 9,
    targets: alerts,
    variants: alertMoves.length,
    target: ids.alert,
    summary: (id, variant) => {
      const move = alertMoves[variant] ?? 'Acknowledged';
      if (move.startsWith('Resolved as')) return `Resolved ${id} as ${move.slice('Resolved as '.length)}`;
      if (move === 'Raised the severity of') return `Raised the severity of ${id} to high`;
      return `${move} ${id}`;
    },
    reasons: [
      'Known VPN exit of the customer’s employer',
      'Duplicate of an earlier alert on the same account',
      'Customer confirmed the login in a support call',
      'Test traffic from the payments team',
    ],
    needsReason: (variant) => variant === dismissedMove,
  },
  {
    action: 'alert.bulk_update',
    targetType: 'alert',
    permission: 'alerts.change',
    weight: 1,
    targets: alerts,
    variants: bulkMoves.length * 40,
    target: ids.alert,
    summary: (_id, variant) => {
      const move = bulkMoves[variant % bulkMoves.length] ?? 'Acknowledged';
      const count = 2 + Math.floor(variant / bulkMoves.length);
      return `${move} ${plural(count, 'alert')} in bulk`;
    },
    reasons: ['Phishing campaign already blocked at the mail gateway', 'Scanner noise from a partner’s uptime check'],
    needsReason: (variant) => variant % bulkMoves.length === 1,
  },
  {
    action: 'alert.note',
    targetType: 'alert',
    permission: 'alerts.change',
    weight: 3,
    targets: alerts,
    variants: 1,
    target: ids.alert,
    summary: (id) => `Added a note to ${id}`,
  },
  {
    action: 'alert.escalate',
    targetType: 'alert',
    permission: 'alerts.change',
    weight: 0.3,
    targets: alerts,
    variants: incidents,
    target: ids.alert,
    summary: (id, variant) => `Escalated ${id} to ${ids.incident.encode(variant)}`,
  },
  {
    action: 'disclosure.record',
    targetType: 'disclosure',
    permission: 'disclosures.record',
    weight: 2.5,
    targets: disclosures,
    variants: disclosureDescriptions.length,
    target: ids.disclosure,
    summary: (id, variant) => `Recorded ${id}: ${disclosureDescriptions[variant] ?? 'a disclosure'}`,
  },
  {
    action: 'disclosure.export',
    targetType: 'disclosure',
    permission: 'disclosures.record',
    weight: 0.5,
    targets: 1,
    variants: 60,
    // An export concerns the filtered ledger, not one entry: "*" names the whole collection.
    target: '*',
    summary: (_id, variant) => `Exported ${plural(20 + variant * 97, 'disclosure')} as CSV`,
  },
  {
    action: 'policy.create',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.15,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id, _variant, target) => `Created draft ${id} from version ${labelOfPolicy(target)}`,
  },
  {
    action: 'policy.update',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.8,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id) => `Edited draft ${id}`,
  },
  {
    action: 'policy.submit',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.15,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id) => `Submitted ${id} for review`,
  },
  {
    action: 'policy.approve',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.12,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id) => `Approved ${id}`,
  },
  {
    action: 'policy.reject',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.05,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id) => `Returned ${id} to its author`,
    reasons: [
      'The new affiliate-sharing purpose needs a re-consent plan',
      'Section 7 still names the old security contact',
      'Marked as not significant although it changes user rights',
    ],
    needsReason: () => true,
  },
  {
    action: 'policy.publish',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.06,
    targets: policies,
    variants: 2,
    target: ids.policy,
    summary: (id, variant) =>
      variant === 0
        ? `Scheduled ${id} with email and site-banner notice`
        : `Scheduled ${id} (not significant, site banner only)`,
  },
  {
    action: 'policy.retract',
    targetType: 'policy',
    permission: 'policies.manage',
    weight: 0.02,
    targets: policies,
    variants: 1,
    target: ids.policy,
    summary: (id) => `Retracted the scheduled ${id}`,
  },
  {
    action: 'incident.create',
    targetType: 'incident',
    permission: 'incidents.edit',
    weight: 0.1,
    targets: incidents,
    variants: 1,
    target: ids.incident,
    summary: (id) => `Opened ${id}`,
  },
  {
    action: 'incident.update',
    targetType: 'incident',
    permission: 'incidents.edit',
    weight: 0.6,
    targets: incidents,
    variants: incidentEdits.length,
    target: ids.incident,
    summary: (id, variant) => `Updated ${incidentEdits[variant] ?? 'the facts of'} ${id}`,
  },
  {
    action: 'notice.draft',
    targetType: 'notice',
    permission: 'incidents.draftNotice',
    weight: 0.2,
    targets: notices,
    variants: 1,
    target: ids.notice,
    summary: (id, _variant, target) => `Drafted ${id} for ${ids.incident.encode(target % incidents)}`,
  },
  {
    action: 'notice.approve',
    targetType: 'notice',
    permission: 'incidents.approveNotice',
    weight: 0.1,
    targets: notices,
    variants: 1,
    target: ids.notice,
    summary: (id, _variant, target) => `Approved ${id} for ${ids.incident.encode(target % incidents)}`,
  },
  {
    action: 'notice.send',
    targetType: 'notice',
    permission: 'incidents.approveNotice',
    weight: 0.08,
    targets: notices,
    variants: 50,
    target: ids.notice,
    summary: (id, variant) => `Started sending ${id} to ${plural(12 + variant * variant * 41, 'customer')}`,
  },
  {
    action: 'incident.regulator_report',
    targetType: 'incident',
    permission: 'incidents.approveNotice',
    weight: 0.06,
    targets: incidents,
    variants: 4,
    target: ids.incident,
    summary: (id, variant) =>
      variant === 3 ? `Filed the regulator report for ${id} after the 72-hour deadline` : `Filed the regulator report for ${id}`,
    reasons: ['The affected-account count was confirmed only after the forensic review'],
    needsReason: (variant) => variant === 3,
  },
  {
    action: 'inquiry.reply',
    targetType: 'inquiry',
    permission: 'inquiries.handle',
    weight: 5,
    targets: inquiries,
    variants: 1,
    target: ids.inquiry,
    summary: (id) => `Replied to ${id}`,
  },
  {
    action: 'inquiry.update',
    targetType: 'inquiry',
    permission: 'inquiries.handle',
    weight: 3,
    targets: inquiries,
    variants: inquiryMoves.length,
    target: ids.inquiry,
    summary: (id, variant) => `${inquiryMoves[variant] ?? 'Updated'} ${id}`,
  },
];

export function targetIdOf(template: AuditTemplate, target: number): string {
  return typeof template.target === 'string' ? template.target : template.target.encode(target);
}
