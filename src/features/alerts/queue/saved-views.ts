import { useCallback, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { serverNow } from '@/shared/api/server-time';
import { openAlertStatuses, unassignedFilter } from '@/shared/contract/alerts';
import { localDay } from '@/shared/lib/format';
import { readUrlState } from '@/shared/lib/use-url-state';
import { assignedToMe, queueFilterKeys, queueUrlSpec, type QueueFilters } from './queue-view';

export interface SavedView {
  id: string;
  name: string;
  filters: QueueFilters;
  builtIn: boolean;
}

const none: QueueFilters = { status: [], severity: [], type: [], assignee: '', from: '', to: '' };

/** The two status presets: the open alerts (what the queue opens on) and every alert. */
export const openView: SavedView = {
  id: 'open',
  name: 'Open',
  builtIn: true,
  filters: { ...none, status: [...openAlertStatuses] },
};
export const allView: SavedView = { id: 'all', name: 'All', builtIn: true, filters: none };

/** Today by the server's clock, as the staff member's day in the browser's time zone (as the date filters read days). */
function serverToday(): string {
  return localDay(serverNow());
}

/** The views every analyst starts with; "New today" is computed when chosen. */
export function builtInViews(): SavedView[] {
  return [
    openView,
    allView,
    {
      id: 'my-open',
      name: 'My open',
      builtIn: true,
      filters: { ...none, status: ['new', 'acknowledged', 'escalated'], assignee: assignedToMe },
    },
    {
      id: 'critical-high-unassigned',
      name: 'Critical & high unassigned',
      builtIn: true,
      filters: {
        ...none,
        status: ['new', 'acknowledged'],
        severity: ['high', 'critical'],
        assignee: unassignedFilter,
      },
    },
    {
      id: 'new-today',
      name: 'New today',
      builtIn: true,
      filters: { ...none, status: ['new'], from: serverToday() },
    },
  ];
}

/** The URL form of a view's filters: what is stored, and what "is this view on?" compares. */
export function filtersKey(filters: QueueFilters): string {
  const params = new URLSearchParams();
  for (const key of queueFilterKeys) {
    const raw = queueUrlSpec[key].serialize(filters[key] as never);
    if (raw !== undefined) params.set(key, raw);
  }
  return params.toString();
}

export function sameFilters(a: QueueFilters, b: QueueFilters): boolean {
  return filtersKey(a) === filtersKey(b);
}

// Own views are kept in the browser per staff member (a shared desk's next person does not get
// them): a name and the filters' query string. The search text is not part of a view, so nothing
// typed about a customer is stored.
const storagePrefix = 'privacy-console.alert-views.v1';

/** Where one staff member's own views are kept in localStorage. */
export function savedViewsStorageKey(staffId: string): string {
  return `${storagePrefix}:${staffId}`;
}
export const maxViewNameLength = 60;

const storedViewsSchema = z.array(
  z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1), z.maxLength(maxViewNameLength)),
    filters: z.string(),
  }),
);
type StoredView = z.infer<typeof storedViewsSchema>[number];

const listeners = new Set<() => void>();
let cache: { key: string; raw: string | null; views: SavedView[] } | undefined;

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * What is stored for a view: its URL form, with `status` always written (the open set too), since
 * views stored before the queue opened on the open alerts have no `status` and meant every status.
 */
function storedFilters(filters: QueueFilters): string {
  const params = new URLSearchParams(filtersKey(filters));
  if (!params.has('status')) params.set('status', filters.status.join(','));
  return params.toString();
}

function toSaved(stored: StoredView): SavedView {
  const params = new URLSearchParams(stored.filters);
  if (!params.has('status')) params.set('status', 'all');
  const values = readUrlState(queueUrlSpec, params);
  const filters = Object.fromEntries(queueFilterKeys.map((key) => [key, values[key]])) as QueueFilters;
  return { id: stored.id, name: stored.name, filters, builtIn: false };
}

function ownViews(key: string): SavedView[] {
  const raw = readRaw(key);
  if (cache?.key !== key || cache.raw !== raw) {
    let views: SavedView[] = [];
    try {
      const parsed = storedViewsSchema.safeParse(JSON.parse(raw ?? '[]'));
      if (parsed.success) views = parsed.data.map(toSaved);
    } catch {
      views = [];
    }
    cache = { key, raw, views };
  }
  return cache.views;
}

/** False when the browser would not keep them (storage full or blocked): nothing changed. */
function writeOwnViews(key: string, views: readonly SavedView[]): boolean {
  const stored: StoredView[] = views.map((view) => ({
    id: view.id,
    name: view.name,
    filters: storedFilters(view.filters),
  }));
  try {
    localStorage.setItem(key, JSON.stringify(stored));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(storagePrefix)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The own saved views of the staff member `staffId`, shared by the browser's tabs: the views, and
 * `save(name, filters)` / `remove(id)`, which return false when the browser would not keep them.
 */
export function useOwnViews(staffId: string) {
  const key = savedViewsStorageKey(staffId);
  const read = useCallback(() => ownViews(key), [key]);
  const views = useSyncExternalStore(subscribe, read);
  const save = useCallback(
    (name: string, filters: QueueFilters): boolean => {
      const view: SavedView = { id: crypto.randomUUID(), name: name.trim(), filters, builtIn: false };
      return writeOwnViews(key, [...ownViews(key).filter((existing) => existing.name !== view.name), view]);
    },
    [key],
  );
  const remove = useCallback(
    (id: string): boolean =>
      writeOwnViews(
        key,
        ownViews(key).filter((view) => view.id !== id),
      ),
    [key],
  );
  return { views, save, remove };
}
