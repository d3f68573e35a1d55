import { zodResolver } from '@hookform/resolvers/zod';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import { withdrawalChannels, type Purpose, type WithdrawalChannel } from '@/shared/contract/consent';
import { DialogFailure, ReasonField, reasonSchema, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useRecordWithdrawal } from '../api/mutations';
import { withdrawalChannelLabels } from '../consent-labels';

/**
 * The form: which purpose (only granted, optional ones are offered), how the customer asked
 * (phone, email, chat, letter, in person) and the note of their request.
 */
const withdrawalFormSchema = z.object({
  purposeId: z.string().check(z.minLength(1, 'Choose the purpose the customer withdrew')),
  channel: z.union([
    z.enum(withdrawalChannels),
    z.literal('').check(z.refine(() => false, 'Choose how the customer asked')),
  ]),
  reason: reasonSchema({ requiredMessage: 'Say who asked, when, and how you verified them' }),
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
    control,
    formState: { errors },
  } = useForm<WithdrawalForm>({
    resolver: zodResolver(withdrawalFormSchema),
    defaultValues: {
      purposeId: purposes.length === 1 ? (purposes[0]?.id ?? '') : '',
      channel: '',
      reason: '',
    },
  });

  const reason = useWatch({ control, name: 'reason' });

  const mutation = useRecordWithdrawal(accountId, idempotencyKey, (event) => {
    const purpose = purposes.find((candidate) => candidate.id === event.purposeId);
    if (purpose) onRecorded(purpose);
    onClose();
  });

  return (
    <form
      onSubmit={(event) =>
        void handleSubmit(({ channel, ...form }) => {
          // The schema refuses an empty channel, so only a chosen one reaches here.
          if (channel !== '') mutation.mutate({ ...form, channel });
        })(event)
      }
      noValidate
    >
      <DialogTitle id="withdrawal-title">Record a consent withdrawal</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Record only a withdrawal the customer asked for. The shop stops the processing from now on; what was
          done before stays lawful. Consent can be granted only by the customer.
        </DialogContentText>
        <DialogFailure>{mutation.error ? describeError(mutation.error) : null}</DialogFailure>
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
          {...register('channel')}
          select
          label="How the customer asked"
          fullWidth
          required
          sx={{ mb: 2 }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          error={Boolean(errors.channel)}
          helperText={errors.channel?.message}
        >
          <option value="">Choose a channel</option>
          {withdrawalChannels.map((channel: WithdrawalChannel) => (
            <option key={channel} value={channel}>
              {withdrawalChannelLabels[channel]}
            </option>
          ))}
        </TextField>
        <ReasonField
          registration={register('reason')}
          length={reason.length}
          errorMessage={errors.reason?.message}
          label="Reason"
          placeholder="e.g. Call on 25 Nov, caller verified with order number; wants no more marketing"
        />
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        pending={mutation.isPending}
        submitLabel="Record withdrawal"
        pendingLabel="Recording…"
      />
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
