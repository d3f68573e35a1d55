import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useState } from 'react';
import type { Account } from '@/shared/contract/accounts';
import { hasPermission } from '@/shared/contract/roles';
import { useAccountRevealer } from '@/shared/reveal/use-account-revealer';
import { MaskedValue } from '@/shared/reveal/masked-value';
import { useStaff } from '@/shared/session/use-session';
import { PageHeader } from '@/shared/ui/page-header';
import { Fact, RecordId } from '@/shared/ui/record-facts';
import type { LockChange } from '../api/requests';
import { AccountStatusChip } from './account-status-chip';
import { FoldedUserText } from '@/shared/ui/folded-user-text';

// Loaded when someone starts a lock or unlock, not with every account page.
const LockDialog = lazy(() => import('./lock-dialog').then((module) => ({ default: module.LockDialog })));

export function AccountHeader({ account }: { account: Account }) {
  const { roles } = useStaff();
  const [lockChange, setLockChange] = useState<LockChange | null>(null);
  // Said when a lock or unlock turned out to be in place already (its first reply was lost).
  const [done, setDone] = useState<string | null>(null);
  const canLock = hasPermission(roles, 'accounts.lock');
  const lockAction: LockChange | null =
    account.status === 'active' ? 'lock' : account.status === 'locked' ? 'unlock' : null;
  const revealer = useAccountRevealer(account.id);
  // An anonymized account's personal data is gone: a reveal would audit a reason for nothing.
  const nothingBehind = account.status === 'anonymized' ? 'Anonymized — nothing to reveal' : undefined;

  return (
    <>
      <PageHeader
        // The name as the API serves it (masked where the role may not see it), next to the id.
        title={account.name}
        subtitle={
          <>
            Account <RecordId id={account.id} label="Copy the account id" />
          </>
        }
        actions={
          canLock && lockAction ? (
            <Button
              variant={lockAction === 'lock' ? 'outlined' : 'contained'}
              color={lockAction === 'lock' ? 'error' : 'primary'}
              onClick={() => {
                setDone(null);
                setLockChange(lockAction);
              }}
            >
              {lockAction === 'lock' ? 'Lock account' : 'Unlock account'}
            </Button>
          ) : undefined
        }
      />
      {done ? (
        <Alert
          severity="success"
          role="status"
          sx={{ mb: 2 }}
          onClose={() => {
            setDone(null);
          }}
        >
          {done}
        </Alert>
      ) : null}
      {account.status === 'locked' && account.lockedReason ? (
        // A reason of any length wraps; past three lines it folds, with the whole of it on demand.
        <Alert severity="warning" sx={{ mb: 2, '& .MuiAlert-message': { minWidth: 0 } }}>
          Locked:{' '}
          <FoldedUserText lines={3} foldAfter={300} showLabel="show all" what="the lock reason">
            {account.lockedReason}
          </FoldedUserText>
        </Alert>
      ) : null}
      <Stack
        direction="row"
        useFlexGap
        sx={{ flexWrap: 'wrap', gap: 4, mb: 2 }}
        component="section"
        aria-label="Account summary"
      >
        <Fact label="Status">
          <AccountStatusChip status={account.status} />
        </Fact>
        <Fact label="Email">
          <MaskedValue
            label="email address"
            masked={account.email}
            revealKey="email"
            reveal={revealer('email')}
            nothingBehind={nothingBehind}
          />
        </Fact>
        <Fact label="Phone">
          <MaskedValue
            label="phone number"
            masked={account.phone}
            revealKey="phone"
            reveal={revealer('phone')}
            nothingBehind={nothingBehind}
          />
        </Fact>
        <Fact label="Risk score">{account.riskScore}</Fact>
        <Fact label="Open alerts">{account.openAlertCount}</Fact>
        <Fact label="Country · language">
          {account.country} · {account.language}
        </Fact>
      </Stack>
      {lockChange ? (
        <Suspense fallback={null}>
          <LockDialog
            open
            account={account}
            change={lockChange}
            onDone={(outcome) => {
              setDone(
                outcome === 'already-done'
                  ? `The account was already ${lockChange === 'lock' ? 'locked' : 'unlocked'}: your change is in place.`
                  : null,
              );
              setLockChange(null);
            }}
            onClose={() => {
              setLockChange(null);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
