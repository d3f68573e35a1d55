import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

interface ReopenDialogProps {
  /** How many closed (resolved or dismissed) alerts would be reopened; at least 1. */
  count: number;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before reopening closed alerts. Reopening sends them back to `acknowledged` (the contract's
 * only move out of `resolved` and `dismissed`), into the open queue: a decision of its own, never
 * the side effect of an acknowledge key. Confirm with the button (Enter on it); Escape cancels.
 */
export function ReopenDialog({ count, pending = false, onConfirm, onClose }: ReopenDialogProps) {
  const titleId = useId();
  const textId = useId();
  const one = count === 1;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>
        {one ? 'Reopen the alert?' : `Reopen ${count.toLocaleString()} alerts?`}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          {one
            ? 'It was closed. Reopened, it is acknowledged again and back among the open alerts; its notes stay with it.'
            : 'They were closed. Reopened, they are acknowledged again and back among the open alerts; their notes stay with them.'}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={onConfirm} disabled={pending} autoFocus>
          {one ? 'Reopen' : `Reopen ${count.toLocaleString()}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
