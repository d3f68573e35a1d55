import {
  buffersOf,
  isDisclosureAccountsReply,
  isDisclosureSeedRequest,
  type DisclosureSeedRequest,
  type SeedMessage,
} from './account-seed-messages';
import { packedAccounts } from './accounts/seed';
import {
  disclosureSeedSteps,
  seededEntryCount,
  type AccountColumns,
  type DisclosurePack,
} from './disclosures/seed';
import { openStore, readStored, store } from './seed-store';

/**
 * The browser's disclosures seeding worker: builds the disclosures ledger (50,000 entries, which
 * read a pool of accounts' consent logs, ~0.5–1 s) of one seed off the page's main thread and
 * sends it back. `mocks/start-seeding.ts` starts it on the disclosures family's first use, or with
 * the page on a page opened on a disclosures view, so pages that never read disclosures never pay
 * for it. One request per worker.
 *
 * The ledger's entries need the packed accounts' columns, which the page receives from the other
 * seeding worker. So as not to wait for them, this worker says `needs-accounts` and builds the part
 * that does not need them (the consent pool); the columns come from the accounts worker through
 * the request's `columnsPort` when both started with the page, or from the page once it has them
 * (`DisclosureAccountsReply`; `null`: none came, they are built here), whichever comes first.
 *
 * In a production build the pack is kept in the seeding store (`seed-store.ts`) under this
 * worker's URL, the seed and `#disclosures`, so the next page load reads it back (and needs no
 * columns). Its times are offsets from whatever anchor the page holds, so it serves any anchor.
 */

let takeColumns: (columns: AccountColumns | null) => void = () => undefined;
const columnsArrival = new Promise<AccountColumns | null>((resolve) => (takeColumns = resolve));

function isStoredDisclosures(value: unknown): value is DisclosurePack {
  return typeof value === 'object' && value !== null && 'count' in value && value.count === seededEntryCount;
}

function send(message: SeedMessage, transfer: ArrayBuffer[] = []): void {
  self.postMessage(message, { transfer });
}

/** Resolves in a task of its own (a message, not a timer: no 4 ms clamp), so replies can land. */
const taskChannel = new MessageChannel();
const waiting: (() => void)[] = [];
taskChannel.port1.onmessage = () => waiting.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    taskChannel.port2.postMessage(null);
  });
}

async function answer(request: DisclosureSeedRequest): Promise<void> {
  const key = `${self.location.href}#${String(request.seed)}#disclosures`;
  // The store is read while the consent pool is built: on a first visit its answer (none) can take
  // hundreds of ms behind the accounts' read of their own pack. The build stops when it answers.
  // Set when the store answers (`undefined` until then): read in the loop, written by the reply.
  const found: { database: IDBDatabase | null; pack: DisclosurePack | null | undefined } = {
    database: null,
    pack: undefined,
  };
  // Read through a call: the reply changes it across awaits, which narrowing cannot see.
  const storedPack = () => found.pack;
  const reading = openStore().then(async (opened) => {
    found.database = opened;
    found.pack = await readStored(opened, key, isStoredDisclosures);
  });
  const steps = disclosureSeedSteps(request.seed, request.anchor);
  let step = steps.next();
  while (!step.done && !storedPack()) {
    if (step.value === 'accounts') {
      await reading;
      if (storedPack()) break;
      send({ kind: 'needs-accounts' });
      const columns = (await columnsArrival) ?? packedAccounts(request.seed);
      step = steps.next(columns);
    } else {
      // Until the store has answered, each step (20 consent logs) lets its reply in.
      if (storedPack() === undefined) await nextTask();
      step = steps.next();
    }
  }
  const pack = storedPack();
  if (pack) {
    const disclosures = { ...pack, anchor: request.anchor };
    send({ kind: 'disclosures', disclosures }, buffersOf(disclosures));
    return;
  }
  if (!step.done) throw new Error('disclosures seed: the build stopped early');
  const disclosures = step.value;
  // Copied rather than transferred: the same columns go to the store afterwards.
  send({ kind: 'disclosures', disclosures });
  await store(found.database, { [key]: disclosures }, (other) => other.endsWith('#disclosures'));
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isDisclosureAccountsReply(message)) {
    takeColumns(message.accounts);
    return;
  }
  if (!isDisclosureSeedRequest(message)) return;
  // The accounts worker's columns, when it was started with this one (the first to come is used).
  message.columnsPort?.addEventListener('message', (reply: MessageEvent<unknown>) => {
    if (isDisclosureAccountsReply(reply.data)) takeColumns(reply.data.accounts);
  });
  message.columnsPort?.start();
  answer(message)
    .catch((error: unknown) => {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    })
    .finally(() => {
      self.close();
    });
});
