import { zodResolver } from '@hookform/resolvers/zod';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { textLimits } from '@/shared/contract/limits';
import {
  approvePolicyRequestSchema,
  rejectPolicyRequestSchema,
  type ApprovePolicyRequest,
  type PolicyVersion,
} from '@/shared/contract/policies';
import { useStaff } from '@/shared/session/use-session';
import { ConflictDialog } from '@/shared/ui/conflict-dialog';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { DialogFailure, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useApprovePolicy, useRejectPolicy } from '../api/mutations';
import { policyStatusLabels } from '../policy-labels';
import { reviewFailureText } from './review-failure';

/** The two review decisions on a version in review. */
export type ReviewDecision = 'approve' | 'reject';

const wording: Record<
  ReviewDecision,
  { title: string; intro: string; label: string; button: string; pending: string; limit: number }
> = {
  approve: {
    title: 'Approve this version',
    intro:
      'Approving lets legal schedule the version with its notice plan. A comment is optional; it is kept in the version’s history for everyone to read.',
    label: 'Comment (optional)',
    button: 'Approve',
    pending: 'Approving…',
    limit: textLimits.note,
  },
  reject: {
    title: 'Reject this version',
    intro:
      'The version goes back to its author as a draft. Say what needs to change: the author reads it on the version’s page and in its history.',
    label: 'What needs to change',
    button: 'Reject',
    pending: 'Rejecting…',
    limit: textLimits.reason,
  },
};

interface ReviewDialogProps {
  version: PolicyVersion;
  decision: ReviewDecision;
  onClose: () => void;
}

function ReviewForm({ version, decision, onClose }: ReviewDialogProps) {
  const staff = useStaff();
  const words = wording[decision];
  const {
    register,
    handleSubmit,
    getValues,
    control,
    formState: { errors },
  } = useForm<ApprovePolicyRequest>({
    // The contract's request schemas: the approve comment may be empty, the reject one may not.
    resolver: zodResolver(decision === 'approve' ? approvePolicyRequestSchema : rejectPolicyRequestSchema),
    defaultValues: { comment: '' },
  });
  const comment = useWatch({ control, name: 'comment' });
  // Decided: the dialog is closing. The single-flight guard lets go when the reply arrives, before
  // the dialog is gone, so a late second press of a double click would send the decision again.
  const decided = useRef(false);
  const done = () => {
    decided.current = true;
    onClose();
  };
  const approve = useApprovePolicy(staff.id, done);
  const reject = useRejectPolicy(staff.id, done);
  const write = decision === 'approve' ? approve : reject;
  const { conflict } = write;

  return (
    <>
      <form
        onSubmit={(event) =>
          void handleSubmit((form) => {
            if (decided.current) return;
            write.mutate(version, form);
          })(event)
        }
        noValidate
      >
        <DialogTitle id="review-title">{words.title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{words.intro}</DialogContentText>
          <DialogFailure>{write.error ? reviewFailureText(decision, write.error) : null}</DialogFailure>
          <LimitedTextField
            {...register('comment')}
            label={words.label}
            required={decision === 'reject'}
            multiline
            minRows={3}
            fullWidth
            autoFocus
            limit={words.limit}
            length={comment.length}
            {...(errors.comment?.message === undefined ? {} : { errorMessage: errors.comment.message })}
          />
        </DialogContent>
        <SubmitActions
          onCancel={onClose}
          pending={write.isPending}
          submitLabel={words.button}
          pendingLabel={words.pending}
          color={decision === 'reject' ? 'error' : 'primary'}
        />
      </form>
      {conflict ? (
        <ConflictDialog
          open
          action={words.title}
          rows={[
            {
              label: 'Status',
              theirs: policyStatusLabels[conflict.theirs.status],
              mine: decision === 'approve' ? policyStatusLabels.approved : policyStatusLabels.draft,
            },
            { label: 'Title', theirs: conflict.theirs.title, mine: version.title },
            { label: 'Comment', theirs: '—', mine: getValues('comment') || '—' },
            {
              label: 'Version',
              theirs: String(conflict.theirs.version),
              mine: `based on ${String(version.version)}`,
            },
          ]}
          // A decision only applies to a version still in review.
          canApply={conflict.theirs.status === 'in_review'}
          applyLabel={`${words.button} their version`}
          onApplyMine={write.keepMine}
          onKeepTheirs={() => {
            write.takeTheirs();
            onClose();
          }}
          onClose={write.closeConflict}
        />
      ) : null}
    </>
  );
}

/**
 * Approve (optional comment, up to `textLimits.note`) or reject (comment required, up to
 * `textLimits.reason`) a version in review, on the version the person read (If-Match). A
 * colleague's change meanwhile (412) opens the conflict dialog; a refusal (403 four-eyes, 409) is
 * explained in the dialog. Closes itself once the decision is saved.
 */
export function ReviewDialog({ open, ...props }: ReviewDialogProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="review-title">
      {open ? <ReviewForm {...props} /> : null}
    </Dialog>
  );
}
