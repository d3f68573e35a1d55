import type * as z from 'zod/mini';
import { onSessionEnd } from '@/shared/session/session-end';

/** One kind of entry kept in this tab's sessionStorage (`tabStore`). */
export interface TabStore<T> {
  /** Keeps `value` under `key` (replacing what was there). Never throws: full or blocked storage keeps nothing. */
  write(key: string, value: T): void;
  /**
   * The entry under `key` when it is one this store wrote (it passes `schema`, and `accept` when
   * given), else `null` — and an entry that does not pass is removed. Never throws.
   */
  read(key: string, accept?: (value: T) => boolean): T | null;
  /** Removes the entry under `key`. Never throws. */
  remove(key: string): void;
  /** Removes every entry of this store in the tab. Never throws. */
  clear(): void;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked by the browser: the page works, nothing is kept
  }
}

/**
 * Entries of one kind kept in this tab's sessionStorage as JSON under keys that start with
 * `prefix` (a form's draft, an editor's unsaved text), so a reload of the tab does not lose what
 * the person typed. Each entry read back is checked with `schema`; the whole kind is dropped when
 * the session ends (`onSessionEnd`), so the next person in the tab finds none of it. Callers keep
 * to what DESIGN "Rules" allows in storage: ids and the person's own words, never a customer's
 * personal data.
 */
export function tabStore<T>(prefix: string, schema: z.ZodMiniType<T>): TabStore<T> {
  const full = (key: string) => `${prefix}${key}`;
  const store: TabStore<T> = {
    write(key, value) {
      try {
        storage()?.setItem(full(key), JSON.stringify(value));
      } catch {
        // Full or blocked storage: nothing is kept.
      }
    },
    read(key, accept) {
      const kept = storage();
      try {
        const raw = kept?.getItem(full(key));
        if (!kept || raw == null) return null;
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          parsed = null;
        }
        const result = schema.safeParse(parsed);
        if (result.success && (!accept || accept(result.data))) return result.data;
        kept.removeItem(full(key));
      } catch {
        // Blocked storage: nothing to read.
      }
      return null;
    },
    remove(key) {
      try {
        storage()?.removeItem(full(key));
      } catch {
        // nothing kept
      }
    },
    clear() {
      const kept = storage();
      if (!kept) return;
      try {
        const keys = Array.from({ length: kept.length }, (_, index) => kept.key(index)).filter(
          (key): key is string => key?.startsWith(prefix) ?? false,
        );
        for (const key of keys) kept.removeItem(key);
      } catch {
        // nothing kept
      }
    },
  };
  onSessionEnd(() => {
    store.clear();
  });
  return store;
}
