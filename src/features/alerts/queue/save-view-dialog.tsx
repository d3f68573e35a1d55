import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { textLimits } from '@/shared/contract/limits';
import { LimitedTextField } from '@/shared/ui/limited-text-field';

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
    else if (trimmed.length > textLimits.name)
      setError(`Shorten the name to ${String(textLimits.name)} characters or fewer`);
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
          <LimitedTextField
            label="Name"
            value={name}
            autoFocus
            required
            fullWidth
            limit={textLimits.name}
            length={name.trim().length}
            {...(error === null ? {} : { errorMessage: error })}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          {error === null && taken.includes(name.trim()) ? (
            <Typography variant="body2" color="warning.main" sx={{ mt: 1 }} role="status">
              A view with this name will be replaced
            </Typography>
          ) : null}
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
