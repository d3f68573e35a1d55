import { styled } from '@mui/material/styles';
import { useId, type ReactElement, type ReactNode } from 'react';

const FieldBox = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    flexDirection: 'column',
    gap: 2,
    position: 'relative',
    '& > label': {
      ...theme.typography.caption,
      color: palette.text.secondary,
      lineHeight: 1.4,
    },
    '& input, & select': {
      font: 'inherit',
      fontSize: theme.typography.pxToRem(15),
      height: 40,
      boxSizing: 'border-box',
      width: '100%',
      padding: '0 12px',
      borderRadius: theme.shape.borderRadius,
      border: `1px solid ${palette.grey[400]}`,
      backgroundColor: palette.background.paper,
      color: palette.text.primary,
      colorScheme: 'inherit',
      ...theme.applyStyles('dark', { borderColor: palette.grey[700] }),
      '&:hover': { borderColor: palette.text.primary },
      '&:focus': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -1 },
    },
    '&[data-icon] input': { paddingLeft: 36 },
    '& > [data-icon-slot]': {
      position: 'absolute',
      left: 10,
      bottom: 8,
      display: 'flex',
      color: palette.action.active,
      pointerEvents: 'none',
    },
    '&[data-error] input, &[data-error] select': { borderColor: palette.error.main },
    '& > [data-helper]': { ...theme.typography.caption, color: palette.text.secondary },
    '&[data-error] > [data-helper]': { color: palette.error.main },
  };
});

interface LightFieldProps {
  label: string;
  /** The control: a native `<input>` or `<select>`; it receives the label's id. */
  children: (id: string, describedBy: string | undefined) => ReactElement;
  width?: number | undefined;
  error?: boolean | undefined;
  helperText?: ReactNode;
  /** A small icon inside the start of the input (the search magnifier). */
  icon?: ReactNode;
}

/**
 * A labelled native control in the console's outlined look, for list filters: one element and
 * one class instead of MUI's TextField (form control, floating label, notched outline), so a
 * filter bar of five costs little on a list's first render. Keyboard and screen readers get the
 * browser's own input or select; the label and helper text are tied to it by id.
 */
export function LightField({ label, children, width, error = false, helperText, icon }: LightFieldProps) {
  const id = useId();
  const helperId = helperText ? `${id}-helper` : undefined;
  return (
    <FieldBox style={{ width }} data-error={error || undefined} data-icon={icon ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children(id, helperId)}
      {icon ? (
        <span data-icon-slot="" aria-hidden>
          {icon}
        </span>
      ) : null}
      {helperText ? (
        <span data-helper="" id={helperId}>
          {helperText}
        </span>
      ) : null}
    </FieldBox>
  );
}
