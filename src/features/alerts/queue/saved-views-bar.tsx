import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useStaff } from '@/shared/session/use-session';
import { PressedButton } from '@/shared/ui/pressed-button';
import type { QueueFilters } from './queue-view';
import { builtInViews, maxViewNameLength, sameFilters, useOwnViews, type SavedView } from './saved-views';

interface SaveViewDialogProps {
  /** False when the view could not be kept. */
  onSave: (name: string) => boolean;
  onClose: () => void;
  taken: readonly string[];
}

function SaveViewDialog({ onSave, onClose, taken }: SaveViewDialogProps) {
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

interface SavedViewsBarProps {
  filters: QueueFilters;
  onApply: (view: SavedView) => void;
}

/** The built-in views and the analyst's own: one click applies a view's filters. */
export function SavedViewsBar({ filters, onApply }: SavedViewsBarProps) {
  const own = useOwnViews(useStaff().id);
  const [saving, setSaving] = useState(false);
  const views = [...builtInViews(), ...own.views];

  return (
    <Box
      component="nav"
      aria-label="Saved views"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2, alignItems: 'center' }}
    >
      {views.map((view) => {
        const active = sameFilters(view.filters, filters);
        return (
          <Box key={view.id} sx={{ display: 'inline-flex', alignItems: 'center' }}>
            <PressedButton
              type="button"
              aria-pressed={active}
              onClick={() => {
                onApply(view);
              }}
            >
              {view.name}
            </PressedButton>
            {view.builtIn ? null : (
              <IconButton
                size="small"
                aria-label={`Delete the view ${view.name}`}
                title={`Delete the view ${view.name}`}
                onClick={() => {
                  own.remove(view.id);
                }}
              >
                <CloseOutlined fontSize="inherit" />
              </IconButton>
            )}
          </Box>
        );
      })}
      <Button
        size="small"
        startIcon={<BookmarkAddOutlined fontSize="inherit" />}
        onClick={() => {
          setSaving(true);
        }}
      >
        Save view…
      </Button>
      {saving ? (
        <SaveViewDialog
          taken={own.views.map((view) => view.name)}
          onClose={() => {
            setSaving(false);
          }}
          onSave={(name) => {
            const saved = own.save(name, filters);
            if (saved) setSaving(false);
            return saved;
          }}
        />
      ) : null}
    </Box>
  );
}
