import { request } from '@/shared/api/http-client';
import {
  consentEventPageSchema,
  consentEventSchema,
  consentReceiptSchema,
  currentConsentListSchema,
  type ConsentEventQuery,
  type ConsentWithdrawalRequest,
} from '@/shared/contract/consent';

const accountPath = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export function fetchCurrentConsents(accountId: string, signal?: AbortSignal) {
  return request({ path: `${accountPath(accountId)}/consents`, schema: currentConsentListSchema, signal });
}

export function fetchConsentEvents(accountId: string, query: ConsentEventQuery, signal?: AbortSignal) {
  return request({
    path: `${accountPath(accountId)}/consent-events`,
    query: { ...query },
    schema: consentEventPageSchema,
    signal,
  });
}

/** Records a withdrawal the customer asked for; the key makes a double click or a retry record one event. */
export function recordWithdrawal(accountId: string, body: ConsentWithdrawalRequest, idempotencyKey: string) {
  return request({
    method: 'POST',
    path: `${accountPath(accountId)}/consent-events`,
    body,
    idempotencyKey,
    schema: consentEventSchema,
  });
}

export function fetchConsentReceipt(accountId: string) {
  return request({ path: `${accountPath(accountId)}/consent-receipt`, schema: consentReceiptSchema });
}
