import { styled } from '@mui/material/styles';
import type { StatusTone } from './theme';

const tones = ['error', 'warning', 'info', 'success'] as const;

// One style for every chip (the tone is a data attribute): a page of 200 rows shows 400 of them, so
// they are plain spans, not MUI Chips, with the look of a small Chip.
const Chip = styled('span')(({ theme }) => {
  // The console's theme uses CSS variables for light and dark: read colours through them.
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    padding: '0 8px',
    borderRadius: 12,
    fontSize: theme.typography.pxToRem(13),
    lineHeight: 1,
    whiteSpace: 'nowrap',
    border: `1px solid ${palette.grey[400]}`,
    color: palette.text.primary,
    ...theme.applyStyles('dark', { borderColor: palette.grey[700] }),
    ...Object.fromEntries(
      tones.map((tone) => [
        `&[data-tone="${tone}"]`,
        {
          backgroundColor: palette[tone].main,
          borderColor: palette[tone].main,
          color: palette[tone].contrastText,
        },
      ]),
    ),
  };
});

interface StatusChipProps {
  label: string;
  tone: StatusTone;
}

/** A state, severity or deadline shown with the colour the whole console uses for it. */
export function StatusChip({ label, tone }: StatusChipProps) {
  return <Chip data-tone={tone}>{label}</Chip>;
}
