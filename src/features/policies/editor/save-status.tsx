import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { describeError } from '@/shared/api/api-error';
import type { SaveStatus } from './autosave-state';

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "Saved 14:03:12" and friends: the words of each save state. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at === null ? 'Saved' : `Saved ${timeFormat.format(status.at)}`;
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return status.blockedBy ? `Unsaved changes: ${status.blockedBy}` : 'Unsaved changes';
    case 'offline':
      return status.retryAt === null
        ? 'Offline — will save when back'
        : 'Connection lost — will save when back';
    case 'conflict':
      return 'Conflict: someone else saved this draft';
    case 'failed':
      return `Not saved: ${describeError(status.error)}`;
  }
}

interface SaveStatusLineProps {
  status: SaveStatus;
  onSaveNow: () => void;
  onShowConflict: () => void;
}

/**
 * The editor's save state as a polite live region ("Saved 14:03:12", "Saving…", "Unsaved changes",
 * "Offline — will save when back", "Conflict …", "Not saved: …"), with the action that helps:
 * Save now, Retry, or Compare for a conflict. Local times, in the browser's zone.
 */
export function SaveStatusLine({ status, onSaveNow, onShowConflict }: SaveStatusLineProps) {
  const tone =
    status.kind === 'conflict' || status.kind === 'failed'
      ? 'error.main'
      : status.kind === 'offline'
        ? 'warning.dark'
        : 'text.secondary';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 32 }}>
      {status.kind === 'saving' ? <CircularProgress size={14} aria-hidden /> : null}
      <Box role="status" aria-live="polite" aria-label="Save state" sx={{ color: tone, typography: 'body2' }}>
        {saveStatusText(status)}
      </Box>
      {status.kind === 'conflict' ? (
        <Button size="small" onClick={onShowConflict}>
          Compare and choose
        </Button>
      ) : status.kind === 'failed' ? (
        <Button size="small" onClick={onSaveNow}>
          Retry
        </Button>
      ) : status.kind === 'unsaved' && !status.blockedBy ? (
        <Button size="small" onClick={onSaveNow}>
          Save now
        </Button>
      ) : null}
    </Box>
  );
}
