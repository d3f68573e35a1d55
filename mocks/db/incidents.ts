import * as z from 'zod/mini';
import { idOf, isoDateTime, type Page } from '@/shared/contract/common';
import {
  incidentSchema,
  incidentSeverities,
  regulatorReportSchema,
  incidentSortFields,
  incidentStatusSchema,
  incidentStatuses,
  maxListedAffectedAccounts,
  regulatorClockRunning,
  type Incident,
} from '@/shared/contract/incidents';
import { filter, type ListQuery } from '@mocks/http/list-query';
import { incidentSeedPack, regulatorDeadlineOf } from './incident-seed';
import { defineTable } from './table';

/**
 * The incidents family, small on purpose and built on the small-family template (`table.ts`):
 * ~30 seeded incidents (the escalation targets of the alerts queue) and the ones opened since
 * (by escalating an alert or by `POST /incidents`). Its writes: an incident opened, an alert
 * linked, a status move (scenarios), an edit (`PATCH`: facts, status, the decision not to report),
 * a filed regulator report, and a timeline entry on its own (a notice drafted, approved or sent).
 * Every write but the last moves the incident's `version`: a notice's entry in the timeline does
 * not make a colleague's facts edit stale (docs/api.md, Incidents). Notices and batches live in
 * `incident-notices.ts`.
 */

export { regulatorDeadlineOf };

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
/** A move of the status machine, with the timeline entry it adds (API.md: every change adds one). */
const statusRecordSchema = z.object({
  type: z.literal('status'),
  incidentId: idOf('inc'),
  status: incidentStatusSchema,
  text: z.string(),
  at: isoDateTime,
  by: idOf('stf'),
});
/** The fields a `PATCH /incidents/{id}` may change, as they are after the patch. */
export const incidentChangesSchema = z.partial(
  z.pick(incidentSchema, {
    title: true,
    severity: true,
    status: true,
    detectedAt: true,
    nature: true,
    cause: true,
    dataCategories: true,
    affectedAccountCount: true,
    affectedAccountIds: true,
    likelyConsequences: true,
    measuresTaken: true,
    linkedAlertIds: true,
    regulatorDecision: true,
  }),
);
export type IncidentChanges = z.infer<typeof incidentChangesSchema>;
/** A `PATCH`: the changed fields and the one timeline entry that says what changed. */
const editRecordSchema = z.object({
  type: z.literal('edit'),
  incidentId: idOf('inc'),
  changes: incidentChangesSchema,
  text: z.string(),
  at: isoDateTime,
  by: idOf('stf'),
});
/** The regulator report filed; it ends a recorded decision not to report. */
const reportRecordSchema = z.object({
  type: z.literal('report'),
  incidentId: idOf('inc'),
  report: regulatorReportSchema,
  text: z.string(),
});
/** A timeline entry about the incident's notices or sending; the incident's version stays. */
const entryRecordSchema = z.object({
  type: z.literal('entry'),
  incidentId: idOf('inc'),
  text: z.string(),
  at: isoDateTime,
  by: z.string(),
});
const incidentRecordSchema = z.discriminatedUnion('type', [
  createRecordSchema,
  linkRecordSchema,
  statusRecordSchema,
  editRecordSchema,
  reportRecordSchema,
  entryRecordSchema,
]);
export type IncidentRecord = z.infer<typeof incidentRecordSchema>;

const incidents = defineTable({
  name: 'incidents',
  schema: incidentRecordSchema,
  seed: (context) => structuredClone([...incidentSeedPack(context.seed, context.anchor).incidents]),
  apply(state, record) {
    if (record.type === 'create') {
      state.insert(structuredClone(record.incident));
      return;
    }
    if (record.type === 'edit') {
      const incident = state.byId.get(record.incidentId);
      if (!incident || incident.status === 'closed') return;
      Object.assign(incident, structuredClone(record.changes));
      incident.timeline.push({ at: record.at, actorId: record.by, text: record.text });
      incident.version += 1;
      return;
    }
    if (record.type === 'report') {
      const incident = state.byId.get(record.incidentId);
      if (!incident || incident.regulatorReport) return;
      incident.regulatorReport = structuredClone(record.report);
      delete incident.regulatorDecision;
      incident.timeline.push({ at: record.report.filedAt, actorId: record.report.filedBy, text: record.text });
      incident.version += 1;
      return;
    }
    if (record.type === 'entry') {
      const incident = state.byId.get(record.incidentId);
      if (!incident) return;
      incident.timeline.push({ at: record.at, actorId: record.by, text: record.text });
      return;
    }
    if (record.type === 'status') {
      const incident = state.byId.get(record.incidentId);
      if (!incident) return;
      incident.status = record.status;
      incident.timeline.push({ at: record.at, actorId: record.by, text: record.text });
      incident.version += 1;
      return;
    }
    const incident = state.byId.get(record.incidentId);
    if (!incident || incident.linkedAlertIds.includes(record.alertId)) return;
    incident.linkedAlertIds.push(record.alertId);
    if (
      !incident.affectedAccountIds.includes(record.accountId) &&
      incident.affectedAccountIds.length < maxListedAffectedAccounts
    ) {
      incident.affectedAccountIds.push(record.accountId);
      incident.affectedAccountCount = Math.max(
        incident.affectedAccountCount,
        incident.affectedAccountIds.length,
      );
    }
    incident.timeline.push({
      at: record.at,
      actorId: record.by,
      text: `Alert ${record.alertId} linked: ${record.alertTitle}`,
    });
    incident.version += 1;
  },
  list: {
    // API.md, Incidents: `GET /incidents?status=&severity=&q=&page=`.
    filters: {
      status: filter.anyOf(incidentStatuses),
      severity: filter.anyOf(incidentSeverities),
      q: filter.text({ maxLength: 200 }),
    },
    sortable: incidentSortFields,
    // The newest awareness first: its regulator clock is the one still running.
    defaultSort: { field: 'awareAt', direction: 'desc' },
    match: (incident, { status, severity, q }) =>
      (status === undefined || status.includes(incident.status)) &&
      (severity === undefined || severity.includes(incident.severity)) &&
      // `q`: the id exactly, or a case-insensitive substring of the title.
      (q === undefined ||
        q === '' ||
        incident.id === q ||
        incident.title.toLowerCase().includes(q.toLowerCase())),
    sortKeys: {
      detectedAt: (incident) => Date.parse(incident.detectedAt),
      awareAt: (incident) => Date.parse(incident.awareAt),
      severity: (incident) => incidentSeverities.indexOf(incident.severity),
      status: (incident) => incidentStatuses.indexOf(incident.status),
      // docs/api.md, Incidents: the clocks still running first, then the reported or decided ones.
      regulatorDeadlineAt: (incident) =>
        Date.parse(incident.regulatorDeadlineAt) + (regulatorClockRunning(incident) ? 0 : 1e15),
    },
    // Equal keys (same severity, same status) read newest awareness first.
    tieOrder: (a, b) => Date.parse(b.awareAt) - Date.parse(a.awareAt),
  },
});

/** The list spec of `GET /incidents` (filters, sortable fields, default sort), for `context.list`. */
export const incidentList = incidents.listSpec;

/** The incident with this id (`inc_…`), or `undefined`. The object is the family's: do not change it. */
export function findIncident(id: string): Incident | undefined {
  return incidents.find(id);
}

/** Every incident, seeded order first, then the ones opened since. */
export function allIncidents(): readonly Incident[] {
  return incidents.rows();
}

/** Journals and applies a write (see `IncidentRecord`). */
export function commitIncident(record: IncidentRecord): void {
  incidents.commit(record);
}

/** One page of `GET /incidents` for a parsed query (see `incidentList`). */
export function listIncidents(
  query: ListQuery<typeof incidentList.filters, (typeof incidentSortFields)[number]>,
): Page<Incident> {
  return incidents.query(query);
}
