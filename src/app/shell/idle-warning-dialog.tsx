import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

export interface IdleWarningDialogProps {
  secondsLeft: number;
  onStay: () => void;
}

export function IdleWarningDialog({ secondsLeft, onStay }: IdleWarningDialogProps) {
  return (
    <Dialog open onClose={onStay} aria-labelledby="idle-title" aria-describedby="idle-text">
      <DialogTitle id="idle-title">Are you still there?</DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-text">
          You have been away for 30 minutes. To protect customers&apos; data you will be signed out in{' '}
          {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, '0')}.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onStay} autoFocus>
          Stay signed in
        </Button>
      </DialogActions>
    </Dialog>
  );
}
