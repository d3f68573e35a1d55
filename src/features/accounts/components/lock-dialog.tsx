import { zodResolver } from '@hookform/resolvers/zod';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError, isApiError } from '@/shared/api/api-error';
import type { Account } from '@/shared/contract/accounts';
import type { VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { DialogFailure, ReasonField, reasonSchema, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useLockChange } from '../api/mutations';
import type { LockChange } from '../api/requests';

interface LockDialogProps {
  account: Account;
  change: LockChange;
  /** After the account is as asked; `outcome` says whether it already was (a lost reply). */
  onDone: (outcome: VersionedOutcome) => void;
  onClose: () => void;
}

const verbs: Record<LockChange, { title: string; button: string; done: string }> = {
  lock: { title: 'Lock the account', button: 'Lock account', done: 'locked' },
  unlock: { title: 'Unlock the account', button: 'Unlock account', done: 'active' },
};

/** A lock or unlock needs a reason (kept on the account and in the audit log), within the limit. */
const lockFormSchema = z.object({ reason: reasonSchema({ requiredMessage: 'Give a reason' }) });
type LockForm = z.infer<typeof lockFormSchema>;

function LockForm({ account, change, onDone, onClose }: LockDialogProps) {
  const verb = verbs[change];
  const {
    register,
    handleSubmit,
    getValues,
    control,
    formState: { errors },
  } = useForm<LockForm>({
    resolver: zodResolver(lockFormSchema),
    defaultValues: { reason: '' },
  });
  const reason = useWatch({ control, name: 'reason' });

  const lock = useLockChange(change, (_account, outcome) => {
    onDone(outcome);
  });
  const { conflict } = lock;

  const submit = (form: LockForm) => {
    lock.mutate(account, form.reason);
  };

  return (
    <>
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
        <DialogTitle id="lock-title">{verb.title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {change === 'lock'
              ? 'A locked account cannot sign in or order until it is unlocked. The reason is kept on the account and in the audit log.'
              : 'The customer can sign in again. The reason is kept in the audit log.'}
          </DialogContentText>
          <DialogFailure>{lock.error ? lockFailureText(lock.error) : null}</DialogFailure>
          <ReasonField
            registration={register('reason')}
            length={reason.length}
            errorMessage={errors.reason?.message}
            autoFocus
          />
        </DialogContent>
        <SubmitActions
          onCancel={onClose}
          pending={lock.isPending}
          submitLabel={verb.button}
          pendingLabel="Saving…"
          color={change === 'lock' ? 'error' : 'primary'}
        />
      </form>
      {conflict ? (
        <ConflictDialog
          open
          action={verb.title}
          rows={[
            { label: 'Status', theirs: conflict.theirs.status, mine: verb.done },
            { label: 'Reason', theirs: conflict.theirs.lockedReason ?? '—', mine: getValues('reason') },
            {
              label: 'Version',
              theirs: conflict.theirs.version,
              mine: `based on ${String(account.version)}`,
            },
          ]}
          // Locking an account a colleague locked (or unlocking an unlocked one) cannot apply on top.
          canApply={
            change === 'lock' ? conflict.theirs.status !== 'locked' : conflict.theirs.status === 'locked'
          }
          onApplyMine={lock.keepMine}
          onKeepTheirs={() => {
            lock.takeTheirs();
            onClose();
          }}
          onClose={lock.closeConflict}
        />
      ) : null}
    </>
  );
}

function lockFailureText(error: Error): string {
  if (isApiError(error) && error.isConflict) {
    return `${error.detail ?? 'The account is not in a state that allows this.'} The page now shows its current state.`;
  }
  return describeError(error);
}

/** Lock or unlock with a reason, on the version the person saw; a 412 opens the conflict dialog. */
export function LockDialog({ open, ...props }: LockDialogProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="lock-title">
      {open ? <LockForm {...props} /> : null}
    </Dialog>
  );
}
