import type * as z from 'zod/mini';
import type { Page, SortDirection } from '@/shared/contract/common';
import {
  defineList,
  paginate,
  sortBy,
  type FilterSpecs,
  type FilterValues,
  type ListQuery,
  type ListSpec,
} from '@mocks/http/list-query';
import { defineFamily, type SeedContext } from './database';

/**
 * The template for a small family (incidents, policies, inquiries, disclosures' recipients…):
 * rows as plain objects in an array, because a few hundred rows need no packing. It is
 * `defineFamily` underneath, so the rows are seeded on first use, writes go through `commit`
 * into the journal (they survive a reload and reach the other tabs) and `apply` is the only
 * code that changes a row. Its list runs on the shared `filter` / `sortBy` / `paginate` of
 * `http/list-query.ts`, so every small list answers paging, sorting and unknown filters the same
 * way. The 100,000-row families (accounts, alerts, audit) are packed instead; see README.md.
 */

/** A row of a table: every record of the contract has an opaque `id`. */
export interface TableRow {
  readonly id: string;
}

/** What `apply` may change: the rows in their seeded order and an index by id. */
export interface TableState<Row extends TableRow> {
  readonly rows: Row[];
  readonly byId: Map<string, Row>;
  /** Adds a row at the end; returns `false` (and changes nothing) when the id exists already. */
  insert(row: Row): boolean;
}

/** How the table's list endpoint reads a row: which filters it takes and what each sort field compares. */
export interface TableListDefinition<Row, F extends FilterSpecs, S extends string> extends ListSpec<F, S> {
  /** Whether a row passes the parsed filters (only the ones given are set). */
  match(row: Row, filters: FilterValues<F>): boolean;
  /** A comparable value per sortable field (numbers for ranks and times; strings compare as in English). */
  sortKeys: Record<S, (row: Row) => string | number | boolean | null | undefined>;
  /** The order ties keep (applied before the sort, which is stable); absent: the rows' order. */
  tieOrder?: (a: Row, b: Row) => number;
}

export interface TableDefinition<Row extends TableRow, Rec, F extends FilterSpecs, S extends string> {
  /** Unique among families; also the journal key, so renaming it orphans stored records. */
  name: string;
  /** The journal record's schema: records replayed from IndexedDB that no longer fit are skipped. */
  schema: z.ZodMiniType<Rec>;
  /** The seeded rows, deterministic for `context.seed` and `context.anchor`. */
  seed(context: SeedContext): Row[];
  /** Applies one write record; must be deterministic (it runs again on every reload). */
  apply(state: TableState<Row>, record: Rec): void;
  /** The list endpoint's query and how it reads the rows. */
  list: TableListDefinition<Row, F, S>;
}

export interface Table<Row extends TableRow, Rec, F extends FilterSpecs, S extends string> {
  readonly name: string;
  /** Every row, seeded on first call. Read-only: change rows through `commit`. */
  rows(): readonly Row[];
  /** The row with this id, or `undefined`. */
  find(id: string): Row | undefined;
  /** The spec for `context.list(table.listSpec)`: filters, sortable fields, default sort. */
  readonly listSpec: ListSpec<F, S>;
  /**
   * One page of the contract's `{ items, page, pageSize, total }`: the rows that match the
   * filters, sorted by `query.sort` (or the default sort), ties in `tieOrder`.
   */
  query(query: ListQuery<F, S>): Page<Row>;
  /** Journals the record and applies it (the only way to change a row). */
  commit(record: Rec): void;
}

function tableState<Row extends TableRow>(rows: Row[]): TableState<Row> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows,
    byId,
    insert(row) {
      if (byId.has(row.id)) return false;
      rows.push(row);
      byId.set(row.id, row);
      return true;
    },
  };
}

/**
 * Defines a small family: `defineTable({ name, schema, seed, apply, list })`. Throws when the
 * name is taken by another family.
 */
export function defineTable<Row extends TableRow, Rec, F extends FilterSpecs, const S extends string>(
  definition: TableDefinition<Row, Rec, F, S>,
): Table<Row, Rec, F, S> {
  const family = defineFamily<TableState<Row>, Rec>({
    name: definition.name,
    seed: (context) => tableState(definition.seed(context)),
    record: definition.schema,
    apply: (state, record) => {
      definition.apply(state, record);
    },
  });
  const list = definition.list;
  const listSpec = defineList<F, S>({
    filters: list.filters,
    sortable: list.sortable,
    defaultSort: list.defaultSort,
    ...(list.defaultPageSize === undefined ? {} : { defaultPageSize: list.defaultPageSize }),
  });

  return {
    name: definition.name,
    rows: () => family.state().rows,
    find: (id) => family.state().byId.get(id),
    listSpec,
    query(query) {
      const matches = family.state().rows.filter((row) => list.match(row, query.filters));
      if (list.tieOrder) matches.sort(list.tieOrder);
      const sort: { field: S; direction: SortDirection } | undefined = query.sort ?? listSpec.defaultSort;
      return paginate(sortBy(matches, sort, list.sortKeys), query);
    },
    commit: (record) => {
      family.commit(record);
    },
  };
}
