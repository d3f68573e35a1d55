import { request } from '@/shared/api/http-client';
import { auditPageSchema } from '@/shared/contract/audit';
import {
  alertBulkResponseSchema,
  alertCountsSchema,
  alertNotePageSchema,
  alertNoteSchema,
  alertPageSchema,
  alertSchema,
  type Alert,
  type AlertBulkItem,
  type AlertCountsQuery,
  type AlertEscalateRequest,
  type AlertPatch,
  type AlertQuery,
} from '@/shared/contract/alerts';

const alertPath = (id: string) => `/alerts/${encodeURIComponent(id)}`;

export function fetchAlerts(query: AlertQuery, signal?: AbortSignal) {
  return request({ path: '/alerts', query: { ...query }, schema: alertPageSchema, signal });
}

export function fetchAlertCounts(query: AlertCountsQuery, signal?: AbortSignal) {
  return request({ path: '/alerts/counts', query: { ...query }, schema: alertCountsSchema, signal });
}

export function fetchAlert(id: string, signal?: AbortSignal) {
  return request({ path: alertPath(id), schema: alertSchema, signal });
}

/** `PATCH /alerts/{id}` on the version the person saw (If-Match). */
export function patchAlert(base: Pick<Alert, 'id' | 'version'>, patch: AlertPatch) {
  return request({
    method: 'PATCH',
    path: alertPath(base.id),
    body: patch,
    ifMatch: base.version,
    schema: alertSchema,
  });
}

/** `POST /alerts/bulk`: every item on its own version; the reply lists what failed and why. */
export function bulkChangeAlerts(items: readonly AlertBulkItem[], patch: AlertPatch) {
  return request({
    method: 'POST',
    path: '/alerts/bulk',
    body: { items, patch },
    schema: alertBulkResponseSchema,
  });
}

export function fetchAlertNotes(id: string, signal?: AbortSignal) {
  return request({
    path: `${alertPath(id)}/notes`,
    query: { pageSize: 200 },
    schema: alertNotePageSchema,
    signal,
  });
}

export function addAlertNote(id: string, body: string, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: `${alertPath(id)}/notes`,
    body: { body },
    idempotencyKey,
    schema: alertNoteSchema,
  });
}

/** `POST /alerts/{id}/escalate` (If-Match; one key per escalation, so a retry opens one incident). */
export function escalateAlert(
  base: Pick<Alert, 'id' | 'version'>,
  escalation: AlertEscalateRequest,
  idempotencyKey: string,
) {
  return request({
    method: 'POST',
    path: `${alertPath(base.id)}/escalate`,
    body: escalation,
    ifMatch: base.version,
    idempotencyKey,
    schema: alertSchema,
  });
}

/**
 * `GET /alerts/{id}/activity`: the audit events of the alert, oldest first (the project's reading in
 * docs/api.md "Risk alerts"): who acknowledged, assigned, escalated, resolved it, when, and why.
 */
export function fetchAlertActivity(id: string, signal?: AbortSignal) {
  return request({
    path: `${alertPath(id)}/activity`,
    query: { pageSize: 200 },
    schema: auditPageSchema,
    signal,
  });
}
