import { request } from '@/shared/api/http-client';
import {
  policyVersionListSchema,
  policyVersionSchema,
  publishPreviewSchema,
  reconsentProgressSchema,
  type ApprovePolicyRequest,
  type PolicyQuery,
  type PublishPolicyRequest,
  type RejectPolicyRequest,
  type UpdatePolicyRequest,
} from '@/shared/contract/policies';
import type { Versioned } from '@/shared/mutations/use-versioned-mutation';

// The requests of API.md "Policy versions". Each returns the contract's parsed shape and throws
// `ApiError` (status, problem) on any non-2xx reply or a reply the schema refuses. Every change
// sends `If-Match` with the version it was made on; a stale one gets 412 with the current version.

const policyPath = (id: string) => `/policies/${encodeURIComponent(id)}`;

/** `GET /policies?status=`: every version (or those in one status), without body, in the API's order. */
export function fetchPolicies(query: PolicyQuery = {}, signal?: AbortSignal) {
  return request({ path: '/policies', query: { ...query }, schema: policyVersionListSchema, signal });
}

/** `GET /policies/{id}`: one version with its Markdown `body` and its `history`. */
export function fetchPolicy(id: string, signal?: AbortSignal) {
  return request({ path: policyPath(id), schema: policyVersionSchema, signal });
}

/**
 * `POST /policies` (legal, privacy officer; Idempotency-Key): a new draft copied from `basedOn`,
 * authored by the caller. One key per intent, so a double click makes one draft.
 */
export function createPolicyDraft(basedOn: string, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: '/policies',
    body: { basedOn },
    idempotencyKey,
    schema: policyVersionSchema,
  });
}

/** `PUT /policies/{id}` (drafts only, If-Match): saves the draft's text and change facts. */
export function updatePolicy(base: Versioned, body: UpdatePolicyRequest) {
  return request({
    method: 'PUT',
    path: policyPath(base.id),
    body,
    ifMatch: base.version,
    schema: policyVersionSchema,
  });
}

/** `POST /policies/{id}/submit` (the author, If-Match): draft → in_review. */
export function submitPolicy(base: Versioned) {
  return request({
    method: 'POST',
    path: `${policyPath(base.id)}/submit`,
    ifMatch: base.version,
    schema: policyVersionSchema,
  });
}

/** `POST /policies/{id}/approve` (not the author: 403, If-Match): in_review → approved. */
export function approvePolicy(base: Versioned, body: ApprovePolicyRequest) {
  return request({
    method: 'POST',
    path: `${policyPath(base.id)}/approve`,
    body,
    ifMatch: base.version,
    schema: policyVersionSchema,
  });
}

/** `POST /policies/{id}/reject` (not the author: 403, If-Match): in_review → draft, with the comment. */
export function rejectPolicy(base: Versioned, body: RejectPolicyRequest) {
  return request({
    method: 'POST',
    path: `${policyPath(base.id)}/reject`,
    body,
    ifMatch: base.version,
    schema: policyVersionSchema,
  });
}

/**
 * `POST /policies/{id}/publish` (legal, privacy officer; approved only; If-Match and one
 * Idempotency-Key per intent): approved → scheduled. A broken publishing rule is a 400 naming
 * its field (`changeCategories`, `notice.channels`, `effectiveAt`, `notice.reconsentPurposes`).
 */
export function publishPolicy(base: Versioned, body: PublishPolicyRequest, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: `${policyPath(base.id)}/publish`,
    body,
    ifMatch: base.version,
    idempotencyKey,
    schema: policyVersionSchema,
  });
}

/** `POST /policies/{id}/retract` (scheduled, before `effectiveAt`; If-Match): scheduled → approved. */
export function retractPolicy(base: Versioned) {
  return request({
    method: 'POST',
    path: `${policyPath(base.id)}/retract`,
    ifMatch: base.version,
    schema: policyVersionSchema,
  });
}

/** `GET /policies/{id}/publish-preview` (legal, privacy officer; approved or scheduled): the reach. */
export function fetchPublishPreview(id: string, signal?: AbortSignal) {
  return request({ path: `${policyPath(id)}/publish-preview`, schema: publishPreviewSchema, signal });
}

/** `GET /policies/{id}/reconsent-progress` (published or superseded): answers per purpose. */
export function fetchReconsentProgress(id: string, signal?: AbortSignal) {
  return request({ path: `${policyPath(id)}/reconsent-progress`, schema: reconsentProgressSchema, signal });
}
