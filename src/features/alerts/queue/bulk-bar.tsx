import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

export type QueueAction =
  'assignToMe' | 'assign' | 'acknowledge' | 'resolve' | 'dismiss' | 'reopen' | 'escalate';

interface BulkBarProps {
  selectedCount: number;
  pending: boolean;
  /** How many alerts a change on its way is changing (0 when none is): said in the bar. */
  pendingCount?: number;
  onAction: (action: Exclude<QueueAction, 'escalate'>) => void;
  onClearSelection: () => void;
}

const buttons: { action: Exclude<QueueAction, 'escalate'>; label: string; key: string }[] = [
  { action: 'assignToMe', label: 'Assign to me', key: 'm' },
  { action: 'assign', label: 'Assign…', key: '' },
  { action: 'acknowledge', label: 'Acknowledge', key: 'a' },
  { action: 'resolve', label: 'Resolve…', key: 'r' },
  { action: 'dismiss', label: 'Dismiss…', key: 'd' },
  // Its own action, behind a confirmation: no other key ever moves a closed alert back.
  { action: 'reopen', label: 'Reopen…', key: 'Shift+A' },
];

/**
 * The selection's actions, on the line above the rows (it stays in reach while they scroll); the
 * same keys act on the focused row when nothing is selected (the `?` help says so). While a change
 * is on its way the bar says what it is changing, in place of a message above the rows.
 */
export function BulkBar({
  selectedCount,
  pending,
  pendingCount = 0,
  onAction,
  onClearSelection,
}: BulkBarProps) {
  const none = selectedCount === 0;
  return (
    <Box
      role="toolbar"
      aria-label="Change the selected alerts"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center', minHeight: 36 }}
    >
      <Typography variant="body2" sx={{ mr: 0.5, fontWeight: 600, whiteSpace: 'nowrap' }} aria-live="polite">
        {pending && pendingCount > 0
          ? `Changing ${pendingCount.toLocaleString()} ${pendingCount === 1 ? 'alert' : 'alerts'}…`
          : none
            ? 'No alert selected'
            : `${selectedCount.toLocaleString()} selected`}
      </Typography>
      {buttons.map(({ action, label, key }) => (
        <Button
          key={action}
          size="small"
          variant="outlined"
          disabled={none || pending}
          aria-keyshortcuts={key || undefined}
          onClick={() => {
            onAction(action);
          }}
        >
          {label}
        </Button>
      ))}
      {none ? null : (
        <Button size="small" onClick={onClearSelection} aria-label="Clear selection">
          Clear
        </Button>
      )}
    </Box>
  );
}
