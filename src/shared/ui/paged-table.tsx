import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { UseQueryResult } from '@tanstack/react-query';
import type { KeyboardEvent, ReactNode } from 'react';
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
const rowShortcuts = [
  { keys: ['j', 'ArrowDown'], description: 'Next row' },
  { keys: ['k', 'ArrowUp'], description: 'Previous row' },
  { keys: ['Enter', 'o'], description: 'Open the focused row' },
] as const;

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
}

function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>, step: number) {
  const rows = [...event.currentTarget.querySelectorAll<HTMLTableRowElement>('tr[tabindex]')];
  const index = rows.findIndex((row) => row === document.activeElement);
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

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
}: PagedTableProps<T>) {
  const { data, isPending, isError, error, isFetching } = query;
  useShortcuts(onRowOpen ? rowShortcuts : []);
  const retry = () => {
    void query.refetch();
  };

  function onBodyKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key === 'ArrowDown' || event.key === 'j') moveFocus(event, 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') moveFocus(event, -1);
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
          <TableBody onKeyDown={onRowOpen ? onBodyKeyDown : undefined}>
            {isPending
              ? Array.from({ length: 8 }, (_, index) => (
                  <TableRow key={index} aria-hidden>
                    {columns.map((column) => (
                      <TableCell key={column.id}>
                        <Skeleton variant="text" />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              : null}
            {data?.items.map((row) => (
              <TableRow
                key={rowKey(row)}
                hover
                tabIndex={onRowOpen ? 0 : undefined}
                sx={onRowOpen ? { cursor: 'pointer' } : undefined}
                onClick={
                  onRowOpen
                    ? () => {
                        onRowOpen(row);
                      }
                    : undefined
                }
                onKeyDown={
                  onRowOpen
                    ? (event) => {
                        if (event.key === 'Enter' || event.key === 'o') onRowOpen(row);
                      }
                    : undefined
                }
              >
                {columns.map((column) => (
                  <TableCell key={column.id} align={column.align}>
                    {column.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
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
