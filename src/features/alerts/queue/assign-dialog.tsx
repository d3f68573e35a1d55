import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hasPermission } from '@/shared/contract/roles';
import type { Staff } from '@/shared/contract/staff';
import { staffQueries } from '@/shared/staff/staff-queries';
import { ErrorState } from '@/shared/ui/error-state';

const unassign = 'unassign';

interface AssignDialogProps {
  count: number;
  /** A staff member, or `null` to unassign. */
  onAssign: (assignee: Staff | null) => void;
  onClose: () => void;
}

/** Choose who takes the selected alerts: someone who may change alerts, or nobody. */
export function AssignDialog({ count, onAssign, onClose }: AssignDialogProps) {
  const staff = useQuery(staffQueries.list());
  const assignable = (staff.data ?? []).filter((member) => hasPermission(member.roles, 'alerts.change'));
  const [choice, setChoice] = useState('');
  const [error, setError] = useState(false);

  return (
    <Dialog open onClose={onClose} aria-labelledby="assign-title" fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (choice === '') {
            setError(true);
            return;
          }
          onAssign(choice === unassign ? null : (assignable.find((member) => member.id === choice) ?? null));
        }}
      >
        <DialogTitle id="assign-title">
          {count === 1 ? 'Assign the alert' : `Assign ${count.toLocaleString()} alerts`}
        </DialogTitle>
        <DialogContent>
          {staff.isError ? (
            <ErrorState error={staff.error} onRetry={() => void staff.refetch()} />
          ) : (
            <TextField
              select
              label="Assign to"
              value={choice}
              autoFocus
              fullWidth
              required
              error={error}
              helperText={error ? 'Choose someone, or Unassigned' : undefined}
              onChange={(event) => {
                setChoice(event.target.value);
                setError(false);
              }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ mt: 1 }}
            >
              <option value="" disabled>
                {staff.isPending ? 'Loading…' : 'Choose…'}
              </option>
              {assignable.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
              <option value={unassign}>Unassigned</option>
            </TextField>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!staff.data}>
            Assign
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
