import { buffersOf, isSeedRequest, type SeedMessage, type SeedRequest } from './account-seed-messages';
import { accountCount, packedAccounts, type PackedAccounts } from './accounts/seed';
import { packAlerts, seededAlertCount, shiftAlertPack, type PackedAlerts } from './alerts/seed';
import {
  accountColumnsOf,
  seedDisclosures,
  seededEntryCount,
  type AccountColumns,
  type DisclosurePack,
} from './disclosures/seed';

/**
 * The browser's seeding workers: one builds the packed accounts (100,000) and the packed alerts
 * (20,000) of one seed and anchor off the page's main thread, exactly as the page would (the same
 * modules), and sends them back in that order; `mocks/start-seeding.ts` starts it with the page,
 * and the page adopts what arrives (`adoptPackedAccounts`, `adoptAlertPack`). The disclosures
 * ledger (50,000 entries, which read a pool of accounts' consent logs) is built by another worker
 * of the same script, started only when the disclosures family is first used (`only:
 * 'disclosures'`), so a page that never opens the ledger never pays for it — or, for a page opened
 * on the ledger, by the first worker, before the alerts (`disclosuresFirst`). One request per
 * worker.
 *
 * In a production build the workers also keep what they built in IndexedDB, keyed by their own
 * URL (whose content hash changes with any change to the seed code) and the seed, so the next
 * page load of the same browser reads it back (tens of ms) instead of building it again (about
 * half a second): the alerts are stored with their anchor — the browser's stored seed anchor, so
 * normally the one asked for — and moved to a new one after a reset (`shiftAlertPack`). The
 * disclosures are stored under a key of their own (read only when asked for); their times are
 * offsets from whatever anchor the page holds, so they need no moving. Any failure of the store
 * only means building again.
 */

interface StoredSeed {
  readonly accounts: PackedAccounts;
  readonly alerts: PackedAlerts;
  readonly anchor: number;
}

function isStoredDisclosures(value: unknown): value is DisclosurePack {
  return typeof value === 'object' && value !== null && 'count' in value && value.count === seededEntryCount;
}

const databaseName = 'privacy-console-mock-seed';
const storeName = 'seeds';

function send(message: SeedMessage, transfer: ArrayBuffer[] = []): void {
  self.postMessage(message, { transfer });
}

function openStore(): Promise<IDBDatabase | null> {
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

/** Whether `value` looks like a seed this build stored (its key already names the build). */
function isStoredSeed(value: unknown): value is StoredSeed {
  if (typeof value !== 'object' || value === null) return false;
  if (!('accounts' in value && 'alerts' in value && 'anchor' in value)) return false;
  const { accounts, alerts, anchor } = value;
  return (
    typeof anchor === 'number' &&
    typeof accounts === 'object' &&
    accounts !== null &&
    'count' in accounts &&
    accounts.count === accountCount &&
    typeof alerts === 'object' &&
    alerts !== null &&
    'count' in alerts &&
    alerts.count === seededAlertCount
  );
}

/** The value stored under `key` when `accept` takes it, else null (none, or a failed read). */
function readStored<T>(
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
 * Writes `value` under `key`. With `alone`, keeps only it: an older build's or another seed's
 * entries are dropped (each is ~8 MB). Settles when the write is done or has failed (quota, a
 * closing database: the next page load builds again); never rejects.
 */
function store(database: IDBDatabase | null, key: string, value: object, alone: boolean): Promise<void> {
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
      objects.put(value, key);
      if (!alone) return;
      // Only this build's and seed's entries stay (the seed's disclosures are under `key#…`).
      const keys = objects.getAllKeys();
      keys.onsuccess = () => {
        for (const other of keys.result) {
          if (other !== key && !(typeof other === 'string' && other.startsWith(`${key}#`)))
            objects.delete(other);
        }
      };
    } catch {
      resolve();
    }
  });
}

/** The disclosures of the request's seed, built over `accounts` unless stored; sent, then stored. */
async function answerDisclosures(
  request: SeedRequest,
  database: IDBDatabase | null,
  key: string,
  accounts: () => Promise<AccountColumns>,
): Promise<void> {
  const disclosuresKey = `${key}#disclosures`;
  const stored = await readStored(database, disclosuresKey, isStoredDisclosures);
  if (stored) {
    const disclosures = { ...stored, anchor: request.anchor };
    send({ kind: 'disclosures', disclosures }, buffersOf(disclosures));
    return;
  }
  const disclosures = seedDisclosures(request.seed, request.anchor, await accounts());
  send({ kind: 'disclosures', disclosures });
  await store(database, disclosuresKey, disclosures, false);
}

async function answer(request: SeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}`;
  const database = await openStore();
  if (request.only === 'disclosures') {
    // The accounts' columns the ledger's seed reads: stored ones, or built here.
    await answerDisclosures(request, database, key, async () => {
      const stored = await readStored(database, key, isStoredSeed);
      return stored ? stored.accounts : packedAccounts(request.seed);
    });
    return;
  }
  const stored = await readStored(database, key, isStoredSeed);
  if (stored) {
    // What the ledger's seed reads of the accounts, kept before they are transferred to the page.
    const columns = request.disclosuresFirst ? accountColumnsOf(stored.accounts) : null;
    send({ kind: 'accounts', accounts: stored.accounts }, buffersOf(stored.accounts));
    if (columns) await answerDisclosures(request, database, key, () => Promise.resolve(columns));
    // The page's anchor is kept with its data (`persistSeedAnchor`), so it is the stored one
    // unless the demo data was reset since.
    const alerts =
      stored.anchor === request.anchor
        ? stored.alerts
        : shiftAlertPack(stored.alerts, stored.anchor, request.anchor);
    send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts }, buffersOf(alerts));
    return;
  }
  // Copied rather than transferred: the same columns go to the store afterwards.
  const accounts = packedAccounts(request.seed);
  send({ kind: 'accounts', accounts });
  // A page opened on the ledger: its entries before the alerts it does not show.
  if (request.disclosuresFirst)
    await answerDisclosures(request, database, key, () => Promise.resolve(accounts));
  const alerts = packAlerts(request.seed, request.anchor);
  send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts });
  await store(database, key, { accounts, alerts, anchor: request.anchor }, true);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isSeedRequest(request)) return;
  answer(request)
    .catch((error: unknown) => {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => {
      self.close();
    });
});
