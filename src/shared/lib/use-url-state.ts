import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDay } from './format';

/**
 * The URL is the state of every list: filters, sort, page and tab live in the query string, so a
 * pasted link reproduces the view. Personal data (emails, phones, searched names) never goes here.
 */
export interface UrlParam<T> {
  /**
   * `raw` is the parameter's first value (`null` when absent); `all` holds every value of a
   * repeated key (`?status=new&status=escalated`), for the list kinds that read them all.
   */
  parse: (raw: string | null, all?: readonly string[]) => T;
  /** `undefined` removes the parameter (the default value is not written). Method syntax keeps specs of different value types assignable to one record. */
  serialize(value: T): string | undefined;
}

export function textParam(): UrlParam<string> {
  return { parse: (raw) => raw ?? '', serialize: (value) => value || undefined };
}

export function intParam(
  fallback: number,
  { min = 1, max = Number.MAX_SAFE_INTEGER } = {},
): UrlParam<number> {
  return {
    parse: (raw) => {
      const n = Number(raw);
      return raw !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    },
    serialize: (value) => (value === fallback ? undefined : String(value)),
  };
}

export function enumParam<const V extends string>(values: readonly V[], fallback: V): UrlParam<V>;
export function enumParam<const V extends string>(values: readonly V[]): UrlParam<V | ''>;
export function enumParam<const V extends string>(values: readonly V[], fallback?: V): UrlParam<V | ''> {
  const isValue = (raw: string | null): raw is V =>
    raw !== null && (values as readonly string[]).includes(raw);
  return {
    parse: (raw) => (isValue(raw) ? raw : (fallback ?? '')),
    serialize: (value) => (value === '' || value === fallback ? undefined : value),
  };
}

interface EnumListOptions<V extends string> {
  /** The list an absent parameter means (e.g. the queue's open statuses); none when omitted. */
  fallback?: readonly V[];
  /**
   * How "no value chosen, i.e. every value" is written when `fallback` is not empty (`status=all`),
   * so a link to the whole set reproduces it instead of falling back.
   */
  allToken?: string;
}

/**
 * Several values of a fixed set. Read from a repeated key (`status=new&status=escalated`, the
 * API's own form), comma-separated values (`status=new,escalated`), or both; written
 * comma-separated. Unknown values are dropped and the order of `values` is kept, so one view has
 * one URL. An empty list means "not narrowed" (every value); with a `fallback`, an absent
 * parameter means the fallback and the empty list is written as `allToken` (default `all`).
 */
export function enumListParam<const V extends string>(
  values: readonly V[],
  { fallback = [], allToken = 'all' }: EnumListOptions<V> = {},
): UrlParam<readonly V[]> {
  const keep = (chosen: ReadonlySet<string>) => values.filter((value) => chosen.has(value));
  const fallbackKey = keep(new Set(fallback)).join(',');
  return {
    parse: (raw, all) => {
      const given = all && all.length > 0 ? all : raw === null ? [] : [raw];
      if (given.length === 0) return keep(new Set(fallback));
      const tokens = given.flatMap((one) => one.split(','));
      if (fallback.length > 0 && tokens.includes(allToken)) return [];
      return keep(new Set(tokens));
    },
    serialize: (list) => {
      const key = keep(new Set(list)).join(',');
      if (fallback.length > 0) {
        if (key === fallbackKey) return undefined;
        return key === '' ? allToken : key;
      }
      return key === '' ? undefined : key;
    },
  };
}

/** A `YYYY-MM-DD` day that exists in the calendar; anything else (`2026-13-01`, `2026-02-31`) reads as empty. */
export function dayParam(): UrlParam<string> {
  return {
    parse: (raw) => (raw && isIsoDay(raw) ? raw : ''),
    serialize: (value) => value || undefined,
  };
}

type Spec = Record<string, UrlParam<unknown>>;
export type UrlValues<S extends Spec> = { [K in keyof S]: S[K] extends UrlParam<infer T> ? T : never };

/** The spec's values in a query string (also for route prefetching, outside React). */
export function readUrlState<S extends Spec>(spec: S, params: URLSearchParams): UrlValues<S> {
  const result: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(spec))
    result[name] = param.parse(params.get(name), params.getAll(name));
  return result as UrlValues<S>;
}

/**
 * Reads the spec's parameters from the URL and writes patches back. Changing anything but the
 * page sends the reader back to page 1, so a filter never lands on an empty page 7.
 */
export function useUrlState<S extends Spec>(spec: S) {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();

  const values = useMemo(() => readUrlState(spec, new URLSearchParams(key)), [key, spec]);

  const update = useCallback(
    (patch: Partial<UrlValues<S>>, { replace = false }: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) {
            const param = spec[name];
            if (!param) continue;
            const raw = param.serialize(value);
            if (raw === undefined) next.delete(name);
            else next.set(name, raw);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace },
      );
    },
    [setSearchParams, spec],
  );

  return [values, update] as const;
}
