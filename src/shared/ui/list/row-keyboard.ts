import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { onSessionEnd } from '@/shared/session/session-end';
import type { Shortcut } from '../shortcuts/shortcuts-context';
import { useShortcuts } from '../shortcuts/use-shortcuts';

/**
 * The row that had focus, per list and history entry, in this tab's memory: coming Back from a
 * record puts the cursor on the row it was opened from.
 */
const lastFocusedRow = new Map<string, string>();
onSessionEnd(() => {
  lastFocusedRow.clear();
});

export function forgetFocusedRows(): void {
  lastFocusedRow.clear();
}

/** The memory key of a list (its table's label) on one history entry (`location.key`). */
function memoryKey(list: string, entry: string): string {
  return `${list}:${entry}`;
}

/**
 * True when this history entry of the list `list` had a focused row: the person comes Back to it,
 * so the list's search field must not take the focus the row is about to get.
 */
export function hasRememberedRow(list: string, entry: string): boolean {
  return lastFocusedRow.has(memoryKey(list, entry));
}

/** The rows a keyboard moves through (skeleton rows have no tabindex). */
export function focusableRows(body: HTMLElement | null): HTMLTableRowElement[] {
  return body ? [...body.querySelectorAll<HTMLTableRowElement>('tr[tabindex]')] : [];
}

/** The key of the row that has focus (or holds the focused element), if it is in `container`. */
export function focusedRowKey(container: HTMLElement | null): string | undefined {
  const row = document.activeElement?.closest<HTMLTableRowElement>('tr[data-row-key]');
  return row && container?.contains(row) ? row.dataset.rowKey : undefined;
}

/** Puts the focus on the first row of the table labelled `label`; false when it has no rows. */
export function focusFirstRow(label: string): boolean {
  const body = document.querySelector<HTMLElement>(`table[aria-label="${CSS.escape(label)}"] tbody`);
  const first = focusableRows(body)[0];
  first?.focus();
  return first !== undefined;
}

/**
 * Puts the focus back on a list's rows from one of its filters (Escape in a search or filter
 * field): on the keyboard cursor's row (`tr[data-cursor]`), else the first row of the first list
 * in the same page (`main`, or the document). Returns false, moving nothing, when no list on the
 * page has rows.
 */
export function focusListRows(from: Element): boolean {
  const scope = from.closest('main') ?? document;
  const row =
    scope.querySelector<HTMLTableRowElement>('tbody tr[data-cursor][tabindex]') ??
    scope.querySelector<HTMLTableRowElement>('tbody tr[tabindex]');
  row?.focus();
  return row !== null;
}

/** Handled by the table body itself while a row has focus; listed in the "?" dialog. */
const rowShortcuts: readonly Shortcut[] = [
  { keys: ['j', 'ArrowDown'], description: 'Next row' },
  { keys: ['k', 'ArrowUp'], description: 'Previous row' },
  { keys: ['Enter', 'o'], description: 'Open the focused row' },
];

const selectShortcut: Shortcut = { keys: ['x'], description: 'Select or unselect the focused row' };

function moveFocus(body: HTMLElement, step: number): boolean {
  const rows = focusableRows(body);
  const current = document.activeElement?.closest('tr');
  const index = rows.findIndex((row) => row === current);
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
  next?.focus();
  return next !== undefined;
}

interface RowKeyboardOptions {
  /** The table's label: names the list in the focus memory. */
  label: string;
  /** The history entry (`location.key`) the list is shown on. */
  entry: string;
  /** False for a list whose rows neither open nor select: no keys, no tab stops. */
  enabled: boolean;
  /** Set once the first rows are on screen: the remembered row gets focus then. */
  loaded: boolean;
  /** `x` on the focused row (Shift extends a range); absent when the list has no selection. */
  onToggle?: ((key: string, range: boolean) => void) | undefined;
}

/**
 * The keyboard of a list's rows: j/k and the arrows move between rows, `x` selects, j/k from
 * outside the table step into it, and the focused row is remembered per history entry and gets
 * the focus back when the person returns (unless something else already has it). Returns the
 * body's ref and its handlers.
 */
export function useRowKeyboard({ label, entry, enabled, loaded, onToggle }: RowKeyboardOptions): {
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  onKeyDown: ((event: KeyboardEvent<HTMLTableSectionElement>) => void) | undefined;
  onFocus: (event: FocusEvent<HTMLTableSectionElement>) => void;
  /** The keyboard cursor: the key of the row that last had focus on this entry, if any. */
  cursor: string | undefined;
} {
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const key = memoryKey(label, entry);
  const restored = useRef(false);
  const [cursor, setCursor] = useState<{ key: string; row: string | undefined }>(() => ({
    key,
    row: lastFocusedRow.get(key),
  }));

  useEffect(() => {
    if (restored.current || !loaded) return;
    restored.current = true;
    const remembered = lastFocusedRow.get(key);
    if (remembered === undefined) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    focusableRows(bodyRef.current)
      .find((row) => row.dataset.rowKey === remembered)
      ?.focus();
  }, [loaded, key]);

  // Outside the table, j and k step into it (the first row, or the last one).
  const enterRows = (fromEnd: boolean) => {
    const all = focusableRows(bodyRef.current);
    (fromEnd ? all.at(-1) : all[0])?.focus();
  };
  useShortcuts(
    enabled
      ? [
          ...rowShortcuts.map((shortcut) =>
            shortcut.keys[0] === 'j' || shortcut.keys[0] === 'k'
              ? {
                  ...shortcut,
                  run: () => {
                    enterRows(shortcut.keys[0] === 'k');
                  },
                }
              : shortcut,
          ),
          ...(onToggle ? [selectShortcut] : []),
        ]
      : [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const body = event.currentTarget;
    if (event.key === 'ArrowDown' || event.key === 'j') {
      if (moveFocus(body, 1)) event.preventDefault();
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      if (moveFocus(body, -1)) event.preventDefault();
    } else if (event.key === 'x' && onToggle && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const focused = focusedRowKey(body);
      if (focused !== undefined) {
        event.preventDefault();
        onToggle(focused, event.shiftKey);
      }
    }
  };

  return {
    bodyRef,
    onKeyDown: enabled ? onKeyDown : undefined,
    onFocus: (event) => {
      const focused = event.target.closest<HTMLTableRowElement>('tr[data-row-key]')?.dataset.rowKey;
      if (focused === undefined) return;
      lastFocusedRow.set(key, focused);
      if (enabled && (cursor.key !== key || cursor.row !== focused)) setCursor({ key, row: focused });
    },
    // Another history entry starts with its own remembered row.
    cursor: enabled ? (cursor.key === key ? cursor.row : lastFocusedRow.get(key)) : undefined,
  };
}
