import type { FieldError, Page, SortDirection } from '@/shared/contract/common';
import { maxPageSize } from '@/shared/contract/common';
import { textLimits } from '@/shared/contract/limits';
import { badRequest } from './problems';

/**
 * Query strings of the API's lists: `page`, `pageSize` (≤ 200), `sort=field:asc|desc` from a
 * per-list allowlist, and typed filters. Anything the list does not know — a filter name, a
 * filter value, a sort field — is a 400 naming the field, as the contract asks: a typo in a
 * saved link must show up, not silently return everything.
 */

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface FilterSpec<T, Many extends boolean = boolean> {
  /** `true`: the key may repeat (`?status=new&status=acknowledged`) and the value is a list. */
  readonly many: Many;
  parse(raw: string): Parsed<T>;
}

export type FilterValue<S> =
  S extends FilterSpec<infer T, infer Many> ? (Many extends true ? readonly T[] : T) : never;

export type FilterSpecs = Record<string, FilterSpec<unknown>>;

export type FilterValues<F extends FilterSpecs> = { readonly [K in keyof F]: FilterValue<F[K]> | undefined };

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

function oneOfParser<const V extends string>(values: readonly V[]) {
  return (raw: string): Parsed<V> =>
    (values as readonly string[]).includes(raw) ? ok(raw as V) : fail(`Use one of: ${values.join(', ')}.`);
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Filter builders: `filter.oneOf(statuses)`, `filter.anyOf(severities)`, `filter.dateTime()`… */
export const filter = {
  /** One value out of a fixed set. */
  oneOf<const V extends string>(values: readonly V[]): FilterSpec<V, false> {
    return { many: false, parse: oneOfParser(values) };
  },
  /** Repeatable key, each value out of a fixed set (`?severity=high&severity=critical`). */
  anyOf<const V extends string>(values: readonly V[]): FilterSpec<V, true> {
    return { many: true, parse: oneOfParser(values) };
  },
  /**
   * Free text (e.g. `q`), trimmed, at most `maxLength` characters after trimming (default: a
   * search's, `textLimits.search`; longer is a 400 saying to shorten it, docs/api.md "Lengths");
   * optionally checked against a pattern.
   */
  text(options: { maxLength?: number; pattern?: RegExp; message?: string } = {}): FilterSpec<string, false> {
    const maxLength = options.maxLength ?? textLimits.search;
    return {
      many: false,
      parse(raw) {
        const value = raw.trim();
        if (value.length > maxLength)
          return fail(`Shorten the search to ${maxLength.toLocaleString('en')} characters or fewer.`);
        if (options.pattern && !options.pattern.test(value)) return fail(options.message ?? 'Not a valid value.');
        return ok(value);
      },
    };
  },
  /** An id with the API's prefix (`stf_…`); `also` admits special values such as `none`. */
  id(prefix: string, also: readonly string[] = []): FilterSpec<string, false> {
    const pattern = new RegExp(`^${prefix}_[0-9a-z]+$`);
    return {
      many: false,
      parse: (raw) =>
        pattern.test(raw) || also.includes(raw)
          ? ok(raw)
          : fail(`Expected an id starting with ${prefix}_${also.length ? ` or ${also.join(', ')}` : ''}.`),
    };
  },
  /** ISO 8601 date-time with `Z` or an offset; the value is milliseconds since the epoch. */
  dateTime(): FilterSpec<number, false> {
    return {
      many: false,
      parse(raw) {
        const ms = Date.parse(raw);
        return isoDateTime.test(raw) && Number.isFinite(ms)
          ? ok(ms)
          : fail('Expected an ISO 8601 date-time, e.g. 2026-11-25T09:00:00Z.');
      },
    };
  },
  int(min: number, max: number): FilterSpec<number, false> {
    return {
      many: false,
      parse(raw) {
        const value = Number(raw);
        return /^-?\d+$/.test(raw) && value >= min && value <= max
          ? ok(value)
          : fail(`Expected a whole number from ${String(min)} to ${String(max)}.`);
      },
    };
  },
  boolean(): FilterSpec<boolean, false> {
    return {
      many: false,
      parse: (raw) => (raw === 'true' ? ok(true) : raw === 'false' ? ok(false) : fail('Expected true or false.')),
    };
  },
};

export interface ListSpec<F extends FilterSpecs, S extends string> {
  filters: F;
  /** Sortable fields; never masked ones. Empty: the list has a fixed order. */
  sortable: readonly S[];
  defaultSort?: { field: S; direction: SortDirection } | undefined;
  defaultPageSize?: number;
}

export interface ListQuery<F extends FilterSpecs, S extends string> {
  filters: FilterValues<F>;
  sort: { field: S; direction: SortDirection } | undefined;
  page: number;
  pageSize: number;
}

/** Defines a list's query once, next to its handler: `const auditList = defineList({...})`. */
export function defineList<F extends FilterSpecs, const S extends string = never>(spec: ListSpec<F, S>): ListSpec<F, S> {
  return spec;
}

function readFilters<F extends FilterSpecs>(
  url: URL,
  filters: F,
  reserved: readonly string[],
  errors: FieldError[],
): FilterValues<F> {
  const values: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    if (reserved.includes(name)) continue;
    const spec = filters[name];
    if (!spec) {
      errors.push({ field: name, message: `Unknown filter. Known: ${Object.keys(filters).join(', ') || 'none'}.` });
      continue;
    }
    // An empty value means "no filter", like a cleared field in a form.
    const raws = url.searchParams.getAll(name).filter((raw) => raw !== '');
    if (raws.length === 0) continue;
    if (!spec.many && raws.length > 1) {
      errors.push({ field: name, message: 'Give this filter once.' });
      continue;
    }
    const parsed: unknown[] = [];
    for (const raw of raws) {
      const result = spec.parse(raw);
      if (result.ok) parsed.push(result.value);
      else errors.push({ field: name, message: result.message });
    }
    values[name] = spec.many ? parsed : parsed[0];
  }
  return values as FilterValues<F>;
}

/**
 * The 400's `detail`: the one error's message when there is one (`Shorten the search to 200
 * characters or fewer.`), so the console can say what to do; a summary otherwise.
 */
function queryDetail(errors: readonly FieldError[], summary: string): string {
  const [only] = errors;
  return errors.length === 1 && only ? only.message : summary;
}

/** Only the filters, for endpoints that are not paged (`GET /staff?role=`). Throws 400. */
export function parseFilters<F extends FilterSpecs>(url: URL, filters: F): FilterValues<F> {
  const errors: FieldError[] = [];
  const values = readFilters(url, filters, [], errors);
  if (errors.length > 0) throw badRequest(errors, queryDetail(errors, 'The request does not understand this query.'));
  return values;
}

function parsePositiveInt(url: URL, name: string, fallback: number, max: number, errors: FieldError[]): number {
  const raws = url.searchParams.getAll(name);
  if (raws.length === 0 || raws[0] === '') return fallback;
  const [raw = ''] = raws;
  const value = Number(raw);
  if (raws.length > 1 || !/^\d+$/.test(raw) || value < 1 || value > max) {
    errors.push({ field: name, message: `Expected a whole number from 1 to ${String(max)}.` });
    return fallback;
  }
  return value;
}

/** Parses a list's query string or throws a 400 with one error per bad parameter. */
export function parseListQuery<F extends FilterSpecs, S extends string>(
  url: URL,
  spec: ListSpec<F, S>,
): ListQuery<F, S> {
  const errors: FieldError[] = [];
  const page = parsePositiveInt(url, 'page', 1, Number.MAX_SAFE_INTEGER, errors);
  const pageSize = parsePositiveInt(url, 'pageSize', spec.defaultPageSize ?? 50, maxPageSize, errors);

  let sort = spec.defaultSort;
  const sorts = url.searchParams.getAll('sort').filter((raw) => raw !== '');
  if (sorts.length > 1) errors.push({ field: 'sort', message: 'Sort by one field.' });
  const [rawSort] = sorts;
  if (rawSort !== undefined) {
    const [field = '', direction = 'asc', ...rest] = rawSort.split(':');
    const known = (spec.sortable as readonly string[]).includes(field);
    if (!known || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
      errors.push({
        field: 'sort',
        message: spec.sortable.length
          ? `Use field:asc or field:desc with one of: ${spec.sortable.join(', ')}.`
          : 'This list cannot be sorted.',
      });
    } else {
      sort = { field: field as S, direction };
    }
  }

  const filters = readFilters(url, spec.filters, ['page', 'pageSize', 'sort'], errors);
  if (errors.length > 0) throw badRequest(errors, queryDetail(errors, 'The list does not understand this query.'));
  return { filters, sort, page, pageSize };
}

/** The page of an already filtered and sorted array. */
export function paginate<T>(items: readonly T[], query: { page: number; pageSize: number }): Page<T> {
  const start = (query.page - 1) * query.pageSize;
  return { items: items.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: items.length };
}

const english = new Intl.Collator('en');

/**
 * Sorts a copy by one key; `accessors` maps each sortable field to a comparable value (strings
 * compare as English readers expect: `Émilie` beside `Emma`, case does not split the list). Ties
 * keep the input order, so paging through a sorted list never shows a row twice.
 */
export function sortBy<T, S extends string>(
  items: readonly T[],
  sort: { field: S; direction: SortDirection } | undefined,
  accessors: Record<S, (item: T) => string | number | boolean | null | undefined>,
): T[] {
  if (!sort) return [...items];
  const key = accessors[sort.field];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: key(item) }))
    .sort((a, b) => {
      if (a.value === b.value) return a.index - b.index;
      // Missing values go last in either direction.
      if (a.value === null || a.value === undefined) return 1;
      if (b.value === null || b.value === undefined) return -1;
      const order =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? english.compare(a.value, b.value)
          : a.value < b.value
            ? -1
            : 1;
      return order * sign || a.index - b.index;
    })
    .map(({ item }) => item);
}
