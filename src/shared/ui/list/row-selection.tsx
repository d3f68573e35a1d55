import { useTheme } from '@mui/material/styles';
import { useMemo, useRef, type CSSProperties } from 'react';

/** Selected rows (by key) of the page on screen; the list owns the set and clears it on its own terms. */
export interface RowSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  /** The checkbox's accessible name, e.g. "Select Login from a new country". */
  rowLabel: (row: T) => string;
}

/**
 * Native checkboxes in the theme's colour: a page of 200 rows renders 200 of them, and the
 * browser's own control is light, keyboard- and screen-reader-friendly.
 */
export function useCheckboxStyle(): CSSProperties {
  const theme = useTheme();
  return useMemo(
    () => ({
      width: 18,
      height: 18,
      // 4 px above and below: a row with a checkbox is no taller than one with a chip.
      margin: '4px 8px',
      cursor: 'pointer',
      accentColor: (theme.vars ?? theme).palette.primary.main,
    }),
    [theme],
  );
}

/**
 * Click, shift-click (a range from the last clicked row) and "all on this page" over the keys of
 * the rows on screen. Without a selection every action does nothing and nothing is selected.
 */
export function useRowSelection<T>(selection: RowSelection<T> | undefined, keys: readonly string[]) {
  // The row a shift-click extends the selection from.
  const anchor = useRef<string | null>(null);
  const selectedOnPage = selection ? keys.filter((key) => selection.selected.has(key)).length : 0;
  const allOnPage = keys.length > 0 && selectedOnPage === keys.length;

  function toggle(key: string, range: boolean) {
    if (!selection) return;
    const next = new Set(selection.selected);
    const selecting = !next.has(key);
    const from = anchor.current === null ? -1 : keys.indexOf(anchor.current);
    const to = keys.indexOf(key);
    const span = range && from >= 0 ? keys.slice(Math.min(from, to), Math.max(from, to) + 1) : [key];
    for (const each of span) {
      if (selecting) next.add(each);
      else next.delete(each);
    }
    anchor.current = key;
    selection.onChange(next);
  }

  function toggleAll() {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const key of keys) {
      if (allOnPage) next.delete(key);
      else next.add(key);
    }
    selection.onChange(next);
  }

  return { toggle, toggleAll, allOnPage, someOnPage: selectedOnPage > 0 && !allOnPage };
}

interface SelectAllCheckboxProps {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  style: CSSProperties;
  onToggle: () => void;
}

/** The header's "Select all on this page" checkbox (indeterminate when some are selected). */
export function SelectAllCheckbox({
  checked,
  indeterminate,
  disabled,
  style,
  onToggle,
}: SelectAllCheckboxProps) {
  return (
    <input
      type="checkbox"
      style={style}
      checked={checked}
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      disabled={disabled}
      aria-label="Select all on this page"
      onChange={onToggle}
    />
  );
}
