import { buffersOf, isSeedRequest, type SeedMessage, type SeedRequest } from './account-seed-messages';
import { accountCount, packedAccounts, type PackedAccounts } from './accounts/seed';
import { packAlerts, seededAlertCount, shiftAlertPack, type PackedAlerts } from './alerts/seed';
import { openStore, readStored, store } from './seed-store';

/**
 * The browser's seeding worker: builds the packed accounts (100,000) and the packed alerts
 * (20,000) of one seed and anchor off the page's main thread, exactly as the page would (the same
 * modules), and sends them back in that order. `mocks/start-seeding.ts` starts it with the page;
 * the page adopts what arrives (`adoptPackedAccounts`, `adoptAlertPack`). One request per worker.
 * The disclosures ledger has a worker of its own (`disclosure-seed-worker.ts`), started on the
 * family's first use, so this one — which the first rows of every page wait for — stays small.
 *
 * In a production build the worker also keeps what it built in IndexedDB, keyed by its own URL
 * (whose content hash changes with any change to the seed code) and the seed, so the next page
 * load of the same browser reads it back (tens of ms) instead of building it again (about half a
 * second): the alerts are stored with their anchor — the browser's stored seed anchor, so
 * normally the one asked for — and moved to a new one after a reset (`shiftAlertPack`). Any
 * failure of the store only means building again.
 */

interface StoredSeed {
  readonly accounts: PackedAccounts;
  readonly alerts: PackedAlerts;
  readonly anchor: number;
}

function send(message: SeedMessage, transfer: ArrayBuffer[] = []): void {
  self.postMessage(message, { transfer });
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

/** This worker's entries end with the seed; the disclosures worker's with `#disclosures`. */
const isSeedEntry = (key: string): boolean => !key.endsWith('#disclosures');

async function answer(request: SeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}`;
  const database = await openStore();
  const stored = await readStored(database, key, isStoredSeed);
  if (stored) {
    send({ kind: 'accounts', accounts: stored.accounts }, buffersOf(stored.accounts));
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
  const alerts = packAlerts(request.seed, request.anchor);
  send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts });
  await store(database, key, { accounts, alerts, anchor: request.anchor }, isSeedEntry);
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
