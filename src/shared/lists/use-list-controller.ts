import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import type { Page, SortDirection } from '@/shared/contract/common';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { useDebouncedValue } from '@/shared/lib/use-debounced-value';
import { useHistorySearchText } from '@/shared/lib/use-history-search-text';
import {
  intParam,
  readUrlState,
  useUrlState,
  type UrlParam,
  type UrlValues,
} from '@/shared/lib/use-url-state';
import type { SortState } from '@/shared/ui/list/column';
import { hasRememberedRow } from '@/shared/ui/list/row-keyboard';
import type { RowSelection } from '@/shared/ui/list/row-selection';
import { lastPageOf, pageSizeOptions, type PagedTableProps } from '@/shared/ui/paged-table';
import type { Shortcut } from '@/shared/ui/shortcuts/shortcuts-context';
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';

/**
 * A list's URL spec: its filters plus `page` and `pageSize` (`pagingParams`), and `sort` (a field)
 * and `dir` when it can be sorted.
 */
export type ListUrlSpec = Record<string, UrlParam<unknown>> & {
  page: UrlParam<number>;
  pageSize: UrlParam<number>;
};

type ListQueryOptions<TData, TKey extends QueryKey> = UseQueryOptions<TData, Error, TData, TKey>;
type RowOf<TData> = TData extends Page<infer Row> ? Row : never;

export interface ListControllerOptions<
  S extends ListUrlSpec,
  TData extends Page<unknown>,
  TKey extends QueryKey,
> {
  /** The table's label ("Risk alerts"): names the list in the focus and search-text memories. */
  label: string;
  /** The list's view state in the URL (filters, sort, page): what a pasted link reproduces. */
  spec: S;
  /**
   * The list's query for a view and the settled search text (`''` without `search`); paging
   * keeps the previous rows on screen unless the options say otherwise.
   */
  query: (view: UrlValues<S>, text: string) => ListQueryOptions<TData, TKey>;
  /** False while the view cannot be asked for (a reversed date range): nothing is sent. */
  enabled?: boolean | ((view: UrlValues<S>) => boolean);
  rowKey: (row: RowOf<TData>) => string;
  /**
   * Free search text kept out of the URL (it is often an email or a phone number): in this tab's
   * memory per history entry (`useHistorySearchText`), sent once typing pauses this long (ms).
   */
  search?: { settleMs: number } | undefined;
  /** The sort field of a list whose URL holds only the direction (`dir`). */
  sortField?: string | undefined;
  /** Rows can be selected (checkboxes, `x`); this names each row's checkbox. */
  selectable?: ((row: RowOf<TData>) => string) | false | undefined;
}

const noSelection: ReadonlySet<string> = new Set();

/**
 * One paged list's chain, URL spec → query → rows, with no UI (react-admin's `useListController`):
 * returns the view and its setters, the query result and its rows and total, the search text,
 * the selection (cleared whenever the query changes), whether the person is coming Back to a row
 * (the search field must then not take the focus), the `[`/`]` page shortcuts (registered here),
 * and `table`, the props `PagedTable` needs. A page past the end of the list is replaced in
 * the URL by the last page once the reply says how many there are.
 */
export function useListController<S extends ListUrlSpec, TData extends Page<unknown>, TKey extends QueryKey>({
  label,
  spec,
  query: toQuery,
  enabled = true,
  rowKey,
  search,
  sortField,
  selectable,
}: ListControllerOptions<S, TData, TKey>) {
  type Row = RowOf<TData>;
  const [values, setView] = useUrlState(spec);
  // One place turns loose patches into the spec's typed ones; call sites need no casts.
  const write = setView as (patch: Record<string, unknown>, options?: { replace?: boolean }) => void;
  const [text, setText] = useHistorySearchText(label);
  const [settled, flushText] = useDebouncedValue(search ? text : '', search?.settleMs ?? 0);
  const options = toQuery(values, search ? settled : '');
  const isEnabled = typeof enabled === 'function' ? enabled(values) : enabled;
  const query = useQuery({
    placeholderData: keepPreviousData,
    ...options,
    enabled: isEnabled && options.enabled !== false,
  });
  const { data } = query;
  // The spec's constraint guarantees these are numbers; TypeScript cannot resolve that through a generic spec.
  const { page, pageSize } = values as unknown as { page: number; pageSize: number };
  const total = data?.total;

  // A page past the end (a stale link, rows dismissed meanwhile) becomes the last page.
  const lastPage = total === undefined ? undefined : lastPageOf(total, pageSize);
  const settledPage = data && !query.isPlaceholderData ? lastPage : undefined;
  useEffect(() => {
    if (settledPage !== undefined && page > settledPage) write({ page: settledPage }, { replace: true });
  }, [page, settledPage, write]);

  const listKey = JSON.stringify(options.queryKey);
  const [picked, setPicked] = useState({ key: listKey, ids: noSelection });
  const selected = picked.key === listKey ? picked.ids : noSelection;
  const select = useCallback(
    (ids: ReadonlySet<string>) => {
      setPicked({ key: listKey, ids });
    },
    [listKey],
  );
  const rows = useMemo(() => (data?.items ?? []) as Row[], [data]);
  const selectedRows = useMemo(
    () => rows.filter((row) => selected.has(rowKey(row))),
    [rows, selected, rowKey],
  );

  const setPage = (next: number) => {
    write({ page: next });
  };
  const setPageSize = (next: number) => {
    write({ pageSize: next });
  };
  const sortParam = spec.sort;
  const sort: SortState | undefined =
    'sort' in values && typeof values.sort === 'string'
      ? { field: values.sort, direction: values.dir as SortDirection }
      : sortField !== undefined && 'dir' in values
        ? { field: sortField, direction: values.dir as SortDirection }
        : undefined;
  const setSort = (next: SortState) => {
    write(sortParam ? { sort: sortParam.parse(next.field), dir: next.direction } : { dir: next.direction });
  };
  const updateText = (next: string) => {
    setText(next);
    if (page !== 1) write({ page: 1 }, { replace: true });
  };

  const shortcuts: Shortcut[] = [
    {
      keys: [']'],
      description: 'Next page',
      run: () => {
        if (lastPage !== undefined && page < lastPage) setPage(page + 1);
      },
    },
    {
      keys: ['['],
      description: 'Previous page',
      run: () => {
        if (page > 1) setPage(page - 1);
      },
    },
  ];
  useShortcuts(shortcuts);

  const selection: RowSelection<Row> | undefined = selectable
    ? { selected, onChange: select, rowLabel: selectable }
    : undefined;
  const table = {
    label,
    // TData is a Page of Row by the constraint; the table reads only the page's fields.
    query: query as UseQueryResult<Page<Row>>,
    rowKey,
    page,
    pageSize,
    onPageChange: setPage,
    onPageSizeChange: setPageSize,
    sort,
    onSortChange: sort ? setSort : undefined,
    selection,
  } satisfies Partial<PagedTableProps<Row>>;

  return {
    view: values,
    setView,
    query,
    rows,
    total,
    page,
    pageSize,
    setPage,
    setPageSize,
    sort,
    setSort,
    /** The search text as typed (kept per history entry), its setter, and "send it now" (Enter). */
    text,
    setText: updateText,
    /** The search text the query was last asked with (after the pause, or at once on Enter). */
    searched: search ? settled : '',
    flushText,
    selection: { selected, rows: selectedRows, set: select, clear: () => select(noSelection) },
    returning: hasRememberedRow(label, useLocation().key),
    table,
  };
}

/**
 * The route's prefetch for a list (`PageModule.prefetch`): the list's first request leaves with
 * the session check, from the URL alone (the search text is not known yet: it follows once rendered).
 */
export function listPrefetch<S extends ListUrlSpec, TData, TKey extends QueryKey>(
  spec: S,
  query: (view: UrlValues<S>, args: PrefetchArgs) => ListQueryOptions<TData, TKey> | undefined,
): (args: PrefetchArgs) => void {
  return (args) => {
    const options = query(readUrlState(spec, args.url.searchParams), args);
    if (options) args.queryClient.query(options).catch(() => undefined);
  };
}

/**
 * The paging parameters of a list's URL spec: `page` (1-based, default 1) and `pageSize` (one
 * of the pager's sizes at most, default `defaultSize`).
 */
export function pagingParams(defaultSize: number) {
  return {
    page: intParam(1),
    pageSize: intParam(defaultSize, { min: 1, max: Math.max(...pageSizeOptions) }),
  };
}
