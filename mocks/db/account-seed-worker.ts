import {
  accountColumnsOf,
  buffersOf,
  isSeedRequest,
  type DisclosureAccountsReply,
  type SeedMessage,
  type SeedRequest,
} from './account-seed-messages';
import { accountCount, packedAccounts, type PackedAccounts } from './accounts/seed';
import { packAlerts, seededAlertCount, shiftAlertPack, type PackedAlerts } from './alerts/seed';
import type { AccountColumns } from './disclosures/seed';
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
 *
 * On a page opened on a disclosures view the request carries a `columnsPort` to the disclosures
 * worker, which needs four of the accounts' columns: they are stored apart as well (a small
 * record, read first) and sent through the port before the whole pack is read or the alerts are
 * built.
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

/** Whether `value` looks like the columns this build stored beside its seed. */
function isStoredColumns(value: unknown): value is AccountColumns {
  return (
    typeof value === 'object' &&
    value !== null &&
    'market' in value &&
    value.market instanceof Uint8Array &&
    value.market.length === accountCount
  );
}

/** Sends the disclosures worker its columns (`columns()`: as read, or copied out of a pack), once. */
function columnsSender(port: MessagePort | undefined) {
  let sent = false;
  return (get: () => AccountColumns): void => {
    if (!port || sent) return;
    sent = true;
    const columns = get();
    const reply: DisclosureAccountsReply = { kind: 'account-columns', accounts: columns };
    port.postMessage(reply, buffersOf(columns));
    port.close();
  };
}

/** This worker's entries end with the seed (or `#columns`); the disclosures worker's with `#disclosures`. */
const isSeedEntry = (key: string): boolean => !key.endsWith('#disclosures');

async function answer(request: SeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}`;
  const columnsKey = `${key}#columns`;
  const sendColumns = columnsSender(request.columnsPort);
  const database = await openStore();
  if (request.columnsPort) {
    const columns = await readStored(database, columnsKey, isStoredColumns);
    if (columns) sendColumns(() => columns);
  }
  const stored = await readStored(database, key, isStoredSeed);
  if (stored) {
    sendColumns(() => accountColumnsOf(stored.accounts));
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
  sendColumns(() => accountColumnsOf(accounts));
  send({ kind: 'accounts', accounts });
  const alerts = packAlerts(request.seed, request.anchor);
  send({ kind: 'alerts', seed: request.seed, anchor: request.anchor, alerts });
  await store(
    database,
    { [key]: { accounts, alerts, anchor: request.anchor }, [columnsKey]: accountColumnsOf(accounts) },
    isSeedEntry,
  );
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
