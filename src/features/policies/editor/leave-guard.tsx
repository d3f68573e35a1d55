import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

interface LeaveGuardProps {
  /** Whether leaving now would lose text the API does not hold yet. */
  unsaved: boolean;
  /** The person chose to leave without saving: forget the text kept in the tab. */
  onDiscard: () => void;
}

/**
 * Asks before the person leaves the editor with unsaved changes: in-app navigation to another page
 * is held (react-router `useBlocker`) behind a dialog (Stay, the default, or Leave and discard);
 * closing or reloading the tab gets the browser's own question (`beforeunload`) — and a reload
 * brings the text back anyway (the tab's storage). Renders the dialog; throws nothing.
 */
export function LeaveGuard({ unsaved, onDiscard }: LeaveGuardProps) {
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
    <Dialog
      open={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      aria-labelledby="editor-leave-title"
    >
      <DialogTitle id="editor-leave-title">Leave with unsaved changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Your latest changes to this draft are not saved yet. Stay and they are saved in a moment; leave and
          they are discarded.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => blocker.reset?.()}>
          Stay in the editor
        </Button>
        <Button
          color="error"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          Leave and discard
        </Button>
      </DialogActions>
    </Dialog>
  );
}
