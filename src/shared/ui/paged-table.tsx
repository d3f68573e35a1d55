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
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { Page } from '@/shared/contract/common';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { visibleColumns, type Column, type SortState } from './list/column';
import { useRowKeyboard } from './list/row-keyboard';
import {
  SelectAllCheckbox,
  useCheckboxStyle,
  useRowSelection,
  type RowSelection,
} from './list/row-selection';
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
  /**
   * Shown at the start of the line above the rows, beside the pager (a selection's actions): it
   * stays in view while the rows scroll under the sticky header.
   */
  toolbar?: ReactNode;
}

/** Height (px) kept below the rows: the page's bottom padding and the paper's border. */
const belowRows = 28;
/** The rows' area is never shorter than this (px): about eight rows, even on a short window. */
const minRowsHeight = 300;

/**
 * The height (px) the rows' scroll area may take so the table ends at the bottom of the window:
 * measured from the area's top when the page is scrolled to its top, again on each render and
 * when the window is resized. `undefined` before the first measure.
 */
function useFillHeight(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  const measure = () => {
    const element = ref.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    const next = Math.max(minRowsHeight, Math.floor(window.innerHeight - top - belowRows));
    setHeight((current) => (current === next ? current : next));
  };
  useLayoutEffect(measure);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('resize', measure);
    };
  });
  return height;
}

/** The width (px) of an element's box, followed as it changes; `undefined` before it is known. */
function useWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      // A box not laid out (hidden, or a test's DOM) says 0: keep every column then.
      setWidth(next > 0 ? next : undefined);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}

/**
 * A server-paged list of dense one-line rows: the rows scroll inside an area that ends at the
 * window's bottom, under a sticky header and below a line with `toolbar` and the pager, so both
 * stay in reach; columns of lower `priority` collapse on a narrow table; the keyboard cursor
 * (the row that last had focus) is marked `data-cursor` even while the focus is in a filter. The
 * previous rows stay on screen while the next page loads, a failed load
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
  toolbar,
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
  const { bodyRef, onKeyDown, onFocus, cursor } = useRowKeyboard({
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
  const containerRef = useRef<HTMLDivElement | null>(null);
  const maxHeight = useFillHeight(containerRef);
  const shownColumns = visibleColumns(columns, useWidth(containerRef));

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
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          columnGap: 2,
          px: 1,
          minHeight: 40,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box sx={{ flex: '1 1 auto', minWidth: 0 }}>{toolbar}</Box>
        <TablePager
          page={shownPage}
          pageSize={pageSize}
          total={total}
          pageSizeOptions={pageSizeOptions}
          onPageChange={onPageChange}
          onPageSizeChange={onPageSizeChange}
        />
      </Box>
      <Box sx={{ height: 4 }}>{isFetching && data ? <LinearProgress aria-label="Loading" /> : null}</Box>
      {/* Focusable so a keyboard can scroll a wide table even when its rows hold no buttons. */}
      <TableContainer
        ref={containerRef}
        tabIndex={0}
        role="region"
        aria-label={`${label}, scrollable`}
        sx={{ maxHeight }}
      >
        <Table aria-label={label} aria-busy={isFetching} stickyHeader sx={cellStyles}>
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
              {shownColumns.map((column) => (
                <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
              ))}
            </TableRow>
          </TableHead>
          <TableBody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
            {isPending && !data
              ? Array.from({ length: 8 }, (_, index) => (
                  <TableRow key={index} aria-hidden>
                    <TableCell colSpan={shownColumns.length + (selection ? 1 : 0)}>
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
                  columns={shownColumns}
                  selected={selection?.selected.has(key) ?? false}
                  cursor={cursor === key}
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
    </Paper>
  );
}

/**
 * A truncating column's cells end in "…" on one line (the maxWidth-0 rule lets the column take
 * its share of the table's width and no more); on the row with the keyboard focus the whole text
 * shows over the cells below, so the rows never move while the cursor does.
 */
const cellStyles = {
  '& td[data-nowrap]': { whiteSpace: 'nowrap' },
  '& td[data-truncate]': { maxWidth: 0 },
  '& td[data-truncate] > span': {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  '& tr:focus td[data-truncate]': { position: 'relative', overflow: 'visible' },
  '& tr:focus td[data-truncate] > span': {
    position: 'absolute',
    top: 2,
    left: 4,
    width: 'max-content',
    maxWidth: 'min(560px, 60vw)',
    whiteSpace: 'normal',
    overflow: 'visible',
    overflowWrap: 'anywhere',
    px: 0.5,
    py: 0.25,
    bgcolor: 'background.paper',
    boxShadow: 3,
    borderRadius: 1,
  },
} as const;

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
      sx={{
        width: column.width ?? (column.fullText ? '30%' : undefined),
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
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
