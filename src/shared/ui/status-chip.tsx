import Chip from '@mui/material/Chip';
import type { StatusTone } from './theme';

interface StatusChipProps {
  label: string;
  tone: StatusTone;
}

/** A state, severity or deadline shown with the colour the whole console uses for it. */
export function StatusChip({ label, tone }: StatusChipProps) {
  return (
    <Chip size="small" label={label} color={tone} variant={tone === 'default' ? 'outlined' : 'filled'} />
  );
}
