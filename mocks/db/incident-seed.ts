import {
  incidentStatuses,
  type Incident,
  type NoticeDraft,
  type IncidentStatus,
  type IncidentTimelineEntry,
  maxListedAffectedAccounts,
  regulatorDeadlineHours,
} from '@/shared/contract/incidents';
import { hour, isoAt } from '@mocks/clock';
import { accountCount } from './accounts/seed';
import { incidentTemplates } from './alerts/catalog';
import { incidentShapes, seededTitle, sharedAlertPack } from './alerts/seed';
import { ids } from './ids';
import { Random, deriveSeed } from './random';
import type { BatchPlan } from './incident-batches';
import { demoStaff } from './staff';

/**
 * The ~30 seeded incidents, as plain contract records: the shapes (status, severity, times) and
 * their alerts come from the alert seed, which links alerts to incident indices; the texts from
 * the incident templates of `alerts/catalog.ts`. Deterministic for a seed and an anchor.
 */

/** `awareAt` (ms since the epoch) + the 72-hour regulator clock, as an ISO instant (API.md, Incidents). */
export function regulatorDeadlineOf(awareAt: number): string {
  return isoAt(awareAt + regulatorDeadlineHours * hour);
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The seeded incidents, in index order (`ids.incident.encode(index)`). */
export function seedIncidents(seed: number, anchor: number): Incident[] {
  const pack = sharedAlertPack(seed, anchor);
  const links = new Map<number, number[]>();
  for (let i = 0; i < pack.count; i += 1) {
    const incident = pack.incident[i] ?? -1;
    if (incident >= 0) links.set(incident, [...(links.get(incident) ?? []), i]);
  }
  const analysts = [demoStaff.analyst.id, demoStaff.analyst2.id, demoStaff.dpo.id];
  const list = incidentShapes(seed, anchor).map((shape, index): Incident => {
    const template = incidentTemplates[shape.template] ?? incidentTemplates[0];
    if (!template) throw new Error('incidents: no template');
    const random = new Random(deriveSeed(seed, 'incidents', index));
    const owner = random.pick(analysts);
    const linked = (links.get(index) ?? []).sort(
      (a, b) => (pack.detectedAt[a] ?? 0) - (pack.detectedAt[b] ?? 0),
    );
    const linkedAccounts = [...new Set(linked.map((alert) => ids.account.encode(pack.account[alert] ?? 0)))];
    const extra = random.int(0, 40);
    const affectedAccountIds = [...linkedAccounts];
    for (let n = 0; n < extra; n += 1)
      affectedAccountIds.push(ids.account.encode(random.int(10_000, accountCount - 1)));
    const listed = [...new Set(affectedAccountIds)].slice(0, maxListedAffectedAccounts);

    const timeline: IncidentTimelineEntry[] = [
      {
        at: isoAt(shape.detectedAt),
        actorId: 'system',
        text: 'Detection raised the first alert of this pattern.',
      },
      {
        at: isoAt(shape.awareAt),
        actorId: owner,
        text: 'Incident opened: the shop is aware, the 72-hour regulator clock starts.',
      },
    ];
    for (const alert of linked) {
      timeline.push({
        at: isoAt(Math.max(shape.awareAt, pack.detectedAt[alert] ?? shape.awareAt)),
        actorId: owner,
        text: `Alert ${ids.alert.encode(alert)} linked: ${seededTitle(pack, alert)}`,
      });
    }
    const steps: [IncidentStatus, string][] = [
      ['assessing', 'Assessment started: scope, data categories and affected accounts.'],
      ['notifying', 'Assessment done: customers and the regulator are to be told.'],
      ['monitoring', 'Notices sent; watching for repeat activity.'],
      ['closed', 'No further activity for 30 days; incident closed.'],
    ];
    const reached = incidentStatuses.indexOf(shape.status);
    steps.forEach(([status, text], step) => {
      if (incidentStatuses.indexOf(status) <= reached) {
        timeline.push({
          at: isoAt(shape.awareAt + (step + 1) * (step < 2 ? 20 : 200) * hour),
          actorId: owner,
          text,
        });
      }
    });
    timeline.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

    return {
      id: ids.incident.encode(index),
      version: timeline.length - 1,
      title: `${template.title}, ${dayMonth.format(shape.awareAt)}`,
      severity: shape.severity,
      status: shape.status,
      detectedAt: isoAt(shape.detectedAt),
      awareAt: isoAt(shape.awareAt),
      nature: template.nature,
      ...(shape.status === 'open' ? {} : { cause: template.cause }),
      dataCategories: [...template.dataCategories],
      affectedAccountCount: listed.length + (random.chance(0.4) ? random.int(0, 4000) : 0),
      affectedAccountIds: listed,
      likelyConsequences: template.likelyConsequences,
      measuresTaken: shape.status === 'open' ? '' : template.measuresTaken,
      linkedAlertIds: linked.map((alert) => ids.alert.encode(alert)),
      regulatorDeadlineAt: regulatorDeadlineOf(shape.awareAt),
      timeline,
    };
  });
  return list;
}

/** A seeded notice: the contract's draft, its incident and when it was created. */
export type SeededNotice = NoticeDraft & { incidentId: string; createdAt: string };

/** The incidents family's whole seed: the incidents, their notices and their batches' plans. */
export interface IncidentSeedPack {
  readonly incidents: readonly Incident[];
  readonly notices: readonly SeededNotice[];
  readonly batches: readonly BatchPlan[];
}

let lastPack: { key: string; pack: IncidentSeedPack } | undefined;

/**
 * The seed of the incidents, their notices and batches for one seed and anchor, built once and
 * shared by the three tables (each takes a copy of its part). Deterministic.
 */
export function incidentSeedPack(seed: number, anchor: number): IncidentSeedPack {
  const key = `${String(seed)}:${String(anchor)}`;
  if (lastPack?.key !== key) {
    lastPack = { key, pack: { incidents: seedIncidents(seed, anchor), notices: [], batches: [] } };
  }
  return lastPack.pack;
}
