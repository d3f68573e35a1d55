import { useQueryClient } from '@tanstack/react-query';
import { accountSchema, type Account } from '@/shared/contract/accounts';
import { useVersionedMutation, type VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { changeLock, type LockChange } from './requests';

/**
 * Whether `account` already is as `change` with `reason` would leave it: locked with this reason,
 * or not locked. A colleague's lock with another reason is not "done": the person sees theirs.
 */
export function lockAlreadyDone(account: Account, change: LockChange, reason: string): boolean {
  if (change === 'unlock') return account.status !== 'locked';
  return account.status === 'locked' && (account.lockedReason ?? '').trim() === reason.trim();
}

/**
 * Lock or unlock one account with a reason (`POST /accounts/{id}/lock|unlock`, If-Match). The
 * answered account replaces the cached one; account lists are read again. `onDone` runs once the
 * account is as asked (saved now, or already so after a lost reply).
 */
export function useLockChange(
  change: LockChange,
  onDone: (account: Account, outcome: VersionedOutcome) => void,
) {
  const queryClient = useQueryClient();
  return useVersionedMutation<Account, string>({
    send: (base, reason) => changeLock(base, change, reason),
    schema: accountSchema,
    readCurrent: (id) => queryClient.query({ ...accountQueries.detail(id), staleTime: 0 }),
    isDone: (current, reason) => lockAlreadyDone(current, change, reason),
    onCurrent: (account) => {
      queryClient.setQueryData(accountQueries.detail(account.id).queryKey, account);
    },
    onSuccess: (account, _reason, outcome) => {
      onDone(account, outcome);
    },
    meta: { invalidates: [accountQueries.lists()] },
  });
}
