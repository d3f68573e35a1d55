import { styled } from '@mui/material/styles';
import type { StatusTone } from './theme';

const tones = ['error', 'warning', 'info', 'success'] as const;

// One style for every chip (the tone is a data attribute): a page of 200 rows shows 400 of them, so
// they are plain spans, not MUI Chips, with the look of a small Chip.
const Chip = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  height: 24,
  padding: '0 8px',
  borderRadius: 12,
  fontSize: theme.typography.pxToRem(13),
  lineHeight: 1,
  whiteSpace: 'nowrap',
  border: `1px solid ${theme.palette.mode === 'light' ? theme.palette.grey[400] : theme.palette.grey[700]}`,
  color: theme.palette.text.primary,
  ...Object.fromEntries(
    tones.map((tone) => [
      `&[data-tone="${tone}"]`,
      {
        backgroundColor: theme.palette[tone].main,
        borderColor: theme.palette[tone].main,
        color: theme.palette[tone].contrastText,
      },
    ]),
  ),
}));

interface StatusChipProps {
  label: string;
  tone: StatusTone;
}

/** A state, severity or deadline shown with the colour the whole console uses for it. */
export function StatusChip({ label, tone }: StatusChipProps) {
  return <Chip data-tone={tone}>{label}</Chip>;
}
