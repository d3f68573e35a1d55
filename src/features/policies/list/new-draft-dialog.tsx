import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import type { PolicyVersionSummary } from '@/shared/contract/policies';
import { isolatedPlainText } from '@/shared/lib/bidi';
import { paths } from '@/shared/lib/paths';
import { DialogFailure, SubmitActions } from '@/shared/ui/reason-dialog-fields';
import { useCreatePolicyDraft } from '../api/mutations';
import { policyStatusLabels } from '../policy-labels';
import { policyGroupOrder } from './policy-groups';

interface NewDraftDialogProps {
  /** Every listed version: any of them may be the base. */
  versions: readonly PolicyVersionSummary[];
  /** The base chosen when the dialog opens: the version in force, when there is one. */
  defaultBase: string;
  onClose: () => void;
}

/** Bases in the list's order (in force first, then the pipeline, then history). */
function basesInOrder(versions: readonly PolicyVersionSummary[]): PolicyVersionSummary[] {
  const rank = (version: PolicyVersionSummary) => policyGroupOrder.indexOf(version.status);
  return [...versions].sort(
    (a, b) => rank(a) - rank(b) || b.label.localeCompare(a.label, 'en', { numeric: true }),
  );
}

function NewDraftForm({ versions, defaultBase, onClose }: NewDraftDialogProps) {
  const navigate = useNavigate();
  const [basedOn, setBasedOn] = useState(defaultBase);
  // One key per intent: a double click or a retry after a lost reply makes one draft. Another
  // base is another intent (the same key with another body would be refused with 422).
  const [idempotencyKey, renewKey] = useIntentKey();
  const create = useCreatePolicyDraft(idempotencyKey);
  // Made: the editor is on its way (its code may still load); a late second press sends nothing.
  const made = useRef(false);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (made.current) return;
        create.mutate(basedOn, {
          onSuccess: (draft) => {
            made.current = true;
            void navigate(paths.policyEdit(draft.id));
          },
        });
      }}
    >
      <DialogTitle id="new-draft-title">New draft</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The draft starts as a copy of the version you choose: its title, summary, text and change
          categories. You are its author; the next free label of the year is given to it.
        </DialogContentText>
        <DialogFailure>{create.error ? describeError(create.error) : null}</DialogFailure>
        <TextField
          select
          fullWidth
          label="Copy of"
          value={basedOn}
          onChange={(event) => {
            setBasedOn(event.target.value);
            create.reset();
            renewKey();
          }}
          slotProps={{ select: { native: true } }}
          autoFocus
        >
          {/* An option holds plain text only: a title's bidi controls show as marks, isolated. */}
          {basesInOrder(versions).map((version) => (
            <option key={version.id} value={version.id}>
              {`${version.label} — ${isolatedPlainText(version.title)} (${policyStatusLabels[version.status]})`}
            </option>
          ))}
        </TextField>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        pending={create.isPending || create.isSuccess}
        submitLabel="Create draft"
        pendingLabel="Creating…"
      />
    </form>
  );
}

/**
 * "New draft from …" (`POST /policies`, legal and privacy officer): choose the base version (the
 * version in force unless changed), create the draft with one Idempotency-Key per intent, then
 * open it in the editor. A failure stays in the dialog with the base still chosen.
 */
export function NewDraftDialog({ open, ...props }: NewDraftDialogProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby="new-draft-title">
      {open ? <NewDraftForm {...props} /> : null}
    </Dialog>
  );
}
