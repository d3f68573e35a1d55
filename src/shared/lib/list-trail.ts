import { createContext, use } from 'react';
import { useLocation } from 'react-router';

/**
 * "The list I came from", per history entry: for each list path (`/accounts`) the last URL of it
 * (`/accounts?status=locked&page=3`) seen on the way to this entry, in this tab's memory only.
 * The app's root layout fills it as the person moves (`createListTrail`); a detail page's back
 * link reads it (`useBackToList`), so "Accounts" returns to the filtered page the person left.
 * List URLs hold filters, never personal data (DESIGN "URL is the state"), and a reload starts
 * it empty: the back link then leads to the plain list.
 */
export interface ListTrail {
  /** Notes that `location` is shown; the first time an entry is seen it inherits the trail of the entry before. */
  note: (location: { key: string; pathname: string; search: string }) => void;
  /** The last URL of the list at `listPath` on the way to entry `entryKey`, or `undefined`. */
  urlOf: (entryKey: string, listPath: string) => string | undefined;
}

/** A new, empty trail (one per router). */
export function createListTrail(): ListTrail {
  const trails = new Map<string, ReadonlyMap<string, string>>();
  let last: { key: string; pathname: string; search: string } | undefined;
  return {
    note(location) {
      if (last?.key === location.key) return;
      if (!trails.has(location.key)) {
        const trail = new Map(last ? trails.get(last.key) : undefined);
        if (last) trail.set(last.pathname, `${last.pathname}${last.search}`);
        trails.set(location.key, trail);
      }
      last = { key: location.key, pathname: location.pathname, search: location.search };
    },
    urlOf: (entryKey, listPath) => trails.get(entryKey)?.get(listPath),
  };
}

/** The trail of the console's router; without a provider (a page rendered alone) nothing is known. */
export const ListTrailContext = createContext<ListTrail | null>(null);

/** A link back to a list: what it says and where it goes. */
export interface BackTarget {
  /** The list's name ("Accounts"). */
  label: string;
  /** The list's URL with the filters the person left it with, or the plain list. */
  to: string;
}

/**
 * Where a detail page's back link goes: the list at `listPath` as the person left it (its filters,
 * sort and page), when they came from it in this tab; else the plain list.
 */
export function useBackToList(label: string, listPath: string): BackTarget {
  const trail = use(ListTrailContext);
  const { key } = useLocation();
  return { label, to: trail?.urlOf(key, listPath) ?? listPath };
}
