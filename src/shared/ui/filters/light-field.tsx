import { styled } from '@mui/material/styles';
import { useId, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import { focusListRows } from '../list/row-keyboard';
import { visuallyHidden } from '../visually-hidden';

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
    // The label before the control, on one line (a compact filter bar).
    '&[data-label="start"]': { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', columnGap: 6 },
    '&[data-label="start"] > label': { ...theme.typography.body2, color: palette.text.secondary },
    '&[data-label="start"] > input, &[data-label="start"] > select': { width: 'auto', flex: '1 1 auto' },
    '&[data-label="start"] > [data-helper]': { flexBasis: '100%' },
    // Named for screen readers only, in a compact bar whose control says what it is.
    '&[data-label="hidden"] > label': visuallyHidden,
    '& input, & select': {
      font: 'inherit',
      fontSize: theme.typography.pxToRem(15),
      height: 32,
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
      bottom: 6,
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
  /**
   * `top` (default): the label above the control; `start`: before it on the same line (a compact
   * bar); `hidden`: read by screen readers, not shown (a search whose placeholder names it).
   */
  labelPlacement?: LabelPlacement | undefined;
}

/** Where a filter's label sits: above its control, before it on one line, or for screen readers only. */
export type LabelPlacement = 'top' | 'start' | 'hidden';

/** Escape in a list's filter puts the focus back on its rows (not inside a dialog: Escape closes it). */
function returnToRows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  if (event.currentTarget.closest('[role="dialog"]')) return;
  if (focusListRows(event.currentTarget)) event.preventDefault();
}

/**
 * A labelled native control in the console's outlined look, for list filters: one element and
 * one class instead of MUI's TextField (form control, floating label, notched outline), so a
 * filter bar of five costs little on a list's first render. Keyboard and screen readers get the
 * browser's own input or select; the label and helper text are tied to it by id. Escape in the
 * control returns the focus to the page's list rows (the cursor row, or the first).
 */
export function LightField({
  label,
  children,
  width,
  error = false,
  helperText,
  icon,
  labelPlacement = 'top',
}: LightFieldProps) {
  const id = useId();
  const helperId = helperText ? `${id}-helper` : undefined;
  return (
    <FieldBox
      style={{ width }}
      data-error={error || undefined}
      data-icon={icon ? '' : undefined}
      data-label={labelPlacement}
      onKeyDown={returnToRows}
    >
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
