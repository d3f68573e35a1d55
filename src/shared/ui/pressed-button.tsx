import { styled } from '@mui/material/styles';

/**
 * A light on/off button (`aria-pressed`) for filter chips and saved views: a plain button with one
 * class, so a toolbar of them costs little on a list's first render.
 */
export const PressedButton = styled('button')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    font: 'inherit',
    fontSize: theme.typography.pxToRem(13),
    height: 32,
    padding: '0 12px',
    borderRadius: 16,
    cursor: 'pointer',
    border: `1px solid ${palette.grey[400]}`,
    background: 'transparent',
    color: palette.text.primary,
    ...theme.applyStyles('dark', { borderColor: palette.grey[700] }),
    '&:hover': { backgroundColor: palette.action.hover },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    '&[aria-pressed="true"]': {
      backgroundColor: palette.primary.main,
      borderColor: palette.primary.main,
      color: palette.primary.contrastText,
    },
  };
});
