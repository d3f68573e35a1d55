import { request } from '@/shared/api/http-client';
import {
  incidentSchema,
  noticeDraftListSchema,
  noticeDraftSchema,
  notificationBatchSchema,
  regulatorReportSchema,
  type CreateIncidentRequest,
  type CreateNoticeRequest,
  type PatchIncidentRequest,
  type PatchNoticeRequest,
  type RegulatorReportRequest,
} from '@/shared/contract/incidents';
import type { Versioned } from '@/shared/mutations/use-versioned-mutation';

// The writes and feature-only reads of API.md "Security incidents and notifications" (the incident
// itself is read through `@/shared/resources/incidents`). Each returns the contract's parsed shape
// and throws `ApiError` (status, problem) on a non-2xx reply or a reply the schema refuses. Changes
// send `If-Match` with the version they were made on (412: the current resource in the body);
// creations and sends carry one Idempotency-Key per intent.

const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;
const noticePath = (incidentId: string, noticeId: string) =>
  `${incidentPath(incidentId)}/notices/${encodeURIComponent(noticeId)}`;

/** `PATCH /incidents/{id}` (If-Match): facts, title, severity, status or `regulatorDecision`. */
export function patchIncident(base: Versioned, body: PatchIncidentRequest) {
  return request({
    method: 'PATCH',
    path: incidentPath(base.id),
    body,
    ifMatch: base.version,
    schema: incidentSchema,
  });
}

/** `GET /incidents/{id}/notices`: the incident's notices, oldest first. */
export function fetchNotices(incidentId: string, signal?: AbortSignal) {
  return request({ path: `${incidentPath(incidentId)}/notices`, schema: noticeDraftListSchema, signal });
}

/** `POST /incidents/{id}/notices` (Idempotency-Key): a new draft, authored by the caller. */
export function createNotice(incidentId: string, body: CreateNoticeRequest, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: `${incidentPath(incidentId)}/notices`,
    body,
    idempotencyKey,
    schema: noticeDraftSchema,
  });
}

/** `PATCH /incidents/{id}/notices/{noticeId}` (drafts only, If-Match): edits the draft. `base.id` is the notice's id. */
export function patchNotice(incidentId: string, base: Versioned, body: PatchNoticeRequest) {
  return request({
    method: 'PATCH',
    path: noticePath(incidentId, base.id),
    body,
    ifMatch: base.version,
    schema: noticeDraftSchema,
  });
}

/** `POST …/notices/{noticeId}/approve` (legal, privacy officer; never the author: 403; If-Match). */
export function approveNotice(incidentId: string, base: Versioned) {
  return request({
    method: 'POST',
    path: `${noticePath(incidentId, base.id)}/approve`,
    ifMatch: base.version,
    schema: noticeDraftSchema,
  });
}

/** `POST /incidents/{id}/notifications` (Idempotency-Key): sends an approved notice as one batch. */
export function sendNotice(incidentId: string, noticeId: string, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: `${incidentPath(incidentId)}/notifications`,
    body: { noticeId },
    idempotencyKey,
    schema: notificationBatchSchema,
  });
}

/** `GET /incidents/{id}/notifications/{batchId}`: the batch's progress and, once finished, its failures. */
export function fetchNotificationBatch(incidentId: string, batchId: string, signal?: AbortSignal) {
  return request({
    path: `${incidentPath(incidentId)}/notifications/${encodeURIComponent(batchId)}`,
    schema: notificationBatchSchema,
    signal,
  });
}

/** `POST /incidents/{id}/regulator-reports` (legal, privacy officer; Idempotency-Key): files the report. */
export function fileRegulatorReport(
  incidentId: string,
  body: RegulatorReportRequest,
  idempotencyKey: string,
) {
  return request({
    method: 'POST',
    path: `${incidentPath(incidentId)}/regulator-reports`,
    body,
    idempotencyKey,
    schema: regulatorReportSchema,
  });
}

/** `POST /incidents` (analysts, privacy officer; Idempotency-Key): a new incident; its clock starts at `awareAt` (default: now). */
export function createIncident(body: CreateIncidentRequest, idempotencyKey: string) {
  return request({ method: 'POST', path: '/incidents', body, idempotencyKey, schema: incidentSchema });
}
