/**
 * Styles (an `sx` object) that keep an element in the accessibility tree and out of sight: a name
 * for screen readers where the control already shows what it is (a compact bar's fields, the
 * pager's rows-per-page select).
 */
export const visuallyHidden = {
  position: 'absolute',
  // Lengths as strings: in `sx`, a number ≤ 1 is a fraction of the parent (1 would be 100%).
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
