import {
  incidentStatuses,
  maxListedAffectedAccounts,
  regulatorDeadlineHours,
  type Incident,
  type IncidentNoticeChannel,
  type IncidentTimelineEntry,
  type NoticeDraft,
  type RegulatorReport,
} from '@/shared/contract/incidents';
import { hour, isoAt, minute } from '@mocks/clock';
import { accountCount } from './accounts/seed';
import { incidentTemplates } from './alerts/catalog';
import { incidentShapes, seededTitle, sharedAlertPack, type IncidentShape } from './alerts/seed';
import { ids } from './ids';
import { batchFinishesAt, type BatchPlan } from './incident-batches';
import {
  batchFailureDetails,
  decisionReasons,
  lateReasons,
  noticeContact,
  noticeTexts,
  publicReasons,
  regulatorAuthority,
} from './incident-texts';
import { knownIncidentTraits, type KnownIncidentKey } from './known-incidents';
import { Random, deriveSeed } from './random';
import { demoStaff } from './staff';

/**
 * The ~30 seeded incidents with their notices and notification batches, as plain contract records
 * (`incidentSeedPack`). The shapes (status, severity, times) and their alerts come from the alert
 * seed, which links alerts to incident indices both ways; the facts from the incident templates of
 * `alerts/catalog.ts`; the notices' words from `incident-texts.ts`. Each incident's story is told
 * in its timeline, oldest first, at times between its awareness and the anchor:
 *
 * - detected, opened (the 72-hour clock starts), its alerts linked;
 * - `assessing` a few hours later; the regulator report within the deadline for incidents older
 *   than three days (the known `reportedLate` one late with its reason; low-severity ones and the
 *   known `notReported` one a recorded decision not to report instead);
 * - `notifying`, then a notice drafted, approved by a second person and sent as one batch that
 *   finished long before the anchor (about one batch in four stops as a whole and is resent);
 * - `monitoring` once the batches are done, `closed` weeks later.
 *
 * The known incidents (`known-incidents.ts`) get exactly their documented traits. Deterministic
 * for a seed and an anchor (ms since the epoch, the mock clock when the data was first used).
 */

/** `awareAt` (ms since the epoch) + the 72-hour regulator clock, as an ISO instant (API.md, Incidents). */
export function regulatorDeadlineOf(awareAt: number): string {
  return isoAt(awareAt + regulatorDeadlineHours * hour);
}

/** A seeded notice: the contract's draft, its incident and when it was created. */
export type SeededNotice = NoticeDraft & { incidentId: string; createdAt: string };

/** The incidents family's whole seed: the incidents, their notices and their batches' plans. */
export interface IncidentSeedPack {
  readonly incidents: readonly Incident[];
  readonly notices: readonly SeededNotice[];
  readonly batches: readonly BatchPlan[];
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const analysts = [demoStaff.analyst.id, demoStaff.analyst2.id, demoStaff.dpo.id];
const noticeAuthors = [demoStaff.legal.id, demoStaff.analyst.id, demoStaff.legal2.id];
const approvers = [demoStaff.legal2.id, demoStaff.dpo.id, demoStaff.legal.id];
const reporters = [demoStaff.legal.id, demoStaff.dpo.id, demoStaff.legal2.id];

/** Affected accounts of the known incidents whose count matters to a test or the demo. */
const knownAffectedCounts: Partial<Record<KnownIncidentKey, number>> = {
  sending: 86_400,
  withApprovedNotice: 2_400,
  withDraftNotice: 640,
};

/** The channels a template's notice goes out by, in the order the notice lists them. */
const templateChannels: readonly (readonly IncidentNoticeChannel[])[] = [
  ['email', 'push'],
  ['email', 'letter'],
  ['email', 'phone', 'letter'],
  ['push'],
  ['email', 'letter'],
  ['email', 'push'],
];

/** Counters for the ids of seeded notices and batches, in incident order. */
interface Counters {
  notice: number;
  batch: number;
}

interface Story {
  incident: Incident;
  notices: SeededNotice[];
  batches: BatchPlan[];
}

interface NoticePlan {
  at: number;
  state: NoticeDraft['status'];
  author: string;
  approver?: string;
  audience?: NoticeDraft['audience'];
  /** Sent notices: the batch stops after this share, with this reason. */
  stopAt?: number;
  failureDetail?: string;
  /** Sent notices: when the batch starts (default: 4 h after drafting). */
  sentAt?: number;
  /** Drafts: parts still empty. */
  incomplete?: boolean;
}

function tellStory(
  seed: number,
  anchor: number,
  index: number,
  shape: IncidentShape,
  linked: readonly number[],
  pack: ReturnType<typeof sharedAlertPack>,
  counters: Counters,
): Story {
  const template = incidentTemplates[shape.template] ?? incidentTemplates[0];
  if (!template) throw new Error('incidents: no template');
  const known = knownIncidentTraits.get(index)?.key;
  const random = new Random(deriveSeed(seed, 'incidents', index));
  const story = new Random(deriveSeed(seed, 'incident-story', index));
  const owner = random.pick(analysts);
  const id = ids.incident.encode(index);
  const aware = shape.awareAt;
  const age = anchor - aware;

  // Affected accounts: the linked alerts' accounts first, then others of the seeded shop.
  const linkedAccounts = [...new Set(linked.map((alert) => ids.account.encode(pack.account[alert] ?? 0)))];
  const extra = random.int(0, 40);
  const affected = [...linkedAccounts];
  for (let n = 0; n < extra; n += 1) affected.push(ids.account.encode(random.int(10_000, accountCount - 1)));
  const listed = [...new Set(affected)].slice(0, maxListedAffectedAccounts);
  const drawnCount = listed.length + (random.chance(0.4) ? random.int(0, 4000) : 0);
  const affectedAccountCount = Math.max(listed.length, (known && knownAffectedCounts[known]) ?? drawnCount);

  const timeline: IncidentTimelineEntry[] = [
    {
      at: isoAt(shape.detectedAt),
      actorId: 'system',
      text: 'Detection raised the first alert of this pattern.',
    },
    {
      at: isoAt(aware),
      actorId: owner,
      text: 'Incident opened: the shop is aware, the 72-hour regulator clock starts.',
    },
  ];
  for (const alert of linked) {
    timeline.push({
      at: isoAt(Math.max(aware, pack.detectedAt[alert] ?? aware)),
      actorId: owner,
      text: `Alert ${ids.alert.encode(alert)} linked: ${seededTitle(pack, alert)}`,
    });
  }
  const entry = (at: number, actorId: string, text: string) => {
    timeline.push({ at: isoAt(at), actorId, text });
  };
  const reached = incidentStatuses.indexOf(shape.status);
  const atLeast = (status: Incident['status']) => reached >= incidentStatuses.indexOf(status);
  const lowRisk = template.severity === 'low';

  if (atLeast('assessing')) {
    entry(aware + story.int(60, 240) * minute, owner, 'Status: open → assessing');
  }

  // The regulator: reported in time, late, or a decision not to report.
  let regulatorReport: RegulatorReport | undefined;
  let regulatorDecision: Incident['regulatorDecision'];
  const deadline = aware + regulatorDeadlineHours * hour;
  const clockRanOut = age > regulatorDeadlineHours * hour;
  const mustSettle = atLeast('monitoring') || (clockRanOut && known !== 'overdue' && atLeast('assessing'));
  const reportsInTime =
    known === 'sending' ||
    known === 'failedBatch' ||
    (known === undefined && atLeast('assessing') && age > 50 * hour);
  if (known === 'notReported' || (lowRisk && mustSettle && known === undefined)) {
    const reason = story.pick(decisionReasons);
    regulatorDecision = { report: false, reason };
    entry(
      aware + story.int(20, 40) * hour,
      demoStaff.dpo.id,
      `Decision recorded: not reported to the regulator. Reason: ${reason}`,
    );
  } else if (known === 'reportedLate' || mustSettle || reportsInTime) {
    const late = known === 'reportedLate';
    const submitted = late
      ? deadline + 26 * hour
      : aware + Math.min(regulatorDeadlineHours - 4, story.int(30, 66), Math.floor(age / hour) - 2) * hour;
    const filedBy = story.pick(reporters);
    const lateReason = late ? story.pick(lateReasons) : undefined;
    regulatorReport = {
      id: id.replace('inc_', 'rpt_'),
      incidentId: id,
      authority: regulatorAuthority,
      submittedAt: isoAt(submitted),
      reference: `DPA-${String(new Date(submitted).getUTCFullYear())}-${String(1000 + index * 37)}`,
      contentSummary: `${template.title}: about ${affectedAccountCount.toLocaleString('en-GB')} customer accounts; data involved: ${template.dataCategories.join(', ')}. ${template.measuresTaken}`,
      ...(lateReason === undefined ? {} : { lateReason }),
      filedBy,
      filedAt: isoAt(submitted + story.int(5, 50) * minute),
    };
    entry(
      submitted + 5 * minute,
      filedBy,
      `Reported to ${regulatorAuthority} (reference ${regulatorReport.reference})${late ? `, after the deadline. Reason: ${lateReason ?? ''}` : ', within the deadline'}.`,
    );
  }

  // Notices: which ones, in which state.
  const plans: NoticePlan[] = [];
  const draftAt = aware + 20 * hour;
  if (known === 'withDraftNotice') {
    plans.push({ at: anchor - 3 * hour, state: 'draft', author: demoStaff.legal.id });
  } else if (known === 'withApprovedNotice') {
    plans.push({
      at: anchor - 5 * hour,
      state: 'approved',
      author: demoStaff.legal.id,
      approver: demoStaff.legal2.id,
    });
  } else if (known === 'sending') {
    plans.push({
      at: anchor - 3 * hour,
      state: 'sent',
      author: demoStaff.legal.id,
      approver: demoStaff.legal2.id,
      sentAt: anchor - 20_000,
    });
  } else if (known === 'failedBatch') {
    plans.push({
      at: anchor - 20 * hour,
      state: 'sent',
      author: demoStaff.analyst.id,
      approver: demoStaff.legal.id,
      stopAt: 0.35,
      failureDetail: batchFailureDetails[0],
    });
  } else if (known === 'readyToClose') {
    plans.push({
      at: draftAt,
      state: 'sent',
      author: demoStaff.legal.id,
      approver: demoStaff.dpo.id,
      stopAt: 0.6,
      failureDetail: batchFailureDetails[1],
    });
    plans.push({
      at: draftAt + 8 * hour,
      state: 'sent',
      author: demoStaff.legal.id,
      approver: demoStaff.legal2.id,
    });
  } else if (known === 'reported' || known === 'reportedLate' || known === 'closed') {
    plans.push({ at: draftAt, state: 'sent', author: story.pick(noticeAuthors), approver: demoStaff.dpo.id });
  } else if (known === undefined && atLeast('notifying') && (!lowRisk || shape.status === 'notifying')) {
    const author = story.pick(noticeAuthors);
    const approver = approvers.find((person) => person !== author) ?? demoStaff.dpo.id;
    if (shape.status === 'notifying') {
      const state = story.pick(['draft', 'approved', 'sent'] as const);
      plans.push({
        at: draftAt,
        state,
        author,
        ...(state === 'draft' ? { incomplete: story.chance(0.5) } : { approver }),
      });
    } else {
      const fails = story.chance(0.25);
      plans.push({
        at: draftAt,
        state: 'sent',
        author,
        approver,
        ...(fails ? { stopAt: story.int(20, 80) / 100, failureDetail: story.pick(batchFailureDetails) } : {}),
      });
      if (fails) plans.push({ at: draftAt + 8 * hour, state: 'sent', author, approver });
    }
    // A large incident also announced publicly, where individual notice was impractical.
    if (affectedAccountCount > 3000 && story.chance(0.3)) {
      plans.push({
        at: draftAt + 2 * hour,
        state: shape.status === 'notifying' ? 'draft' : 'sent',
        author,
        approver,
        audience: 'public',
      });
    }
  }
  if (atLeast('notifying')) entry(draftAt - 2 * hour, owner, `Status: assessing → notifying`);

  const notices: SeededNotice[] = [];
  const batches: BatchPlan[] = [];
  const texts = noticeTexts[shape.template] ?? noticeTexts[0];
  if (!texts) throw new Error('incidents: no notice text');
  let lastBatchEnd = 0;
  for (const plan of plans) {
    const noticeId = ids.notice.encode(counters.notice);
    counters.notice += 1;
    const audience = plan.audience ?? 'all_affected';
    const channels: IncidentNoticeChannel[] =
      audience === 'public' ? ['public_announcement'] : [...(templateChannels[shape.template] ?? ['email'])];
    const notice: SeededNotice = {
      id: noticeId,
      version: 1,
      status: plan.state,
      audience,
      channels,
      content: {
        ...texts,
        ...(plan.incomplete ? { userSuggestions: '', remedies: '' } : {}),
        contact: noticeContact,
      },
      ...(audience === 'public' ? { publicReason: story.pick(publicReasons) } : {}),
      authorId: plan.author,
      incidentId: id,
      createdAt: isoAt(plan.at),
    };
    const to = audience === 'public' ? 'the public' : 'every affected customer';
    entry(plan.at, plan.author, `Notice ${noticeId} drafted, to ${to} by ${channels.join(', ')}.`);
    if (plan.state !== 'draft' && plan.approver !== undefined) {
      notice.approverId = plan.approver;
      notice.version += 1;
      entry(plan.at + 2 * hour, plan.approver, `Notice ${noticeId} approved by a second person.`);
    }
    if (plan.state === 'sent') {
      const batchId = ids.batch.encode(counters.batch);
      counters.batch += 1;
      const startedAt = plan.sentAt ?? plan.at + 4 * hour;
      const batch: BatchPlan = {
        id: batchId,
        incidentId: id,
        noticeId,
        startedAt: isoAt(startedAt),
        total: audience === 'public' ? 0 : affectedAccountCount,
        channels,
        ...(plan.stopAt === undefined
          ? {}
          : { stopAt: plan.stopAt, failureDetail: plan.failureDetail ?? '' }),
      };
      batches.push(batch);
      notice.batchId = batchId;
      notice.version += 1;
      lastBatchEnd = Math.max(lastBatchEnd, batchFinishesAt(batch));
      entry(
        startedAt,
        plan.approver ?? plan.author,
        `Notice ${noticeId} sent to ${String(batch.total)} recipients by ${channels.join(', ')}: batch ${batchId}.`,
      );
    }
    notices.push(notice);
  }

  if (atLeast('monitoring')) {
    const from = atLeast('notifying') && plans.length > 0 ? 'notifying' : 'assessing';
    entry(Math.max(aware + 40 * hour, lastBatchEnd + hour), owner, `Status: ${from} → monitoring`);
  }
  if (shape.status === 'closed') {
    entry(aware + Math.min(30 * 24 * hour, age - 12 * hour), demoStaff.dpo.id, 'Status: monitoring → closed');
  }
  timeline.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const incident: Incident = {
    id,
    version: Math.max(1, timeline.filter((item) => !item.text.startsWith('Notice ')).length - 1),
    title: `${template.title}, ${dayMonth.format(aware)}`,
    severity: shape.severity,
    status: shape.status,
    detectedAt: isoAt(shape.detectedAt),
    awareAt: isoAt(aware),
    nature: template.nature,
    ...(shape.status === 'open' ? {} : { cause: template.cause }),
    dataCategories: [...template.dataCategories],
    affectedAccountCount,
    affectedAccountIds: listed,
    likelyConsequences: template.likelyConsequences,
    measuresTaken: shape.status === 'open' ? '' : template.measuresTaken,
    linkedAlertIds: linked.map((alert) => ids.alert.encode(alert)),
    regulatorDeadlineAt: regulatorDeadlineOf(aware),
    timeline,
    ...(regulatorDecision === undefined ? {} : { regulatorDecision }),
    ...(regulatorReport === undefined ? {} : { regulatorReport }),
  };
  return { incident, notices, batches };
}

/** The seeded incidents with their notices and batches, in index order (`ids.incident.encode(index)`). */
function seedPack(seed: number, anchor: number): IncidentSeedPack {
  const pack = sharedAlertPack(seed, anchor);
  const links = new Map<number, number[]>();
  for (let i = 0; i < pack.count; i += 1) {
    const incident = pack.incident[i] ?? -1;
    if (incident >= 0) links.set(incident, [...(links.get(incident) ?? []), i]);
  }
  const counters: Counters = { notice: 0, batch: 0 };
  const incidents: Incident[] = [];
  const notices: SeededNotice[] = [];
  const batches: BatchPlan[] = [];
  incidentShapes(seed, anchor).forEach((shape, index) => {
    const linked = (links.get(index) ?? []).sort(
      (a, b) => (pack.detectedAt[a] ?? 0) - (pack.detectedAt[b] ?? 0),
    );
    const story = tellStory(seed, anchor, index, shape, linked, pack, counters);
    incidents.push(story.incident);
    notices.push(...story.notices);
    batches.push(...story.batches);
  });
  return { incidents, notices, batches };
}

/** The seeded incidents, in index order (`ids.incident.encode(index)`). */
export function seedIncidents(seed: number, anchor: number): Incident[] {
  return [...incidentSeedPack(seed, anchor).incidents];
}

let lastPack: { key: string; pack: IncidentSeedPack } | undefined;

/**
 * The seed of the incidents, their notices and batches for one seed and anchor, built once and
 * shared by the three tables (each takes a copy of its part). Deterministic.
 */
export function incidentSeedPack(seed: number, anchor: number): IncidentSeedPack {
  const key = `${String(seed)}:${String(anchor)}`;
  if (lastPack?.key !== key) lastPack = { key, pack: seedPack(seed, anchor) };
  return lastPack.pack;
}
