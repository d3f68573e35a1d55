import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { maxViewNameLength } from './saved-views';

interface SaveViewDialogProps {
  /** False when the view could not be kept. */
  onSave: (name: string) => boolean;
  onClose: () => void;
  taken: readonly string[];
}

/**
 * Names the current filters as an own saved view: refuses an empty or over-long name, warns that
 * an existing name is replaced, and says so when the browser would not keep the view.
 */
export function SaveViewDialog({ onSave, onClose, taken }: SaveViewDialogProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const trimmed = name.trim();
    if (trimmed === '') setError('Give the view a name');
    else if (trimmed.length > maxViewNameLength)
      setError(`Keep the name under ${String(maxViewNameLength)} characters`);
    else if (!onSave(trimmed))
      setError('This browser did not keep the view (its storage is full or blocked)');
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="save-view-title" fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogTitle id="save-view-title">Save this view</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The filters are kept in this browser under a name (the search text is not). Do not put customer
            details in the name.
          </DialogContentText>
          <TextField
            label="Name"
            value={name}
            autoFocus
            required
            fullWidth
            error={error !== null}
            helperText={
              error ?? (taken.includes(name.trim()) ? 'A view with this name will be replaced' : undefined)
            }
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            Save view
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
