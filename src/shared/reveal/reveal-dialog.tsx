import { zodResolver } from '@hookform/resolvers/zod';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError, isApiError } from '@/shared/api/api-error';
import { minRevealReasonLength } from '@/shared/contract/accounts';
import { DialogFailure, ReasonField, reasonSchema, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import type { RevealedValue } from './reveal-scope';

/** A reveal's reason: at least `minRevealReasonLength` characters, at most `textLimits.reason`. */
const revealFormSchema = z.object({
  reason: reasonSchema({
    min: minRevealReasonLength,
    requiredMessage: `Give a reason of at least ${minRevealReasonLength} characters`,
  }),
});
type ReasonForm = z.infer<typeof revealFormSchema>;

interface RevealDialogProps {
  open: boolean;
  /** What is revealed, e.g. "email address". */
  label: string;
  onClose: () => void;
  reveal: (reason: string) => Promise<RevealedValue>;
  onRevealed: (value: RevealedValue) => void;
}

function RevealForm({
  label,
  onClose,
  reveal,
  onRevealed,
  titleId,
}: Omit<RevealDialogProps, 'open'> & { titleId: string }) {
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ReasonForm>({ resolver: zodResolver(revealFormSchema), defaultValues: { reason: '' } });
  const typed = useWatch({ control, name: 'reason' });

  // A second press while the reveal is on its way would reveal (and audit) twice.
  const sending = useRef(false);

  const submit = async ({ reason }: ReasonForm) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      onRevealed(await reveal(reason));
      onClose();
    } catch (error) {
      const reasonError = isApiError(error) ? error.fieldErrors.find((e) => e.field === 'reason') : undefined;
      if (reasonError) setError('reason', { message: reasonError.message });
      else setFailure(error);
    } finally {
      sending.current = false;
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <DialogTitle id={titleId}>Reveal the {label}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Revealing personal data is recorded in the audit log with your reason. The value stays on screen
          until you leave this page.
        </DialogContentText>
        <DialogFailure>{failure ? describeError(failure) : null}</DialogFailure>
        <ReasonField
          registration={register('reason')}
          length={typed.length}
          errorMessage={errors.reason?.message}
          label={`Reason (at least ${minRevealReasonLength} characters)`}
          placeholder="e.g. Customer asked to confirm the email on file (ticket 4812)"
          autoFocus
        />
      </DialogContent>
      <SubmitActions onCancel={onClose} pending={isSubmitting} submitLabel="Reveal" pendingLabel="Revealing…" />
    </form>
  );
}

/** Asks why before revealing one masked value; a short reason is refused before any request. */
export function RevealDialog({ open, ...props }: RevealDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      {open ? <RevealForm {...props} titleId={titleId} /> : null}
    </Dialog>
  );
}
