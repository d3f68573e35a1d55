import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocation } from 'react-router';
import { onSessionEnd } from '@/shared/session/session-end';
import type { Page, SortDirection } from '@/shared/contract/common';
import { ErrorState } from './error-state';
import { TablePager } from './table-pager';
import type { Shortcut } from './shortcuts/shortcuts-context';
import { useShortcuts } from './shortcuts/use-shortcuts';

export interface Column<T> {
  id: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API's sort field for this column, when it can be sorted. */
  sortField?: string;
  align?: 'left' | 'right';
  width?: number | string;
}

export interface SortState {
  field: string;
  direction: SortDirection;
}

export const pageSizeOptions = [25, 50, 100, 200] as const;

/** The paging props of a list whose page and page size live in the URL (`useUrlState`). */
export function urlPaging(
  view: { page: number; pageSize: number },
  setView: (patch: { page?: number; pageSize?: number }) => void,
) {
  return {
    page: view.page,
    pageSize: view.pageSize,
    onPageChange: (page: number) => {
      setView({ page });
    },
    onPageSizeChange: (pageSize: number) => {
      setView({ pageSize });
    },
  };
}

/** `[` and `]` turn the pages of a list whose page lives in the URL. */
export function pageShortcuts(
  view: { page: number; pageSize: number },
  setView: (patch: { page?: number }) => void,
  total: number | undefined,
): Shortcut[] {
  const lastPage = Math.max(1, Math.ceil((total ?? 0) / view.pageSize));
  return [
    {
      keys: [']'],
      description: 'Next page',
      run: () => {
        if (view.page < lastPage) setView({ page: view.page + 1 });
      },
    },
    {
      keys: ['['],
      description: 'Previous page',
      run: () => {
        if (view.page > 1) setView({ page: view.page - 1 });
      },
    },
  ];
}

/** Handled by the table body itself while a row has focus; listed in the "?" dialog. */
const rowShortcuts: readonly Shortcut[] = [
  { keys: ['j', 'ArrowDown'], description: 'Next row' },
  { keys: ['k', 'ArrowUp'], description: 'Previous row' },
  { keys: ['Enter', 'o'], description: 'Open the focused row' },
];

const selectShortcut: Shortcut = { keys: ['x'], description: 'Select or unselect the focused row' };

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

/** The rows a keyboard moves through (skeleton rows have no tabindex). */
function focusableRows(body: HTMLTableSectionElement | null): HTMLTableRowElement[] {
  return body ? [...body.querySelectorAll<HTMLTableRowElement>('tr[tabindex]')] : [];
}

/** The key of the row that has focus (or holds the focused element), if it is in this table. */
export function focusedRowKey(container: HTMLElement | null): string | undefined {
  const row = document.activeElement?.closest<HTMLTableRowElement>('tr[data-row-key]');
  return row && container?.contains(row) ? row.dataset.rowKey : undefined;
}

/** Selected rows (by key) of the page on screen; the list owns the set and clears it on its own terms. */
export interface RowSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  /** The checkbox's accessible name, e.g. "Select Login from a new country". */
  rowLabel: (row: T) => string;
}

interface PagedTableProps<T> {
  label: string;
  columns: readonly Column<T>[];
  query: UseQueryResult<Page<T>>;
  rowKey: (row: T) => string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  sort?: SortState | undefined;
  onSortChange?: ((sort: SortState) => void) | undefined;
  /** Shown when the reply has no rows: what the list is and what to try. */
  empty: ReactNode;
  onRowOpen?: ((row: T) => void) | undefined;
  /** Checkboxes per row and for the page: click, shift-click for a range, `x` on the focused row. */
  selection?: RowSelection<T> | undefined;
}

function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>, step: number) {
  const rows = focusableRows(event.currentTarget);
  const current = document.activeElement?.closest('tr');
  const index = rows.findIndex((row) => row === current);
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

interface RowHandlers<T> {
  open?: ((row: T) => void) | undefined;
  toggle: (key: string, range: boolean) => void;
}

interface PagedRowProps<T> {
  row: T;
  rowId: string;
  columns: readonly Column<T>[];
  selected: boolean;
  /** The checkbox's name; absent when the list has no selection. */
  selectLabel: string | undefined;
  keyboard: boolean;
  openable: boolean;
  checkboxStyle: CSSProperties;
  handlers: RefObject<RowHandlers<T>>;
}

function PagedRowBody<T>({
  row,
  rowId,
  columns,
  selected,
  selectLabel,
  keyboard,
  openable,
  checkboxStyle,
  handlers,
}: PagedRowProps<T>) {
  const selectable = selectLabel !== undefined;
  return (
    <TableRow
      data-row-key={rowId}
      hover
      selected={selected}
      aria-selected={selectable ? selected : undefined}
      tabIndex={keyboard ? 0 : undefined}
      sx={openable ? { cursor: 'pointer' } : undefined}
      onClick={
        openable
          ? () => {
              handlers.current.open?.(row);
            }
          : undefined
      }
      onKeyDown={
        openable
          ? (event) => {
              // Only the row itself: Enter on a link inside it follows the link.
              if (event.target !== event.currentTarget) return;
              if (event.key === 'Enter' || event.key === 'o') handlers.current.open?.(row);
            }
          : undefined
      }
    >
      {selectable ? (
        <TableCell
          padding="checkbox"
          onClick={(event: MouseEvent) => {
            // The checkbox cell selects; it never opens the row.
            event.stopPropagation();
          }}
        >
          <input
            type="checkbox"
            style={checkboxStyle}
            checked={selected}
            tabIndex={-1}
            aria-label={selectLabel}
            onClick={(event: MouseEvent) => {
              handlers.current.toggle(rowId, event.shiftKey);
            }}
            // The click above decides (it knows about Shift); the change only follows it.
            onChange={() => undefined}
          />
        </TableCell>
      ) : null}
      {columns.map((column) => (
        <TableCell key={column.id} align={column.align}>
          {column.render(row)}
        </TableCell>
      ))}
    </TableRow>
  );
}

const PagedRow = memo(PagedRowBody) as typeof PagedRowBody;

/**
 * A server-paged list: the previous rows stay on screen while the next page loads, a failed load
 * keeps them with an error and Retry, and an empty reply says what to try.
 */
export function PagedTable<T>({
  label,
  columns,
  query,
  rowKey,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
  sort,
  onSortChange,
  empty,
  onRowOpen,
  selection,
}: PagedTableProps<T>) {
  const { data, isPending, isError, error, isFetching } = query;
  const ownBody = useRef<HTMLTableSectionElement | null>(null);
  // Native checkboxes: a page of 200 rows renders 200 of them, and the browser's own control is
  // light, keyboard- and screen-reader-friendly.
  const theme = useTheme();
  const checkboxStyle = useMemo(
    () => ({
      width: 18,
      height: 18,
      margin: 8,
      cursor: 'pointer',
      accentColor: (theme.vars ?? theme).palette.primary.main,
    }),
    [theme],
  );
  // Rows re-render only when their own data or selection changes (a page of 200 stays cheap while
  // counts arrive or the selection moves); they reach the latest callbacks through this ref.
  const handlers = useRef<RowHandlers<T>>({ toggle: () => undefined });
  // The row a shift-click extends the selection from.
  const anchor = useRef<string | null>(null);
  const keyboard = Boolean(onRowOpen ?? selection);
  const rows = data?.items ?? [];
  const keys = rows.map(rowKey);
  const memoryKey = `${label}:${useLocation().key}`;
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current || !data) return;
    restored.current = true;
    const remembered = lastFocusedRow.get(memoryKey);
    if (remembered === undefined) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    focusableRows(ownBody.current)
      .find((row) => row.dataset.rowKey === remembered)
      ?.focus();
  }, [data, memoryKey]);

  // Outside the table, j and k step into it (the first row, or the last one focused).
  const enterRows = (fromEnd: boolean) => {
    const all = focusableRows(ownBody.current);
    const target = fromEnd ? all.at(-1) : all[0];
    target?.focus();
  };
  useShortcuts(
    keyboard
      ? [
          ...rowShortcuts.map((shortcut) =>
            shortcut.keys[0] === 'j'
              ? {
                  ...shortcut,
                  run: () => {
                    enterRows(false);
                  },
                }
              : shortcut.keys[0] === 'k'
                ? {
                    ...shortcut,
                    run: () => {
                      enterRows(true);
                    },
                  }
                : shortcut,
          ),
          ...(selection ? [selectShortcut] : []),
        ]
      : [],
  );
  const retry = () => {
    void query.refetch();
  };

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

  useEffect(() => {
    handlers.current = { open: onRowOpen, toggle };
  });

  const selectedOnPage = selection ? keys.filter((key) => selection.selected.has(key)).length : 0;
  const allOnPage = keys.length > 0 && selectedOnPage === keys.length;

  function onBodyKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key === 'ArrowDown' || event.key === 'j') moveFocus(event, 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') moveFocus(event, -1);
    else if (event.key === 'x' && selection && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const key = focusedRowKey(event.currentTarget);
      if (key !== undefined) {
        event.preventDefault();
        toggle(key, event.shiftKey);
      }
    }
  }

  return (
    <Paper variant="outlined">
      {isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorState error={error} onRetry={retry} />
        </Box>
      ) : null}
      <Box sx={{ height: 4 }}>{isFetching && data ? <LinearProgress aria-label="Loading" /> : null}</Box>
      {/* Focusable so a keyboard can scroll a wide table even when its rows hold no buttons. */}
      <TableContainer tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
        <Table aria-label={label} aria-busy={isFetching}>
          <TableHead>
            <TableRow>
              {selection ? (
                <TableCell padding="checkbox">
                  <input
                    type="checkbox"
                    style={checkboxStyle}
                    checked={allOnPage}
                    ref={(input) => {
                      if (input) input.indeterminate = selectedOnPage > 0 && !allOnPage;
                    }}
                    disabled={keys.length === 0}
                    aria-label="Select all on this page"
                    onChange={() => {
                      const next = new Set(selection.selected);
                      for (const key of keys) {
                        if (allOnPage) next.delete(key);
                        else next.add(key);
                      }
                      selection.onChange(next);
                    }}
                  />
                </TableCell>
              ) : null}
              {columns.map((column) => {
                const sortField = column.sortField;
                const active = sort !== undefined && sortField === sort.field;
                return (
                  <TableCell
                    key={column.id}
                    align={column.align}
                    sx={{ width: column.width, fontWeight: 600, whiteSpace: 'nowrap' }}
                    sortDirection={active ? sort.direction : false}
                  >
                    {sortField && onSortChange ? (
                      <TableSortLabel
                        active={active}
                        direction={active ? sort.direction : 'asc'}
                        onClick={() => {
                          onSortChange({
                            field: sortField,
                            direction: active && sort.direction === 'desc' ? 'asc' : 'desc',
                          });
                        }}
                      >
                        {column.header}
                      </TableSortLabel>
                    ) : (
                      column.header
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody
            ref={ownBody}
            onKeyDown={keyboard ? onBodyKeyDown : undefined}
            onFocus={(event) => {
              const key = event.target.closest<HTMLTableRowElement>('tr[data-row-key]')?.dataset.rowKey;
              if (key !== undefined) lastFocusedRow.set(memoryKey, key);
            }}
          >
            {isPending
              ? Array.from({ length: 8 }, (_, index) => (
                  <TableRow key={index} aria-hidden>
                    <TableCell colSpan={columns.length + (selection ? 1 : 0)}>
                      <Skeleton variant="text" />
                    </TableCell>
                  </TableRow>
                ))
              : null}
            {rows.map((row) => {
              const key = rowKey(row);
              return (
                <PagedRow
                  key={key}
                  row={row}
                  rowId={key}
                  columns={columns}
                  selected={selection?.selected.has(key) ?? false}
                  selectLabel={selection?.rowLabel(row)}
                  keyboard={keyboard}
                  openable={Boolean(onRowOpen)}
                  checkboxStyle={checkboxStyle}
                  handlers={handlers}
                />
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {data?.items.length === 0 ? empty : null}
      <TablePager
        page={data && data.total > 0 ? page : 1}
        pageSize={pageSize}
        total={data?.total ?? 0}
        pageSizeOptions={pageSizeOptions}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </Paper>
  );
}
