import { request } from '@/shared/api/http-client';
import {
  disclosurePageSchema,
  disclosureSchema,
  recipientListSchema,
  recipientTotalsSchema,
  type CreateDisclosureRequest,
  type DisclosureQuery,
} from '@/shared/contract/disclosures';

// The requests of API.md "Third-party disclosures". Reads return the contract's parsed shapes and
// throw `ApiError` (status, problem) on any non-2xx reply or a reply the schema refuses.

const disclosurePath = (id: string) => `/disclosures/${encodeURIComponent(id)}`;

/** `GET /disclosures`: one page of the filtered ledger, `{ items, page, pageSize, total }`. */
export function fetchDisclosures(query: DisclosureQuery, signal?: AbortSignal) {
  return request({ path: '/disclosures', query: { ...query }, schema: disclosurePageSchema, signal });
}

/** `GET /disclosures/{id}`: one entry, with `correctedBy` and (consent basis) `consentWithdrawnSince`. */
export function fetchDisclosure(id: string, signal?: AbortSignal) {
  return request({ path: disclosurePath(id), schema: disclosureSchema, signal });
}

/** `GET /recipients`: every recipient, with its category, country and agreement reference. */
export function fetchRecipients(signal?: AbortSignal) {
  return request({ path: '/recipients', schema: recipientListSchema, signal });
}

/** `GET /recipients/{id}/totals`: entries and subjects, per legal basis and per data category. */
export function fetchRecipientTotals(recipientId: string, signal?: AbortSignal) {
  return request({
    path: `/recipients/${encodeURIComponent(recipientId)}/totals`,
    schema: recipientTotalsSchema,
    signal,
  });
}

/**
 * `POST /disclosures` (legal, privacy officer): records an entry, or a correction when `corrects`
 * is set. One `idempotencyKey` per intent, so a double click or a retry records one entry. A 400
 * names the fields whose rule failed; a 409 says the corrected entry is already corrected.
 */
export function recordDisclosure(body: CreateDisclosureRequest, idempotencyKey: string) {
  return request({ method: 'POST', path: '/disclosures', body, idempotencyKey, schema: disclosureSchema });
}
