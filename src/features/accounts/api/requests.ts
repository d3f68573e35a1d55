import { request } from '@/shared/api/http-client';
import {
  accountPageSchema,
  accountSchema,
  activityPageSchema,
  type Account,
  type AccountQuery,
  type ActivityQuery,
} from '@/shared/contract/accounts';

const accountPath = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export function fetchAccounts(query: AccountQuery, signal?: AbortSignal) {
  return request({ path: '/accounts', query: { ...query }, schema: accountPageSchema, signal });
}

export function fetchAccount(id: string, signal?: AbortSignal) {
  return request({ path: accountPath(id), schema: accountSchema, signal });
}

export function fetchActivity(id: string, query: ActivityQuery, signal?: AbortSignal) {
  return request({
    path: `${accountPath(id)}/activity`,
    query: { ...query },
    schema: activityPageSchema,
    signal,
  });
}

export type LockChange = 'lock' | 'unlock';

/** Lock or unlock on top of the version the person saw (If-Match); a stale version gets 412. */
export function changeLock(account: Pick<Account, 'id' | 'version'>, change: LockChange, reason: string) {
  return request({
    method: 'POST',
    path: `${accountPath(account.id)}/${change}`,
    body: { reason },
    ifMatch: account.version,
    schema: accountSchema,
  });
}
