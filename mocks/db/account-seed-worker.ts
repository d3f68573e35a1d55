import { buffersOf, isSeedRequest, type SeedMessage, type SeedRequest } from './account-seed-messages';
import { accountCount, packedAccounts, type PackedAccounts } from './accounts/seed';
import { packAlerts, seededAlertCount, shiftAlertPack, type PackedAlerts } from './alerts/seed';
import { accountColumnsOf, seedDisclosures, seededEntryCount, type DisclosurePack } from './disclosures/seed';

/**
 * The browser's seeding worker: builds the packed accounts (100,000), the packed alerts (20,000)
 * and then the disclosures ledger (50,000 entries, which read a pool of accounts' consent logs)
 * of one seed and anchor off the page's main thread, exactly as the page would (the same
 * modules), and sends them back in that order (the disclosures before the alerts for a page opened
 * on the ledger: `disclosuresFirst`). `mocks/browser.ts` starts it; the page adopts what
 * arrives (`adoptPackedAccounts`, `adoptAlertPack`; the disclosures through `start-seeding.ts`).
 * One request per worker.
 *
 * In a production build the worker also keeps what it built in IndexedDB, keyed by its own URL
 * (whose content hash changes with any change to the seed code) and the seed, so the next page
 * load of the same browser reads it back (tens of ms) instead of building it again (about half a
 * second): the alerts are stored with their anchor — the browser's stored seed anchor, so
 * normally the one asked for — and moved to a new one after a reset (`shiftAlertPack`). The
 * disclosures are stored once built, in the same entry; their times are offsets from whatever
 * anchor the page holds, so they need no moving.
 * Any failure of the store only means building again.
 */

interface StoredSeed {
  readonly accounts: PackedAccounts;
  readonly alerts: PackedAlerts;
  readonly anchor: number;
  /** Absent until the worker of an earlier load got that far. */
  readonly disclosures?: DisclosurePack;
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

function readStored(database: IDBDatabase | null, key: string): Promise<StoredSeed | null> {
  if (!database) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const reading = database.transaction(storeName, 'readonly').objectStore(storeName).get(key);
      reading.onsuccess = () => {
        const value: unknown = reading.result;
        resolve(isStoredSeed(value) ? value : null);
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
 * Keeps only this seed: an older build's or another seed's entry is dropped (each is ~8 MB).
 * Settles when the write is done or has failed (quota, a closing database: the next page load
 * builds again); never rejects.
 */
function store(database: IDBDatabase | null, key: string, seed: StoredSeed): Promise<void> {
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
      objects.clear();
      objects.put(seed, key);
    } catch {
      resolve();
    }
  });
}

async function answer(request: SeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}`;
  const database = await openStore();
  const stored = await readStored(database, key);
  if (stored) {
    // What the ledger's seed reads of the accounts, kept before they are transferred to the page.
    const columns = isStoredDisclosures(stored.disclosures) ? null : accountColumnsOf(stored.accounts);
    send({ kind: 'accounts', accounts: stored.accounts }, buffersOf(stored.accounts));
    // The page's anchor is kept with its data (`persistSeedAnchor`), so it is the stored one
    // unless the demo data was reset since.
    const alerts =
      stored.anchor === request.anchor
        ? stored.alerts
        : shiftAlertPack(stored.alerts, stored.anchor, request.anchor);
    send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts }, buffersOf(alerts));
    if (isStoredDisclosures(stored.disclosures)) {
      const disclosures = { ...stored.disclosures, anchor: request.anchor };
      send({ kind: 'disclosures', disclosures }, buffersOf(disclosures));
      return;
    }
    const disclosures = seedDisclosures(
      request.seed,
      request.anchor,
      columns ?? packedAccounts(request.seed),
    );
    send({ kind: 'disclosures', disclosures });
    // The accounts and alerts went to the page (transferred): read them again to store all three.
    const again = await readStored(database, key);
    if (again) await store(database, key, { ...again, disclosures });
    return;
  }
  // Copied rather than transferred: the same columns go to the store afterwards.
  const accounts = packedAccounts(request.seed);
  send({ kind: 'accounts', accounts });
  if (request.disclosuresFirst) {
    // A page opened on the ledger: its entries before the alerts it does not show.
    const disclosures = seedDisclosures(request.seed, request.anchor, accounts);
    send({ kind: 'disclosures', disclosures });
    const alerts = packAlerts(request.seed, request.anchor);
    send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts });
    await store(database, key, { accounts, alerts, anchor: request.anchor, disclosures });
    return;
  }
  const alerts = packAlerts(request.seed, request.anchor);
  send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts });
  await store(database, key, { accounts, alerts, anchor: request.anchor });
  const disclosures = seedDisclosures(request.seed, request.anchor, accounts);
  send({ kind: 'disclosures', disclosures });
  await store(database, key, { accounts, alerts, anchor: request.anchor, disclosures });
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
