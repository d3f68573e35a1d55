/**
 * The seeding workers' IndexedDB store (`privacy-console-mock-seed`): what a worker built, kept
 * for the next page load of the same browser, keyed by the worker's own URL (whose content hash
 * changes with any change to the seed code) and the seed. Only in a production build (the demo);
 * every failure only means building again. Used by `account-seed-worker.ts` and
 * `disclosure-seed-worker.ts`, never by the page.
 */

const databaseName = 'privacy-console-mock-seed';
const storeName = 'seeds';

/** The database, or null where there is none (dev server, tests, a failed or blocked open). */
export function openStore(): Promise<IDBDatabase | null> {
  if (!import.meta.env.PROD || typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const opening = indexedDB.open(databaseName, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(storeName);
    opening.onsuccess = () => {
      resolve(opening.result);
    };
    opening.onerror = () => {
      resolve(null);
    };
    opening.onblocked = () => {
      resolve(null);
    };
  });
}

/** The value stored under `key` when `accept` takes it, else null (none, or a failed read). */
export function readStored<T>(
  database: IDBDatabase | null,
  key: string,
  accept: (value: unknown) => value is T,
): Promise<T | null> {
  if (!database) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const reading = database.transaction(storeName, 'readonly').objectStore(storeName).get(key);
      reading.onsuccess = () => {
        const value: unknown = reading.result;
        resolve(accept(value) ? value : null);
      };
      reading.onerror = () => {
        resolve(null);
      };
    } catch {
      resolve(null);
    }
  });
}

/**
 * Writes each of `entries` (key → value) in one transaction and drops the entries `stale` names
 * (an older build's or another seed's: each is megabytes). Settles when the write is done or has
 * failed (quota, a closing database: the next page load builds again); never rejects.
 */
export function store(
  database: IDBDatabase | null,
  entries: Readonly<Record<string, object>>,
  stale: (other: string) => boolean,
): Promise<void> {
  if (!database) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      const transaction = database.transaction(storeName, 'readwrite');
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onerror = () => {
        resolve();
      };
      transaction.onabort = () => {
        resolve();
      };
      const objects = transaction.objectStore(storeName);
      for (const [key, value] of Object.entries(entries)) objects.put(value, key);
      const keys = objects.getAllKeys();
      keys.onsuccess = () => {
        for (const other of keys.result) {
          if (typeof other === 'string' && !(other in entries) && stale(other)) objects.delete(other);
        }
      };
    } catch {
      resolve();
    }
  });
}
