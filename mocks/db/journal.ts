/**
 * The write-ahead journal of the mock: every write at run time is an append-only record here,
 * replayed over the deterministic seed when the data is (re)built. In the browser the records
 * also go to IndexedDB, so a reload keeps what the demo did, and to a BroadcastChannel, so the
 * other tabs — each running its own copy of the mock — see them without a reload. In Node
 * (tests) the journal is memory only.
 */

export interface JournalEntry {
  /** Unique across tabs; a record that arrives twice is applied once. */
  readonly id: string;
  readonly family: string;
  readonly record: unknown;
}

const databaseName = 'privacy-console-mock';
const storeName = 'journal';
const channelName = 'privacy-console-mock-journal';
/**
 * Set (localStorage, synchronous) when the journal is cleared and removed once IndexedDB has
 * cleared too: a page reloaded right after "reset demo data" finishes the clear before it reads
 * the journal, instead of replaying what the reset should have dropped.
 */
const clearPendingKey = 'privacy-console-mock-journal-clear-pending';

let entries: JournalEntry[] = [];
const seen = new Set<string>();
const pending = new Set<Promise<unknown>>();
let database: IDBDatabase | null = null;
let channel: BroadcastChannel | null = null;
let remoteListener: ((entry: JournalEntry) => void) | null = null;
let resetListener: ((anchor: number | null) => void) | null = null;
let persistent = false;

/**
 * What a tab posts when it clears the journal, so the other tabs drop their data too: the
 * string alone (an older page), or an object carrying the seed anchor the new data starts from.
 */
const resetMessage = 'privacy-console-mock-journal-reset';

interface ResetMessage {
  readonly kind: typeof resetMessage;
  readonly anchor: number | null;
}

/** The anchor a reset message carries; `undefined` when `data` is not a reset message at all. */
function resetAnchorOf(data: unknown): number | null | undefined {
  if (data === resetMessage) return null;
  if (typeof data !== 'object' || data === null || !('kind' in data) || data.kind !== resetMessage)
    return undefined;
  return 'anchor' in data && typeof data.anchor === 'number' ? data.anchor : null;
}

function clearPending(value: boolean): void {
  if (!persistent || typeof localStorage === 'undefined') return;
  try {
    if (value) localStorage.setItem(clearPendingKey, '1');
    else localStorage.removeItem(clearPendingKey);
  } catch {
    // Without localStorage a reload right after a reset may replay old records; nothing worse.
  }
}

function isClearPending(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(clearPendingKey) !== null;
  } catch {
    return false;
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof JournalEntry, unknown>>;
  return typeof candidate.id === 'string' && typeof candidate.family === 'string' && 'record' in candidate;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function track(promise: Promise<unknown>): void {
  const settled = promise.catch((error: unknown) => {
    // Losing persistence degrades the demo to memory only; it must not break the reply.
    console.warn('[mock] journal write failed', error);
  });
  pending.add(settled);
  void settled.finally(() => pending.delete(settled));
}

async function openIndexedDb(): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(storeName, { autoIncrement: true });
  };
  return promised(request);
}

/**
 * Browser: load the persisted records and start sharing with other tabs. Without `persist`, or
 * where IndexedDB is missing (jsdom), the journal stays in memory.
 */
export async function openJournal(options: { persist: boolean }): Promise<void> {
  if (!options.persist) return;
  persistent = true;
  if (typeof indexedDB !== 'undefined' && database === null) {
    try {
      database = await openIndexedDb();
      if (isClearPending()) {
        await promised(database.transaction(storeName, 'readwrite').objectStore(storeName).clear());
        clearPending(false);
      }
      const stored = await promised(
        database.transaction(storeName, 'readonly').objectStore(storeName).getAll(),
      );
      for (const value of stored) {
        if (isEntry(value) && !seen.has(value.id)) {
          seen.add(value.id);
          entries.push(value);
        }
      }
    } catch (error) {
      console.warn('[mock] IndexedDB unavailable; writes last until reload', error);
      database = null;
    }
  }
  if (typeof BroadcastChannel !== 'undefined' && channel === null) {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const entry = event.data;
      const resetAnchor = resetAnchorOf(entry);
      if (resetAnchor !== undefined) {
        entries = [];
        seen.clear();
        resetListener?.(resetAnchor);
        return;
      }
      if (!isEntry(entry) || seen.has(entry.id)) return;
      seen.add(entry.id);
      entries.push(entry);
      remoteListener?.(entry);
    };
  }
}

/** The database module applies records written by other tabs as they arrive. */
export function onRemoteEntry(listener: (entry: JournalEntry) => void): void {
  remoteListener = listener;
}

/**
 * …and drops its data when another tab clears the journal; `listener` gets the seed anchor that
 * tab fixed for the new data (ms since the epoch), or `null` when it sent none.
 */
export function onRemoteReset(listener: (anchor: number | null) => void): void {
  resetListener = listener;
}

export function appendEntry(family: string, record: unknown): JournalEntry {
  const entry: JournalEntry = { id: `${Date.now().toString(36)}-${crypto.randomUUID()}`, family, record };
  seen.add(entry.id);
  entries.push(entry);
  if (database) {
    const transaction = database.transaction(storeName, 'readwrite');
    transaction.objectStore(storeName).add(entry);
    track(
      new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => {
          resolve();
        };
        transaction.onerror = () => {
          reject(transaction.error ?? new Error('IndexedDB write failed'));
        };
      }),
    );
  }
  channel?.postMessage(entry);
  return entry;
}

export function entriesOf(family: string): JournalEntry[] {
  return entries.filter((entry) => entry.family === family);
}

/**
 * Forgets every record, here, (browser) in IndexedDB and in the other tabs, telling them the seed
 * anchor (`options.anchor`, ms since the epoch) the data starts again from.
 */
export function clearJournal(options: { anchor?: number | null } = {}): void {
  entries = [];
  seen.clear();
  if (database) {
    clearPending(true);
    const transaction = database.transaction(storeName, 'readwrite');
    track(
      promised(transaction.objectStore(storeName).clear()).then(() => {
        clearPending(false);
      }),
    );
  }
  const message: ResetMessage = { kind: resetMessage, anchor: options.anchor ?? null };
  channel?.postMessage(message);
}

/**
 * Resolves when every write so far is on disk; the handler wrapper awaits it before replying,
 * so a reload right after a 200 never loses the write it confirmed.
 */
export async function journalFlushed(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
