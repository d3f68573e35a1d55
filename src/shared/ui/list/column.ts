import type { ReactNode } from 'react';
import type { SortDirection } from '@/shared/contract/common';

/** One column of a list: its header, how a row's cell renders, and the API field it sorts by. */
export interface Column<T> {
  id: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API's sort field for this column, when it can be sorted. */
  sortField?: string;
  align?: 'left' | 'right';
  width?: number | string;
}

/** The sort a list shows: the API's sort field and its direction. */
export interface SortState {
  field: string;
  direction: SortDirection;
}
