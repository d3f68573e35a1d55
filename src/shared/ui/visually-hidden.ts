/**
 * Styles (an `sx` object) that keep an element in the accessibility tree and out of sight: a name
 * for screen readers where the control already shows what it is (a compact bar's fields, the
 * pager's rows-per-page select).
 */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
