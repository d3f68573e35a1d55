import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { UserText } from './user-text';

export interface ConflictRow {
  label: string;
  theirs: ReactNode;
  mine: ReactNode;
}

interface ConflictDialogProps {
  open: boolean;
  /** What the person was doing, e.g. "Lock the account". */
  action: string;
  rows: readonly ConflictRow[];
  /** Sends the person's change again on top of the current version. */
  onApplyMine: () => void;
  /** Drops the person's change and shows the current version. */
  onKeepTheirs: () => void;
  /** Leaves the dialog with the person's input as it was. */
  onClose: () => void;
  applyLabel?: string;
  /** False when the change no longer makes sense on the current version. */
  canApply?: boolean;
}

/**
 * Someone else changed the record while the person worked on it (412): their version beside what
 * the person was doing, and the person decides. Nothing typed is lost; nothing is overwritten
 * silently.
 */
export function ConflictDialog({
  open,
  action,
  rows,
  onApplyMine,
  onKeepTheirs,
  onClose,
  applyLabel = 'Apply my change to their version',
  canApply = true,
}: ConflictDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">Someone else changed this first</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          While you were about to “{action}”, another person saved a change. Compare their version with yours,
          then choose.
        </DialogContentText>
        <Table aria-label="Their version and your change">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell sx={{ fontWeight: 600 }}>Their current version</TableCell>
              <TableCell sx={{ fontWeight: 600 }}>Your change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {row.label}
                </TableCell>
                <TableCell>
                  {typeof row.theirs === 'string' ? <UserText>{row.theirs}</UserText> : row.theirs}
                </TableCell>
                <TableCell>
                  {typeof row.mine === 'string' ? <UserText>{row.mine}</UserText> : row.mine}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Back to my change</Button>
        <Button onClick={onKeepTheirs}>Keep their version</Button>
        {canApply ? (
          <Button variant="contained" onClick={onApplyMine}>
            {applyLabel}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
