import * as z from 'zod/mini';
import { idOf, isoDateTime, type Page } from '@/shared/contract/common';
import {
  incidentSchema,
  incidentSeverities,
  incidentSortFields,
  incidentStatusSchema,
  incidentStatuses,
  maxListedAffectedAccounts,
  regulatorClockRunning,
  type Incident,
} from '@/shared/contract/incidents';
import { filter, type ListQuery } from '@mocks/http/list-query';
import { regulatorDeadlineOf, seedIncidents } from './incident-seed';
import { defineTable } from './table';

/**
 * The incidents family, small on purpose and built on the small-family template (`table.ts`):
 * ~30 seeded incidents (the escalation targets of the alerts queue) and the ones opened by
 * escalating an alert. The incidents view extends it later (facts, notices, notifications,
 * regulator reports); for now it knows three writes: an incident opened from an alert, an alert
 * linked to an existing incident, and a status move (so far only scenarios make one).
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
const incidentRecordSchema = z.discriminatedUnion('type', [
  createRecordSchema,
  linkRecordSchema,
  statusRecordSchema,
]);
export type IncidentRecord = z.infer<typeof incidentRecordSchema>;

const incidents = defineTable({
  name: 'incidents',
  schema: incidentRecordSchema,
  seed: (context) => seedIncidents(context.seed, context.anchor),
  apply(state, record) {
    if (record.type === 'create') {
      state.insert(structuredClone(record.incident));
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

/** Journals and applies a write (`create` from an escalation, `link` of an alert). */
export function commitIncident(record: IncidentRecord): void {
  incidents.commit(record);
}

/** One page of `GET /incidents` for a parsed query (see `incidentList`). */
export function listIncidents(
  query: ListQuery<typeof incidentList.filters, (typeof incidentSortFields)[number]>,
): Page<Incident> {
  return incidents.query(query);
}
