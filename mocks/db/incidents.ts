import * as z from 'zod/mini';
import { idOf, isoDateTime, type Page } from '@/shared/contract/common';
import {
  incidentSchema,
  incidentSeverities,
  incidentStatuses,
  regulatorDeadlineHours,
  type Incident,
  type IncidentSeverity,
  type IncidentSortField,
  type IncidentStatus,
  type IncidentTimelineEntry,
} from '@/shared/contract/incidents';
import type { SortDirection } from '@/shared/contract/common';
import { hour, isoAt } from '@mocks/clock';
import { accountCount } from './account-seed';
import { incidentTemplates } from './alert-catalog';
import { incidentShapes, seededTitle, sharedAlertPack } from './alert-seed';
import { defineFamily } from './database';
import { ids } from './ids';
import { Random, deriveSeed } from './random';
import { demoStaff } from './staff';

/**
 * The incidents family, small on purpose: ~30 seeded incidents (the escalation targets of the
 * alerts queue) and the ones opened by escalating an alert. The incidents view extends it later
 * (facts, notices, notifications, regulator reports); for now it knows two writes: an incident
 * opened from an alert, and an alert linked to an existing incident.
 */

const createRecordSchema = z.object({ type: z.literal('create'), incident: incidentSchema });
const linkRecordSchema = z.object({
  type: z.literal('link'),
  incidentId: idOf('inc'),
  alertId: idOf('alr'),
  alertTitle: z.string(),
  accountId: idOf('acc'),
  at: isoDateTime,
  by: idOf('stf'),
});
const incidentRecordSchema = z.discriminatedUnion('type', [createRecordSchema, linkRecordSchema]);
export type IncidentRecord = z.infer<typeof incidentRecordSchema>;

interface IncidentsState {
  readonly list: Incident[];
  readonly byId: Map<string, Incident>;
}

export function regulatorDeadlineOf(awareAt: number): string {
  return isoAt(awareAt + regulatorDeadlineHours * hour);
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function seedIncidents(seed: number, anchor: number): IncidentsState {
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
    const linked = (links.get(index) ?? []).sort((a, b) => (pack.detectedAt[a] ?? 0) - (pack.detectedAt[b] ?? 0));
    const linkedAccounts = [...new Set(linked.map((alert) => ids.account.encode(pack.account[alert] ?? 0)))];
    const extra = random.int(0, 40);
    const affectedAccountIds = [...linkedAccounts];
    for (let n = 0; n < extra; n += 1) affectedAccountIds.push(ids.account.encode(random.int(10_000, accountCount - 1)));
    const listed = [...new Set(affectedAccountIds)].slice(0, 1000);

    const timeline: IncidentTimelineEntry[] = [
      { at: isoAt(shape.detectedAt), actorId: 'system', text: 'Detection raised the first alert of this pattern.' },
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
        timeline.push({ at: isoAt(shape.awareAt + (step + 1) * (step < 2 ? 20 : 200) * hour), actorId: owner, text });
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
  return { list, byId: new Map(list.map((incident) => [incident.id, incident])) };
}

const incidents = defineFamily({
  name: 'incidents',
  seed: (context) => seedIncidents(context.seed, context.anchor),
  record: incidentRecordSchema,
  apply(state, record) {
    if (record.type === 'create') {
      if (state.byId.has(record.incident.id)) return;
      const incident = structuredClone(record.incident);
      state.list.push(incident);
      state.byId.set(incident.id, incident);
      return;
    }
    const incident = state.byId.get(record.incidentId);
    if (!incident || incident.linkedAlertIds.includes(record.alertId)) return;
    incident.linkedAlertIds.push(record.alertId);
    if (!incident.affectedAccountIds.includes(record.accountId) && incident.affectedAccountIds.length < 1000) {
      incident.affectedAccountIds.push(record.accountId);
      incident.affectedAccountCount = Math.max(incident.affectedAccountCount, incident.affectedAccountIds.length);
    }
    incident.timeline.push({ at: record.at, actorId: record.by, text: `Alert ${record.alertId} linked: ${record.alertTitle}` });
    incident.version += 1;
  },
});

export function findIncident(id: string): Incident | undefined {
  return incidents.state().byId.get(id);
}

export function commitIncident(record: IncidentRecord): void {
  incidents.commit(record);
}

export interface IncidentListQuery {
  status?: IncidentStatus | undefined;
  severity?: IncidentSeverity | undefined;
  q?: string | undefined;
  sort: { field: IncidentSortField; direction: SortDirection };
  page: number;
  pageSize: number;
}

const incidentSortKey: Record<IncidentSortField, (incident: Incident) => number> = {
  detectedAt: (incident) => Date.parse(incident.detectedAt),
  awareAt: (incident) => Date.parse(incident.awareAt),
  severity: (incident) => incidentSeverities.indexOf(incident.severity),
  status: (incident) => incidentStatuses.indexOf(incident.status),
};

export function listIncidents(query: IncidentListQuery): Page<Incident> {
  const q = query.q?.toLowerCase();
  const key = incidentSortKey[query.sort.field];
  const sign = query.sort.direction === 'asc' ? 1 : -1;
  const matches = incidents
    .state()
    .list.filter(
      (incident) =>
        (query.status === undefined || incident.status === query.status) &&
        (query.severity === undefined || incident.severity === query.severity) &&
        (q === undefined || q === '' || incident.id === query.q || incident.title.toLowerCase().includes(q)),
    )
    .sort((a, b) => (key(a) - key(b)) * sign || Date.parse(b.awareAt) - Date.parse(a.awareAt));
  const start = (query.page - 1) * query.pageSize;
  return { items: matches.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: matches.length };
}
