import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { Shortcut } from './shortcuts-context';

const keyNames: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Enter: 'Enter', Escape: 'Esc' };

interface ShortcutsHelpDialogProps {
  shortcuts: readonly Shortcut[];
  /** The page's explanatory lines (what it is for), shown above the keys. */
  about?: readonly string[];
  onClose: () => void;
}

/** The "?" help: the page's explanatory lines, then every key in force on it. */
export function ShortcutsHelpDialog({ shortcuts, about = [], onClose }: ShortcutsHelpDialogProps) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">
        {about.length > 0 ? 'Help and keyboard shortcuts' : 'Keyboard shortcuts'}
      </DialogTitle>
      <DialogContent>
        {about.map((text) => (
          <Typography key={text} variant="body2" sx={{ mb: 1.5 }}>
            {text}
          </Typography>
        ))}
        <Table aria-label="Keyboard shortcuts of this page">
          <TableBody>
            {shortcuts.map((shortcut) => (
              <TableRow key={`${shortcut.keys.join()}-${shortcut.description}`}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {shortcut.keys.map((key) => (
                    <kbd key={key} style={{ marginRight: 4 }}>
                      {keyNames[key] ?? key}
                    </kbd>
                  ))}
                </TableCell>
                <TableCell>{shortcut.description}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
