import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import type { Purpose } from '@/shared/contract/consent';
import { useRecordWithdrawal } from '../api/mutations';

/** The form: which purpose (only granted, optional ones are offered) and how the customer asked. */
const withdrawalFormSchema = z.object({
  purposeId: z.string().check(z.minLength(1, 'Choose the purpose the customer withdrew')),
  reason: z.string().check(z.trim(), z.minLength(1, 'Say how the customer asked for the withdrawal')),
});
type WithdrawalForm = z.infer<typeof withdrawalFormSchema>;

interface WithdrawalDialogProps {
  accountId: string;
  /** Purposes the customer has granted and may withdraw (required purposes are never here). */
  purposes: readonly Purpose[];
  onClose: () => void;
  onRecorded: (purpose: Purpose) => void;
}

function WithdrawalFormBody({ accountId, purposes, onClose, onRecorded }: WithdrawalDialogProps) {
  // One key for this opening of the dialog: a double click or a retry records one event.
  const [idempotencyKey] = useIntentKey();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<WithdrawalForm>({
    resolver: zodResolver(withdrawalFormSchema),
    defaultValues: { purposeId: purposes.length === 1 ? (purposes[0]?.id ?? '') : '', reason: '' },
  });

  const mutation = useRecordWithdrawal(accountId, idempotencyKey, (event) => {
    const purpose = purposes.find((candidate) => candidate.id === event.purposeId);
    if (purpose) onRecorded(purpose);
    onClose();
  });

  return (
    <form onSubmit={(event) => void handleSubmit((form) => mutation.mutate(form))(event)} noValidate>
      <DialogTitle id="withdrawal-title">Record a consent withdrawal</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Record only a withdrawal the customer asked for. The shop stops the processing from now on; what was
          done before stays lawful. Consent can be granted only by the customer.
        </DialogContentText>
        {mutation.error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {describeError(mutation.error)}
          </Alert>
        ) : null}
        <TextField
          {...register('purposeId')}
          select
          label="Purpose"
          fullWidth
          required
          sx={{ mb: 2 }}
          // A native select: keyboard-friendly, and no menu code in the dialog.
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          error={Boolean(errors.purposeId)}
          helperText={errors.purposeId?.message}
        >
          <option value="">Choose a purpose</option>
          {purposes.map((purpose) => (
            <option key={purpose.id} value={purpose.id}>
              {purpose.name}
            </option>
          ))}
        </TextField>
        <TextField
          {...register('reason')}
          label="How the customer asked"
          placeholder="e.g. Phone call on 25 Nov, caller verified with order number"
          multiline
          minRows={2}
          fullWidth
          required
          error={Boolean(errors.reason)}
          helperText={errors.reason?.message}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          {mutation.isPending ? 'Recording…' : 'Record withdrawal'}
        </Button>
      </DialogActions>
    </form>
  );
}

export function WithdrawalDialog({ open, ...props }: WithdrawalDialogProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="withdrawal-title">
      {open ? <WithdrawalFormBody {...props} /> : null}
    </Dialog>
  );
}
