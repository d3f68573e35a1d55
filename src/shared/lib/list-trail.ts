import { createContext, use } from 'react';
import { useLocation } from 'react-router';

/**
 * "The list I came from", per history entry: for each list path (`/accounts`) the last URL of it
 * (`/accounts?status=locked&page=3`) seen on the way to this entry, and how many history entries
 * back it is, in this tab's memory only. The app's root layout fills it as the person moves
 * (`createListTrail`); a detail page's back link reads it (`useBackToList`), so "Accounts" returns
 * to the filtered page the person left — as a step Back in the history when it is one, so the
 * list's in-memory search text and the row that was opened come back too. List URLs hold
 * filters, never personal data (DESIGN "URL is the state"); a reload starts it empty and the back
 * link then leads to the plain list.
 */
export interface ListTrail {
  /**
   * Notes that `location` is shown after a navigation of `kind`; the first time an entry is seen
   * it inherits the trail of the entry before.
   */
  note: (
    location: { key: string; pathname: string; search: string },
    kind: 'PUSH' | 'REPLACE' | 'POP',
  ) => void;
  /** Where the list at `listPath` was on the way to entry `entryKey`: its URL, and the history step to it. */
  find: (entryKey: string, listPath: string) => { url: string; delta: number | undefined } | undefined;
}

interface Spot {
  url: string;
  /** The entry's position in this tab's history, counted from the router's first entry; unknown after an unseen Back. */
  depth: number | undefined;
}

interface Entry {
  depth: number | undefined;
  lists: ReadonlyMap<string, Spot>;
}

/** A new, empty trail (one per router). */
export function createListTrail(): ListTrail {
  const entries = new Map<string, Entry>();
  let last: { key: string; pathname: string; search: string } | undefined;
  return {
    note(location, kind) {
      if (last?.key === location.key) return;
      if (!entries.has(location.key)) {
        const before = last ? entries.get(last.key) : undefined;
        const lists = new Map(before?.lists);
        if (last) lists.set(last.pathname, { url: `${last.pathname}${last.search}`, depth: before?.depth });
        // A Back or Forward to an entry this tab has not seen: where it sits is unknown.
        const depth = !last
          ? 0
          : kind === 'POP' || before?.depth === undefined
            ? undefined
            : before.depth + (kind === 'PUSH' ? 1 : 0);
        entries.set(location.key, { depth, lists });
      }
      last = { key: location.key, pathname: location.pathname, search: location.search };
    },
    find(entryKey, listPath) {
      const entry = entries.get(entryKey);
      const spot = entry?.lists.get(listPath);
      if (!spot) return undefined;
      const delta =
        entry?.depth !== undefined && spot.depth !== undefined && spot.depth < entry.depth
          ? spot.depth - entry.depth
          : undefined;
      return { url: spot.url, delta };
    },
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
  /** When the list is that many entries back in this tab's history (negative): a click goes Back there. */
  delta?: number | undefined;
}

/**
 * Where a detail page's back link goes: the list at `listPath` as the person left it (its filters,
 * sort and page), when they came from it in this tab; else the plain list.
 */
export function useBackToList(label: string, listPath: string): BackTarget {
  const trail = use(ListTrailContext);
  const { key } = useLocation();
  const found = trail?.find(key, listPath);
  return { label, to: found?.url ?? listPath, delta: found?.delta };
}
