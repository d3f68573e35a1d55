import type { ReactNode } from 'react';
import type { SortDirection } from '@/shared/contract/common';

/**
 * How much a column matters when the list is narrow: `1` is always shown (what a person triages
 * by), `2` collapses when the table is narrower than `collapseBelow[2]` px, `3` (detail a record
 * page also shows) when narrower than `collapseBelow[3]` px.
 */
export type ColumnPriority = 1 | 2 | 3;

/** Table widths (px of the table's own box) under which a priority's columns collapse. */
export const collapseBelow: Readonly<Record<Exclude<ColumnPriority, 1>, number>> = { 2: 700, 3: 960 };

/** One column of a list: its header, how a row's cell renders, and the API field it sorts by. */
export interface Column<T> {
  id: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API's sort field for this column, when it can be sorted. */
  sortField?: string;
  align?: 'left' | 'right';
  width?: number | string;
  /** 1 (default): always on screen; 2 and 3 collapse on narrower tables (`collapseBelow`). */
  priority?: ColumnPriority;
  /** Short values (a chip, a time, a person's name) that never wrap: the row stays one line. */
  noWrap?: boolean;
  /**
   * The cell's whole text, for a column that truncates to one line (a title, a name): the cell
   * ends in "…" when it does not fit, and shows the whole text on hover (its `title`) and while
   * its row has the keyboard focus.
   */
  fullText?: (row: T) => string;
}

/**
 * The columns shown in a table `width` px wide (`undefined` before it is measured: all of them):
 * each priority-2 and priority-3 column collapses below its width in `collapseBelow`; priority 1
 * never collapses. Keeps the columns' order.
 */
export function visibleColumns<T>(
  columns: readonly Column<T>[],
  width: number | undefined,
): readonly Column<T>[] {
  if (width === undefined) return columns;
  const shown = columns.filter((column) => {
    const priority = column.priority ?? 1;
    return priority === 1 || width >= collapseBelow[priority];
  });
  return shown.length === columns.length ? columns : shown;
}

/** The sort a list shows: the API's sort field and its direction. */
export interface SortState {
  field: string;
  direction: SortDirection;
}
