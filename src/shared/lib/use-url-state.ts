import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDay } from './format';

/**
 * The URL is the state of every list: filters, sort, page and tab live in the query string, so a
 * pasted link reproduces the view. Personal data (emails, phones, searched names) never goes here.
 */
export interface UrlParam<T> {
  parse: (raw: string | null) => T;
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

/**
 * Several values of a fixed set, comma-separated (`status=new,acknowledged`); unknown values are
 * dropped, the order of `values` is kept, so one view has one URL.
 */
export function enumListParam<const V extends string>(values: readonly V[]): UrlParam<readonly V[]> {
  return {
    parse: (raw) => {
      const chosen = new Set((raw ?? '').split(','));
      return values.filter((value) => chosen.has(value));
    },
    serialize: (list) => {
      const chosen = new Set(list);
      const kept = values.filter((value) => chosen.has(value));
      return kept.length > 0 ? kept.join(',') : undefined;
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
  for (const [name, param] of Object.entries(spec)) result[name] = param.parse(params.get(name));
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
