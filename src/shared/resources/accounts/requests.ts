import { request } from '@/shared/api/http-client';
import {
  accountPageSchema,
  accountSchema,
  activityPageSchema,
  type AccountQuery,
  type ActivityQuery,
} from '@/shared/contract/accounts';

/** The API path of one account (`/accounts/{id}`), for the reads here and the writes of features. */
export const accountApiPath = (id: string) => `/accounts/${encodeURIComponent(id)}`;

/** `GET /accounts` (contract: Accounts): one page of account summaries. */
export function fetchAccounts(query: AccountQuery, signal?: AbortSignal) {
  return request({ path: '/accounts', query: { ...query }, schema: accountPageSchema, signal });
}

/** `GET /accounts/{id}`: the account with its version (ETag), devices and retention. */
export function fetchAccount(id: string, signal?: AbortSignal) {
  return request({ path: accountApiPath(id), schema: accountSchema, signal });
}

/** `GET /accounts/{id}/activity`: one page of the account's access log. */
export function fetchActivity(id: string, query: ActivityQuery, signal?: AbortSignal) {
  return request({
    path: `${accountApiPath(id)}/activity`,
    query: { ...query },
    schema: activityPageSchema,
    signal,
  });
}
