import { request } from '@/shared/api/http-client';
import { accountSchema, type Account } from '@/shared/contract/accounts';
import { accountApiPath } from '@/shared/resources/accounts/requests';

export type LockChange = 'lock' | 'unlock';

/** Lock or unlock on top of the version the person saw (If-Match); a stale version gets 412. */
export function changeLock(account: Pick<Account, 'id' | 'version'>, change: LockChange, reason: string) {
  return request({
    method: 'POST',
    path: `${accountApiPath(account.id)}/${change}`,
    body: { reason },
    ifMatch: account.version,
    schema: accountSchema,
  });
}
