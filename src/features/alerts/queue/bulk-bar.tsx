import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

export type QueueAction = 'assignToMe' | 'assign' | 'acknowledge' | 'resolve' | 'dismiss' | 'escalate';

interface BulkBarProps {
  selectedCount: number;
  pending: boolean;
  onAction: (action: Exclude<QueueAction, 'escalate'>) => void;
  onClearSelection: () => void;
}

const buttons: { action: Exclude<QueueAction, 'escalate'>; label: string; key: string }[] = [
  { action: 'assignToMe', label: 'Assign to me', key: 'm' },
  { action: 'assign', label: 'Assign…', key: '' },
  { action: 'acknowledge', label: 'Acknowledge', key: 'a' },
  { action: 'resolve', label: 'Resolve…', key: 'r' },
  { action: 'dismiss', label: 'Dismiss…', key: 'd' },
];

/** The selection's actions; the same keys act on the focused row when nothing is selected. */
export function BulkBar({ selectedCount, pending, onAction, onClearSelection }: BulkBarProps) {
  const none = selectedCount === 0;
  return (
    <Box
      role="toolbar"
      aria-label="Change the selected alerts"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1, minHeight: 36 }}
    >
      <Typography variant="body2" sx={{ mr: 1, fontWeight: 600 }} aria-live="polite">
        {none ? 'No alert selected' : `${selectedCount.toLocaleString()} selected`}
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
      {none ? (
        <Typography variant="caption" color="text.secondary">
          Select with the checkboxes or x; m, a, r, d and e also act on the focused row.
        </Typography>
      ) : (
        <Button size="small" onClick={onClearSelection}>
          Clear selection
        </Button>
      )}
    </Box>
  );
}
