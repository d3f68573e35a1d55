import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describeError, isApiError, type ApiError } from '@/shared/api/api-error';
import { currentFromConflict } from '@/shared/api/conflict';
import {
  accountSchema,
  lockAccountRequestSchema,
  type Account,
  type LockAccountRequest,
} from '@/shared/contract/accounts';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { accountQueries } from '../api/queries';
import { changeLock, type LockChange } from '../api/requests';

interface LockDialogProps {
  account: Account;
  change: LockChange;
  onClose: () => void;
}

const verbs: Record<LockChange, { title: string; button: string; done: string }> = {
  lock: { title: 'Lock the account', button: 'Lock account', done: 'locked' },
  unlock: { title: 'Unlock the account', button: 'Unlock account', done: 'active' },
};

/** The state the change leads to already holds: sending it again could only fail. */
function alreadyDone(account: Account, change: LockChange): boolean {
  return change === 'lock' ? account.status === 'locked' : account.status !== 'locked';
}

function LockForm({ account, change, onClose }: LockDialogProps) {
  const queryClient = useQueryClient();
  const verb = verbs[change];
  const [conflict, setConflict] = useState<Account | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm<LockAccountRequest>({
    resolver: zodResolver(lockAccountRequestSchema),
    defaultValues: { reason: '' },
  });

  const mutation = useMutation({
    mutationFn: ({ base, reason }: { base: Pick<Account, 'id' | 'version'>; reason: string }) =>
      changeLock(base, change, reason),
    onSuccess: (updated) => {
      queryClient.setQueryData(accountQueries.detail(updated.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: accountQueries.lists() });
      onClose();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      if (error.isStale) {
        const current = currentFromConflict(error, accountSchema);
        if (current) setConflict(current);
        else void queryClient.invalidateQueries({ queryKey: accountQueries.detail(account.id).queryKey });
      }
      // 409: the account's state no longer allows it; show the fresh state behind the dialog.
      if (error.isConflict)
        void queryClient.invalidateQueries({ queryKey: accountQueries.detail(account.id).queryKey });
    },
  });

  const submit = ({ reason }: LockAccountRequest) => {
    mutation.mutate({ base: account, reason });
  };
  const failure = mutation.error;
  const showFailure = failure && !(isApiError(failure) && failure.isStale && conflict);

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
          {showFailure ? (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {lockFailureText(failure)}
            </Alert>
          ) : null}
          <TextField
            {...register('reason')}
            label="Reason"
            multiline
            minRows={2}
            fullWidth
            autoFocus
            required
            error={Boolean(errors.reason)}
            helperText={errors.reason?.message}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="contained"
            color={change === 'lock' ? 'error' : 'primary'}
            disabled={mutation.isPending}
          >
            {mutation.isPending ? 'Saving…' : verb.button}
          </Button>
        </DialogActions>
      </form>
      {conflict ? (
        <ConflictDialog
          open
          action={verb.title}
          rows={[
            { label: 'Status', theirs: conflict.status, mine: verb.done },
            { label: 'Reason', theirs: conflict.lockedReason ?? '—', mine: getValues('reason') },
            { label: 'Version', theirs: conflict.version, mine: `based on ${String(account.version)}` },
          ]}
          canApply={!alreadyDone(conflict, change)}
          onApplyMine={() => {
            const reason = getValues('reason');
            setConflict(null);
            mutation.mutate({ base: conflict, reason });
          }}
          onKeepTheirs={() => {
            queryClient.setQueryData(accountQueries.detail(conflict.id).queryKey, conflict);
            setConflict(null);
            onClose();
          }}
          onClose={() => {
            setConflict(null);
            mutation.reset();
          }}
        />
      ) : null}
    </>
  );
}

function lockFailureText(error: ApiError | Error): string {
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
