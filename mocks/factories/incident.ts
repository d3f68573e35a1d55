import {
  incidentSchema,
  noticeDraftSchema,
  notificationBatchSchema,
  regulatorReportSchema,
  regulatorDeadlineHours,
  type Incident,
  type NoticeDraft,
  type NotificationBatch,
  type RegulatorReport,
} from '@/shared/contract/incidents';
import { batchAt, batchQueueMs, type BatchPlan } from '@mocks/db/incident-batches';
import { defineFactory, factoryId, factoryNow, hoursBefore } from './factory';

/** Text a hostile person could type, for "renders as text" tests: RLO, a script tag, an image with onerror. */
export const hostileText = '\u202Egnp.exe <script>alert("xss")</script> <img src=x onerror=alert(1)>';

/** The filed report the `reported` traits attach: submitted `hoursAfterAware` after awareness. */
function reportOf(
  incident: Pick<Incident, 'id' | 'awareAt'>,
  hoursAfterAware: number,
  lateReason?: string,
): RegulatorReport {
  const submittedAt = new Date(Date.parse(incident.awareAt) + hoursAfterAware * 3_600_000).toISOString();
  return {
    id: incident.id.replace('inc_', 'rpt_'),
    incidentId: incident.id,
    authority: 'Data Protection Authority',
    submittedAt,
    reference: 'DPA-2026-0147',
    contentSummary: 'Credential stuffing on three accounts; passwords reset, sign-in rate limits tightened.',
    ...(lateReason === undefined ? {} : { lateReason }),
    filedBy: 'stf_4d2s6t',
    filedAt: submittedAt,
  };
}

/**
 * Incidents as `GET /incidents/{id}` sends them (API.md, Security incidents): by default `open`,
 * high, aware 20 hours before `factoryNow` (so 52 hours are left on the 72-hour regulator clock),
 * one linked alert and three affected accounts.
 */
export const incidentFactory = defineFactory({
  schema: incidentSchema,
  defaults: (sequence): Incident => ({
    id: factoryId('inc', sequence),
    version: 1,
    title: 'Credential stuffing against the shop sign-in',
    severity: 'high',
    status: 'open',
    detectedAt: hoursBefore(22),
    awareAt: hoursBefore(20),
    nature: 'Sign-ins with passwords leaked elsewhere; some accounts taken over.',
    dataCategories: ['contact details', 'order history'],
    affectedAccountCount: 3,
    affectedAccountIds: ['acc_f0001', 'acc_f0002', 'acc_f0003'],
    likelyConsequences: 'Orders placed in the customers’ names; addresses seen by the attacker.',
    measuresTaken: '',
    linkedAlertIds: ['alr_f0001'],
    regulatorDeadlineAt: hoursBefore(20 - regulatorDeadlineHours),
    timeline: [
      { at: hoursBefore(22), actorId: 'system', text: 'Detection raised the first alert of this pattern.' },
      {
        at: hoursBefore(20),
        actorId: 'stf_2b8p4n',
        text: 'Incident opened: the 72-hour regulator clock starts.',
      },
    ],
  }),
}).withTraits({
  assessing: (incident) => ({
    ...incident,
    status: 'assessing',
    cause: 'Passwords reused from another site’s breach.',
    version: incident.version + 1,
  }),
  /** Closed a month after awareness, with its cause and measures. */
  closed: (incident) => ({
    ...incident,
    status: 'closed',
    cause: 'Passwords reused from another site’s breach.',
    measuresTaken: 'Forced password resets; rate limits on sign-in.',
    version: incident.version + 4,
  }),
  critical: (incident) => ({ ...incident, severity: 'critical' }),
  /** Aware 80 hours ago: the regulator deadline has passed. */
  overdue: (incident) => ({
    ...incident,
    awareAt: hoursBefore(80),
    detectedAt: hoursBefore(81),
    regulatorDeadlineAt: hoursBefore(8),
  }),
  /** Aware 68 hours ago: 4 hours left on the regulator clock. */
  dueSoon: (incident) => ({
    ...incident,
    awareAt: hoursBefore(68),
    detectedAt: hoursBefore(69),
    regulatorDeadlineAt: hoursBefore(-4),
  }),
  /** Aware exactly 72 hours before `factoryNow`: the deadline is now. */
  atDeadline: (incident) => ({
    ...incident,
    awareAt: hoursBefore(72),
    detectedAt: hoursBefore(73),
    regulatorDeadlineAt: hoursBefore(0),
  }),
  notifying: (incident) => ({
    ...incident,
    status: 'notifying',
    cause: 'Passwords reused from another site’s breach.',
    measuresTaken: 'Forced password resets; rate limits on sign-in.',
    version: incident.version + 2,
  }),
  monitoring: (incident) => ({
    ...incident,
    status: 'monitoring',
    cause: 'Passwords reused from another site’s breach.',
    measuresTaken: 'Forced password resets; rate limits on sign-in.',
    version: incident.version + 3,
  }),
  /** The regulator report filed 30 hours after awareness (in time). */
  reported: (incident) => ({
    ...incident,
    regulatorReport: reportOf(incident, 30),
    version: incident.version + 1,
  }),
  /** The regulator report filed 90 hours after awareness, with its reason for the delay. */
  reportedLate: (incident) => ({
    ...incident,
    regulatorReport: reportOf(incident, 90, 'The scope was only known after the order archive was restored.'),
    version: incident.version + 1,
  }),
  /** A recorded decision not to report. */
  notReported: (incident) => ({
    ...incident,
    regulatorDecision: { report: false, reason: 'Only device identifiers were involved; no one is at risk.' },
    version: incident.version + 1,
  }),
  /** 86,400 affected accounts, the first three listed. */
  manyAffected: (incident) => ({ ...incident, affectedAccountCount: 86_400 }),
  /** Hostile text in every free-text field: the console must print it inert. */
  hostile: (incident) => ({
    ...incident,
    title: `Incident ${hostileText}`,
    nature: hostileText,
    cause: hostileText,
    dataCategories: [hostileText],
    likelyConsequences: hostileText,
    measuresTaken: hostileText,
    timeline: [...incident.timeline, { at: hoursBefore(1), actorId: 'stf_2b8p4n', text: hostileText }],
  }),
});

const completeContent = {
  natureAndImpact: 'Someone signed in to your account with a password stolen from another website.',
  measuresTaken: 'We signed your account out everywhere and reset its password.',
  userSuggestions: 'Choose a new password you use nowhere else.',
  remedies: 'Orders you did not place are refunded in full.',
  contact: 'Write to privacy@digfashions.example.',
};

/**
 * Customer notices as `GET /incidents/{id}/notices` lists them (API.md, Security incidents): by
 * default a complete draft by legal@ to every affected customer by email and letter.
 */
export const noticeFactory = defineFactory({
  schema: noticeDraftSchema,
  defaults: (sequence): NoticeDraft => ({
    id: factoryId('ntc', sequence),
    version: 1,
    status: 'draft',
    audience: 'all_affected',
    channels: ['email', 'letter'],
    content: { ...completeContent },
    authorId: 'stf_4d2s6t',
  }),
}).withTraits({
  /** Drafted by the security analyst. */
  byAnalyst: (notice) => ({ ...notice, authorId: 'stf_2b8p4n' }),
  /** Two parts still empty: approval is a 409. */
  incomplete: (notice) => ({ ...notice, content: { ...notice.content, userSuggestions: '', remedies: '' } }),
  /** Approved by legal2@ (four-eyes: never the author). */
  approved: (notice) => ({
    ...notice,
    status: 'approved',
    approverId: notice.authorId === 'stf_5e3u7v' ? 'stf_6f4w8x' : 'stf_5e3u7v',
    version: notice.version + 1,
  }),
  /** Sent as batch `nbt_f…` (same sequence number as the notice). */
  sent: (notice) => ({
    ...notice,
    status: 'sent',
    approverId: notice.approverId ?? (notice.authorId === 'stf_5e3u7v' ? 'stf_6f4w8x' : 'stf_5e3u7v'),
    batchId: notice.id.replace('ntc_', 'nbt_'),
    version: notice.version + 2,
  }),
  /** A public announcement, with the reason individual notice is impractical. */
  public: (notice) => ({
    ...notice,
    audience: 'public',
    channels: ['public_announcement'],
    publicReason: 'Most affected accounts hold no contact details.',
  }),
  /** To three named accounts. */
  namedAccounts: (notice) => ({
    ...notice,
    audience: 'account_ids',
    accountIds: ['acc_f0001', 'acc_f0002', 'acc_f0003'],
  }),
  /** Hostile text in every part and the public reason. */
  hostile: (notice) => ({
    ...notice,
    content: {
      natureAndImpact: hostileText,
      measuresTaken: hostileText,
      userSuggestions: hostileText,
      remedies: hostileText,
      contact: hostileText,
    },
    publicReason: hostileText,
  }),
});

/** The plan behind a factory batch: 2,400 recipients by email and letter, started 30 s before `factoryNow`. */
function planOf(batch: NotificationBatch, overrides: Partial<BatchPlan> = {}): BatchPlan {
  return {
    id: batch.id,
    incidentId: 'inc_f0001',
    noticeId: batch.noticeId,
    startedAt: batch.startedAt,
    total: batch.total,
    channels: batch.byChannel.map((row) => row.channel),
    ...overrides,
  };
}

const now = Date.parse(factoryNow);

/**
 * Notification batches as `GET /incidents/{id}/notifications/{batchId}` answers them, computed by
 * the mock's own progress model (`db/incident-batches.ts`) so counts add up as the API's do. By
 * default 2,400 recipients by email and letter, mid-send at `factoryNow`.
 */
export const batchFactory = defineFactory({
  schema: notificationBatchSchema,
  defaults: (sequence): NotificationBatch =>
    batchAt(
      {
        id: factoryId('nbt', sequence),
        incidentId: 'inc_f0001',
        noticeId: factoryId('ntc', sequence),
        startedAt: new Date(now - batchQueueMs - 2_000).toISOString(),
        total: 2_400,
        channels: ['email', 'letter'],
      },
      now,
    ),
}).withTraits({
  /** Not started yet. */
  queued: (batch) => batchAt(planOf(batch, { startedAt: new Date(now).toISOString() }), now),
  /** 100,000 recipients, a minute into sending. */
  large: (batch) =>
    batchAt(planOf(batch, { total: 100_000, startedAt: new Date(now - 60_000).toISOString() }), now),
  /** Started an hour before `factoryNow` and finished: every outcome known, failures by reason. */
  completed: (batch) => batchAt(planOf(batch, { startedAt: hoursBefore(1) }), now),
  /** Started an hour ago and stopped as a whole after 40 % of the recipients, with the provider's reason. */
  failed: (batch) =>
    batchAt(
      planOf(batch, {
        startedAt: hoursBefore(1),
        stopAt: 0.4,
        failureDetail:
          'The mail provider refused the rest of the batch: its daily sending limit was reached.',
      }),
      now,
    ),
});

/** Filed regulator reports (`POST …/regulator-reports` answers one): in time by default; trait `late`. */
export const regulatorReportFactory = defineFactory({
  schema: regulatorReportSchema,
  defaults: (sequence): RegulatorReport =>
    reportOf({ id: factoryId('inc', sequence), awareAt: hoursBefore(20) }, 10),
}).withTraits({
  late: (report) => ({
    ...report,
    lateReason: 'The scope was only known after the order archive was restored.',
  }),
  hostile: (report) => ({
    ...report,
    contentSummary: hostileText,
    lateReason: hostileText,
    reference: hostileText,
  }),
});
