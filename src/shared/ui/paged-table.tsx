import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { Page } from '@/shared/contract/common';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import type { Column, SortState } from './list/column';
import { useRowKeyboard } from './list/row-keyboard';
import { SelectAllCheckbox, useCheckboxStyle, useRowSelection, type RowSelection } from './list/row-selection';
import { ListRow, type RowHandlers } from './list/table-row';
import { TablePager } from './table-pager';

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

/** The last page of `total` rows in pages of `pageSize` (1 for an empty list). */
export function lastPageOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export interface PagedTableProps<T> {
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
  /** Shown when the list has no rows at all: what the list is and what to try. */
  empty: ReactNode;
  onRowOpen?: ((row: T) => void) | undefined;
  /** Checkboxes per row and for the page: click, shift-click for a range, `x` on the focused row. */
  selection?: RowSelection<T> | undefined;
}

/**
 * A server-paged list: the previous rows stay on screen while the next page loads, a failed load
 * keeps the last rows it showed (with their page numbers) beside an error and Retry, an empty list
 * says what to try, and a page past the end says so with a way to the last page — the count
 * never contradicts the total.
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
  const { isPending, isError, error, isFetching } = query;
  // The last page that loaded, so a failed load does not empty the table or its count.
  const [shown, setShown] = useState<{ data: Page<T>; page: number } | undefined>(undefined);
  if (query.data && !query.isPlaceholderData && (shown?.data !== query.data || shown.page !== page)) {
    setShown({ data: query.data, page });
  }
  const data = query.data ?? (isError ? shown?.data : undefined);
  const shownPage = query.data || !shown ? page : shown.page;
  const checkboxStyle = useCheckboxStyle();
  const keyboard = Boolean(onRowOpen ?? selection);
  const rows = data?.items ?? [];
  const keys = rows.map(rowKey);
  const select = useRowSelection(selection, keys);
  const { bodyRef, onKeyDown, onFocus } = useRowKeyboard({
    label,
    entry: useLocation().key,
    enabled: keyboard,
    loaded: data !== undefined,
    onToggle: selection ? select.toggle : undefined,
  });
  // Rows reach the latest callbacks through this ref, so they re-render only for their own data.
  const handlers = useRef<RowHandlers<T>>({ toggle: () => undefined });
  useEffect(() => {
    handlers.current = { open: onRowOpen, toggle: select.toggle };
  });

  const total = data?.total ?? 0;
  const lastPage = lastPageOf(total, pageSize);
  const pastTheEnd = data?.items.length === 0 && total > 0;

  return (
    <Paper variant="outlined">
      {isError ? (
        <Box sx={{ p: 2 }}>
          <ErrorState
            error={error}
            onRetry={() => {
              void query.refetch();
            }}
          />
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
                  <SelectAllCheckbox
                    style={checkboxStyle}
                    checked={select.allOnPage}
                    indeterminate={select.someOnPage}
                    disabled={keys.length === 0}
                    onToggle={select.toggleAll}
                  />
                </TableCell>
              ) : null}
              {columns.map((column) => (
                <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
              ))}
            </TableRow>
          </TableHead>
          <TableBody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
            {isPending && !data
              ? Array.from({ length: 8 }, (_, index) => (
                  <TableRow key={index} aria-hidden>
                    <TableCell colSpan={columns.length + (selection ? 1 : 0)}>
                      <Skeleton variant="text" />
                    </TableCell>
                  </TableRow>
                ))
              : null}
            {rows.map((row, index) => {
              const key = keys[index] ?? rowKey(row);
              return (
                <ListRow
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
      {data?.total === 0 ? empty : null}
      {pastTheEnd ? (
        <EmptyState
          title="This page is past the end of the list"
          hint={`The list has ${total.toLocaleString()} rows on ${lastPage.toLocaleString()} ${lastPage === 1 ? 'page' : 'pages'}.`}
          action={
            <Button
              onClick={() => {
                onPageChange(lastPage);
              }}
            >
              Go to the last page
            </Button>
          }
        />
      ) : null}
      <TablePager
        page={shownPage}
        pageSize={pageSize}
        total={total}
        pageSizeOptions={pageSizeOptions}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </Paper>
  );
}

interface HeaderCellProps<T> {
  column: Column<T>;
  sort: SortState | undefined;
  onSortChange: ((sort: SortState) => void) | undefined;
}

/** A column header; a sortable one turns the sort: descending first, then ascending. */
function HeaderCell<T>({ column, sort, onSortChange }: HeaderCellProps<T>) {
  const sortField = column.sortField;
  const active = sort !== undefined && sortField === sort.field;
  return (
    <TableCell
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
}
