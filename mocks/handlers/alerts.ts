import {
  alertBulkRequestSchema,
  alertEscalateRequestSchema,
  alertNoteRequestSchema,
  alertPatchSchema,
  alertSeverities,
  alertSortFields,
  alertStatuses,
  alertTypes,
  canMoveAlert,
  unassignedFilter,
  type Alert,
  type AlertBulkFailure,
  type AlertNote,
  type AlertPatch,
  type AlertStatus,
} from '@/shared/contract/alerts';
import type { Incident } from '@/shared/contract/incidents';
import { hasPermission } from '@/shared/contract/roles';
import { isoAt } from '@mocks/clock';
import { accountCount } from '@mocks/db/accounts/seed';
import { alertTypeLabels } from '@mocks/db/alerts/catalog';
import { assigneeCode } from '@mocks/db/alerts/seed';
import { countAlerts, listAlerts, type AlertFilters } from '@mocks/db/alerts/list';
import { alertDetail, alertNotes, alertSlot } from '@mocks/db/alerts/queries';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { commitAlert, type AlertPatchRecord } from '@mocks/db/alerts/state';
import { ids, randomToken } from '@mocks/db/ids';
import { commitIncident, findIncident, regulatorDeadlineOf } from '@mocks/db/incidents';
import { maskIp, maskMac } from '@mocks/db/masking';
import { staffById } from '@mocks/db/staff';
import { api, type HandlerContext } from '@mocks/http/handler';
import { defineList, filter, paginate, type FilterSpec, type FilterValues } from '@mocks/http/list-query';
import { badRequest, conflict, isProblem, notFound, preconditionFailed } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/** `assigneeId` filter: a staff id (repeatable) or `none`; an id that names nobody is a 400. */
const assigneeFilter: FilterSpec<string, true> = {
  many: true,
  parse: (raw) =>
    raw === unassignedFilter || staffById(raw) !== undefined
      ? { ok: true, value: raw }
      : { ok: false, message: `Use a staff id or ${unassignedFilter}.` },
};

const alertFilters = {
  severity: filter.anyOf(alertSeverities),
  type: filter.anyOf(alertTypes),
  assigneeId: assigneeFilter,
  accountId: filter.id('acc'),
  q: filter.text({ maxLength: 200 }),
  from: filter.dateTime(),
  to: filter.dateTime(),
};

export const alertList = defineList({
  filters: { status: filter.anyOf(alertStatuses), ...alertFilters },
  sortable: alertSortFields,
  // The queue reads newest first: what just happened is what may still be stopped.
  defaultSort: { field: 'detectedAt', direction: 'desc' },
});

const noteList = defineList({ filters: {}, sortable: [] });
const activityList = defineList({ filters: {}, sortable: [] });

/** Support reads the alerts of the account in front of them, never the whole queue. */
function requireScope(context: HandlerContext): void {
  if (!context.url.searchParams.get('accountId')) context.requirePermission('alerts.read');
}

function toFilters(values: FilterValues<typeof alertFilters> & { status?: AlertFilters['status'] }): AlertFilters {
  let account: number | undefined;
  if (values.accountId !== undefined) {
    account = ids.account.decode(values.accountId);
    if (account === undefined || account >= accountCount) {
      throw badRequest([{ field: 'accountId', message: `No account ${values.accountId}.` }]);
    }
  }
  if (values.from !== undefined && values.to !== undefined && values.from > values.to) {
    throw badRequest([{ field: 'from', message: 'Must not be after "to".' }]);
  }
  return {
    status: values.status,
    severity: values.severity,
    type: values.type,
    assignees: values.assigneeId?.map((id) => (id === unassignedFilter ? 0 : assigneeCode(id))),
    account,
    q: values.q,
    from: values.from,
    to: values.to,
  };
}

/** IPs and MACs in evidence are masked for every role; `POST /accounts/{id}/reveal` shows one. */
export function maskAlert(alert: Alert): Alert {
  const { device } = alert.evidence;
  return {
    ...alert,
    evidence: {
      ...alert.evidence,
      ip: maskIp(alert.evidence.ip),
      ...(device ? { device: { ...device, macAddress: maskMac(device.macAddress) } } : {}),
    },
  };
}

function requireAlert(id: string): number {
  const slot = alertSlot(id);
  if (slot === undefined) throw notFound('alert', id);
  return slot;
}

function currentAlert(slot: number): Alert {
  return maskAlert(alertDetail(slot));
}

/** Only people who may change alerts can be given one. */
function checkAssignee(assigneeId: string | null | undefined, field: string): void {
  if (assigneeId === undefined || assigneeId === null) return;
  const staff = staffById(assigneeId);
  if (!staff || !hasPermission(staff.roles, 'alerts.change')) {
    throw badRequest([{ field, message: 'Assign the alert to a security analyst or the privacy officer.' }]);
  }
}

/** "a new alert", "an acknowledged alert": a state in a sentence, with its article. */
function inState(status: AlertStatus): string {
  return `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} alert`;
}

const verbOf: Record<AlertStatus, string> = {
  new: 'make new',
  acknowledged: 'acknowledge',
  escalated: 'escalate',
  resolved: 'resolve',
  dismissed: 'dismiss',
};

/**
 * Why an alert in `from` cannot move to `to`, and what to do instead (the 409's `detail`), e.g.
 * "A new alert is not escalated directly: acknowledge it first, then escalate it."
 */
export function refusedMove(from: AlertStatus, to: AlertStatus): string {
  const subject = inState(from).replace(/^a/, 'A');
  if (from === to) return `${subject} is already ${to}.`;
  const closed = from === 'resolved' || from === 'dismissed';
  if (closed) return `${subject} is closed: reopen it first, then ${verbOf[to]} it.`;
  if (from === 'new') return `${subject} is not ${to} directly: acknowledge it first, then ${verbOf[to]} it.`;
  if (from === 'escalated' && to === 'dismissed') {
    return `${subject} belongs to an incident: resolve it instead of dismissing it.`;
  }
  return `${subject} is already being worked on: it cannot be ${to === 'new' ? 'made new' : to} again.`;
}

/** The record of a PATCH (or one bulk item), or 409 when the alert's state refuses it. */
function planPatch(alert: Alert, patch: AlertPatch, context: HandlerContext): AlertPatchRecord {
  if (patch.status !== undefined) {
    if (patch.status === 'escalated') {
      throw conflict('An alert is escalated with POST /alerts/{id}/escalate, which also links the incident.');
    }
    if (!canMoveAlert(alert.status, patch.status)) {
      throw conflict(refusedMove(alert.status, patch.status));
    }
  }
  if (patch.resolution !== undefined && (patch.status ?? alert.status) !== 'resolved') {
    throw conflict('Only a resolved alert has a resolution.');
  }
  return {
    type: 'patch',
    alertId: alert.id,
    at: isoAt(context.now),
    by: context.session.staff.id,
    ...(patch.status === undefined ? {} : { status: patch.status }),
    ...(patch.assigneeId === undefined ? {} : { assigneeId: patch.assigneeId }),
    ...(patch.resolution === undefined ? {} : { resolution: patch.resolution }),
    ...(patch.severity === undefined ? {} : { severity: patch.severity }),
    ...(patch.note === undefined ? {} : { note: { id: `note_${randomToken(10)}`, body: patch.note } }),
  };
}

/** A staff member as an audit summary names them: by name, the id only for someone unknown. */
function staffName(id: string): string {
  return staffById(id)?.name ?? id;
}

const resolutionWords: Record<NonNullable<AlertPatch['resolution']>, string> = {
  true_positive: 'true positive',
  false_positive: 'false positive',
  benign: 'benign',
};

/**
 * What a change did to `before` (the alert as it was), in the words a reader of the audit log
 * follows: "Acknowledged alr_…", "Reopened alr_…", "Resolved alr_… as false positive, with a
 * note", "Assigned alr_… to Priya Raman" — people by name, never by `stf_` id.
 */
function describeChange(before: Alert, patch: AlertPatch): string {
  const id = before.id;
  const clauses: string[] = [];
  const closed = before.status === 'resolved' || before.status === 'dismissed';
  if (patch.status === 'acknowledged') clauses.push(`${closed ? 'Reopened' : 'Acknowledged'} ${id}`);
  else if (patch.status === 'resolved')
    clauses.push(`Resolved ${id}${patch.resolution ? ` as ${resolutionWords[patch.resolution]}` : ''}`);
  else if (patch.status !== undefined) clauses.push(`${patch.status === 'dismissed' ? 'Dismissed' : 'Moved'} ${id}`);
  const subject = clauses.length === 0 ? id : 'it';
  if (patch.assigneeId !== undefined) {
    const assignment =
      patch.assigneeId === null ? `unassigned ${subject}` : `assigned ${subject} to ${staffName(patch.assigneeId)}`;
    clauses.push(clauses.length === 0 ? assignment.replace(/^./, (c) => c.toUpperCase()) : assignment);
  }
  if (patch.severity !== undefined) {
    const severity = `set the severity of ${clauses.length === 0 ? id : 'it'} to ${patch.severity}`;
    clauses.push(clauses.length === 0 ? severity.replace(/^./, (c) => c.toUpperCase()) : severity);
  }
  if (clauses.length === 0) clauses.push(`Added a note to ${id}`);
  else if (patch.note !== undefined) clauses.push('with a note');
  return clauses.join(', ');
}

/** The reason an audit entry of a change keeps: the note that a dismissal needs. */
function reasonOf(patch: AlertPatch): { reason?: string } {
  return patch.status === 'dismissed' && patch.note !== undefined ? { reason: patch.note } : {};
}

function newIncidentFrom(alert: Alert, request: { title: string; severity: Incident['severity'] }, context: HandlerContext): Incident {
  const at = isoAt(context.now);
  return {
    id: ids.incident.fresh(),
    version: 1,
    title: request.title,
    severity: request.severity,
    status: 'open',
    detectedAt: alert.detectedAt,
    awareAt: at,
    nature: `Opened from alert ${alert.id} (${alertTypeLabels[alert.type]}): ${alert.title}`,
    dataCategories: [],
    affectedAccountCount: 1,
    affectedAccountIds: [alert.accountId],
    likelyConsequences: '',
    measuresTaken: '',
    linkedAlertIds: [alert.id],
    regulatorDeadlineAt: regulatorDeadlineOf(context.now),
    timeline: [
      {
        at,
        actorId: context.session.staff.id,
        text: `Incident opened by escalating alert ${alert.id}: the 72-hour regulator clock starts.`,
      },
    ],
  };
}

export const alertHandlers = [
  api.get('/alerts', { family: 'alerts', permission: 'alerts.readAccount' }, (context) => {
    requireScope(context);
    const { filters, sort, page, pageSize } = context.list(alertList);
    const result = listAlerts({
      ...toFilters(filters),
      sort: sort ?? { field: 'detectedAt', direction: 'desc' },
      page,
      pageSize,
    });
    return json({ ...result, items: result.items.map(maskAlert) });
  }),

  // Before `/alerts/:id`, which would take "counts" for an id.
  api.get('/alerts/counts', { family: 'alerts', permission: 'alerts.readAccount' }, (context) => {
    requireScope(context);
    return json(countAlerts(toFilters(context.filters(alertFilters))));
  }),

  api.get('/alerts/:id', { family: 'alerts', permission: 'alerts.read' }, (context) => {
    const alert = currentAlert(requireAlert(context.param('id')));
    return json(alert, { etag: alert.version });
  }),

  api.patch('/alerts/:id', { family: 'alerts', permission: 'alerts.change' }, async (context) => {
    const slot = requireAlert(context.param('id'));
    const alert = currentAlert(slot);
    context.ifMatch(alert);
    const patch = await context.body(alertPatchSchema);
    checkAssignee(patch.assigneeId, 'assigneeId');
    commitAlert(planPatch(alert, patch, context));
    context.audit({
      action: 'alert.update',
      targetType: 'alert',
      targetId: alert.id,
      summary: describeChange(alert, patch),
      ...reasonOf(patch),
    });
    const updated = currentAlert(slot);
    return json(updated, { etag: updated.version });
  }),

  api.post('/alerts/bulk', { family: 'alerts', permission: 'alerts.change' }, async (context) => {
    const { items, patch } = await context.body(alertBulkRequestSchema);
    checkAssignee(patch.assigneeId, 'patch.assigneeId');
    const updated: Alert[] = [];
    const failed: AlertBulkFailure[] = [];
    for (const item of items) {
      // Each item on its own: one stale or closed alert must not stop the other 499.
      try {
        const slot = requireAlert(item.id);
        const alert = currentAlert(slot);
        if (alert.version !== item.version) throw preconditionFailed(alert);
        commitAlert(planPatch(alert, patch, context));
        context.audit({
          action: 'alert.bulk_update',
          targetType: 'alert',
          targetId: alert.id,
          summary: `${describeChange(alert, patch)} (one of ${String(items.length)} alerts changed together)`,
          ...reasonOf(patch),
        });
        updated.push(currentAlert(slot));
      } catch (error) {
        if (!isProblem(error)) throw error;
        failed.push({ id: item.id, problem: { ...error.body } });
      }
    }
    return json({ updated, failed });
  }),

  api.get('/alerts/:id/notes', { family: 'alerts', permission: 'alerts.read' }, (context) => {
    const slot = requireAlert(context.param('id'));
    const { page, pageSize } = context.list(noteList);
    // Oldest first, as the contract lists an alert's notes.
    return json(paginate(alertNotes(slot), { page, pageSize }));
  }),

  // The alert's own audit trail, for those who may read the alert (the audit log itself is the
  // privacy officer's): oldest first, like its notes.
  api.get('/alerts/:id/activity', { family: 'alerts', permission: 'alerts.read' }, (context) => {
    const alertId = currentAlert(requireAlert(context.param('id'))).id;
    const { page, pageSize } = context.list(activityList);
    return json(queryAuditLog({ targetType: 'alert', targetId: alertId, direction: 'asc', page, pageSize }));
  }),

  api.post('/alerts/:id/notes', { family: 'alerts', permission: 'alerts.change' }, async (context) => {
    const slot = requireAlert(context.param('id'));
    return context.idempotent(async () => {
      const { body } = await context.body(alertNoteRequestSchema);
      const alertId = currentAlert(slot).id;
      const note: AlertNote = {
        id: `note_${randomToken(10)}`,
        alertId,
        at: isoAt(context.now),
        authorId: context.session.staff.id,
        body,
      };
      commitAlert({ type: 'note', alertId, at: note.at, by: note.authorId, noteId: note.id, body });
      context.audit({ action: 'alert.note', targetType: 'alert', targetId: alertId, summary: `Added a note to ${alertId}` });
      return json(note, { status: 201 });
    });
  }),

  api.post('/alerts/:id/escalate', { family: 'alerts', permission: 'alerts.change' }, async (context) => {
    const slot = requireAlert(context.param('id'));
    return context.idempotent(async () => {
      const alert = currentAlert(slot);
      context.ifMatch(alert);
      const request = await context.body(alertEscalateRequestSchema);
      if (!canMoveAlert(alert.status, 'escalated')) throw conflict(refusedMove(alert.status, 'escalated'));
      const at = isoAt(context.now);
      const by = context.session.staff.id;
      let incidentId: string;
      if ('incidentId' in request) {
        const incident = findIncident(request.incidentId);
        if (!incident) throw notFound('incident', request.incidentId);
        if (incident.status === 'closed') throw conflict(`${incident.id} is closed; escalate to an open incident.`);
        incidentId = incident.id;
        commitIncident({ type: 'link', incidentId, alertId: alert.id, alertTitle: alert.title, accountId: alert.accountId, at, by });
      } else {
        const incident = newIncidentFrom(alert, request.newIncident, context);
        incidentId = incident.id;
        commitIncident({ type: 'create', incident });
        context.audit({
          action: 'incident.create',
          targetType: 'incident',
          targetId: incidentId,
          summary: `Opened ${incidentId} "${incident.title}" from ${alert.id}`,
        });
      }
      commitAlert({ type: 'escalate', alertId: alert.id, at, by, incidentId });
      context.audit({
        action: 'alert.escalate',
        targetType: 'alert',
        targetId: alert.id,
        summary: `Escalated ${alert.id} to ${incidentId}`,
      });
      const updated = currentAlert(slot);
      return json(updated, { etag: updated.version });
    });
  }),
];
