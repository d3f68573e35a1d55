import {
  buffersOf,
  isDisclosureSeedRequest,
  type DisclosureSeedRequest,
  type SeedMessage,
} from './account-seed-messages';
import { packedAccounts } from './accounts/seed';
import { seedDisclosures, seededEntryCount, type DisclosurePack } from './disclosures/seed';
import { openStore, readStored, store } from './seed-store';

/**
 * The browser's disclosures seeding worker: builds the disclosures ledger (50,000 entries, which
 * read a pool of accounts' consent logs, ~0.5–1 s) of one seed off the page's main thread, over
 * the accounts' columns the page sends (or, when it has none, accounts it builds itself), and
 * sends it back. `mocks/start-seeding.ts` starts it on the disclosures family's first use (at once
 * on a page opened on a disclosures view), so pages that never read disclosures never pay for
 * it. One request per worker.
 *
 * In a production build the pack is kept in the seeding store (`seed-store.ts`) under this
 * worker's URL, the seed and `#disclosures`, so the next page load reads it back. Its times are
 * offsets from whatever anchor the page holds, so it serves any anchor.
 */

function isStoredDisclosures(value: unknown): value is DisclosurePack {
  return typeof value === 'object' && value !== null && 'count' in value && value.count === seededEntryCount;
}

function send(message: SeedMessage, transfer: ArrayBuffer[] = []): void {
  self.postMessage(message, { transfer });
}

async function answer(request: DisclosureSeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}#disclosures`;
  const database = await openStore();
  const stored = await readStored(database, key, isStoredDisclosures);
  if (stored) {
    const disclosures = { ...stored, anchor: request.anchor };
    send({ kind: 'disclosures', disclosures }, buffersOf(disclosures));
    return;
  }
  const disclosures = seedDisclosures(
    request.seed,
    request.anchor,
    request.accounts ?? packedAccounts(request.seed),
  );
  // Copied rather than transferred: the same columns go to the store afterwards.
  send({ kind: 'disclosures', disclosures });
  await store(database, key, disclosures, (other) => other.endsWith('#disclosures'));
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isDisclosureSeedRequest(request)) return;
  answer(request)
    .catch((error: unknown) => {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => {
      self.close();
    });
});
