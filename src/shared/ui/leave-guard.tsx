import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId } from 'react';
import { useBlocker } from 'react-router';

interface LeaveGuardProps {
  /** Whether leaving now would lose text the API does not hold yet. */
  unsaved: boolean;
  /** The person chose to leave without saving: forget whatever was kept of the text. */
  onDiscard?: () => void;
  /** The question, e.g. "Leave with unsaved changes?". */
  title?: string;
  /** What is lost by leaving, said plainly. */
  message: string;
  /** The button that keeps the person where they are, e.g. "Stay in the editor". */
  stayLabel: string;
}

/**
 * Asks before the person leaves a page with unsaved input: in-app navigation to another page is
 * held (react-router `useBlocker`, so it needs a data router) behind a dialog (Stay, the default,
 * or Leave and discard); closing or reloading the tab gets the browser's own question
 * (`beforeunload`). Used by the policy editor and the incident's facts form. Renders the dialog;
 * throws nothing.
 */
export function LeaveGuard({
  unsaved,
  onDiscard,
  title = 'Leave with unsaved changes?',
  message,
  stayLabel,
}: LeaveGuardProps) {
  const titleId = useId();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [unsaved]);

  return (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => blocker.reset?.()}>
          {stayLabel}
        </Button>
        <Button
          color="error"
          onClick={() => {
            onDiscard?.();
            blocker.proceed?.();
          }}
        >
          Leave and discard
        </Button>
      </DialogActions>
    </Dialog>
  );
}
