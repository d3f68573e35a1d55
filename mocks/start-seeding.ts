import { persistClock } from './clock';
import {
  accountColumnsOf,
  buffersOf,
  isSeedMessage,
  type DisclosureAccountsReply,
  type DisclosureSeedRequest,
  type SeedMessage,
  type SeedRequest,
} from './db/account-seed-messages';
import { persistSeedAnchor } from './db/database';
import { expectDisclosurePack } from './db/disclosures/arrival';
import { decodeDisclosurePack } from './db/disclosures/pack-file';
import { prebuiltDisclosures } from './db/prebuilt-seeds';
import { persistSettings, settings } from './settings';

type AccountsMessage = Extract<SeedMessage, { kind: 'accounts' }>;
type AlertsMessage = Extract<SeedMessage, { kind: 'alerts' }>;
type DisclosuresMessage = Extract<SeedMessage, { kind: 'disclosures' }>;

/** What the seeding worker sends, as it arrives; `null` when it could not run (see `startSeeding`). */
export interface SeedArrivals {
  readonly accounts: Promise<AccountsMessage | null>;
  readonly alerts: Promise<AlertsMessage | null>;
}

/** A page whose first requests read the disclosures: the ledger, an entry, an account's tab. */
const opensOnDisclosures = /(^|\/)disclosures(\/|$)/;

/**
 * Starts the worker that builds the packed accounts and alerts of the demo's seed and anchor
 * (`db/account-seed-worker.ts`, or its copy stored by an earlier page load). A chunk of its own,
 * a few KB, that `src/app/mock-start.ts` evaluates before the mock's chunk (msw, the handlers), so
 * the seed is on its way while that chunk and the app's are still being evaluated;
 * `mocks/browser.ts` adopts what arrives. The disclosures ledger is not built with them: the
 * family gets it from a worker started on its first use (`db/disclosures/arrival.ts`), so a page
 * that never reads it never pays for it — except on a page opened on the ledger, where this
 * worker builds it right after the accounts.
 *
 * The seed and anchor it asks for are this browser's: the demo's settings, clock and seed anchor
 * come back from localStorage first (`persistSettings`, `persistClock`, `persistSeedAnchor`), so
 * the packs are those of the data the journal was written against, with the same times on every
 * load and in every tab.
 *
 * Returns the two arrivals; each settles with `null` (never rejects) when the worker cannot be
 * created, reports an error or fails: the accounts and alerts families then build their seed on
 * the main thread on first use, as in Node, and the disclosures family in slices
 * (`seedDisclosuresInSlices`).
 */
export function startSeeding(): SeedArrivals {
  persistSettings();
  persistClock();
  const anchor = persistSeedAnchor();
  let takeAccounts: (message: AccountsMessage | null) => void = () => undefined;
  let takeAlerts: (message: AlertsMessage | null) => void = () => undefined;
  const arrivals: SeedArrivals = {
    accounts: new Promise((resolve) => (takeAccounts = resolve)),
    alerts: new Promise((resolve) => (takeAlerts = resolve)),
  };
  const seed = settings.seed;
  // The ledger's worker starts on the family's first use, or at once on a page opened on a
  // disclosures view; then the accounts worker sends it the columns it needs directly.
  const atOnce = opensOnDisclosures.test(window.location.pathname);
  // (Not needed when the build ships the ledger of this seed: it is fetched, no worker builds it.)
  const channel = atOnce && prebuiltDisclosures?.seed !== seed ? new MessageChannel() : undefined;
  const requestDisclosures = () =>
    fetchPrebuiltDisclosures(seed, anchor).then(
      (pack) => pack ?? seedDisclosuresInWorker(seed, anchor, arrivals.accounts, channel?.port2),
    );
  expectDisclosurePack(atOnce ? once(requestDisclosures) : requestDisclosures);
  const request: SeedRequest = { seed, anchor, ...(channel ? { columnsPort: channel.port1 } : {}) };
  // Each `new Worker(new URL(…))` written out whole: that is the form the bundler builds a worker from.
  runWorker(
    () => new Worker(new URL('./db/account-seed-worker.ts', import.meta.url), { type: 'module' }),
    request,
    (message) => {
      if (!message) {
        takeAccounts(null);
        takeAlerts(null);
      } else if (message.kind === 'accounts') takeAccounts(message);
      else if (message.kind === 'alerts') takeAlerts(message);
    },
  );
  return arrivals;
}

/** `get`, called now; the function returned gives its result (started once, shared). */
function once<T>(get: () => T): () => T {
  const result = get();
  return () => result;
}

/**
 * The disclosures pack from `disclosure-seed-worker.ts`, started now: stored, or built there. The
 * columns it needs come through `columnsPort` from the accounts worker when given; and when it
 * says it needs them, a copy is sent once `accounts` has come (`null` if it did not: the worker
 * builds them). Settles `null` if that worker failed.
 */
function seedDisclosuresInWorker(
  seed: number,
  anchor: number,
  accounts: Promise<AccountsMessage | null>,
  columnsPort?: MessagePort,
): Promise<DisclosuresMessage['disclosures'] | null> {
  return new Promise((resolve) => {
    const request: DisclosureSeedRequest = { seed, anchor, ...(columnsPort ? { columnsPort } : {}) };
    runWorker(
      () => new Worker(new URL('./db/disclosure-seed-worker.ts', import.meta.url), { type: 'module' }),
      request,
      (message, worker) => {
        if (!message) resolve(null);
        else if (message.kind === 'disclosures') resolve(message.disclosures);
        else if (message.kind === 'needs-accounts') {
          void accounts.then((arrived) => {
            // The accounts worker sent them through the port before it sent the accounts.
            if (columnsPort && arrived) return;
            const columns = arrived ? accountColumnsOf(arrived.accounts) : null;
            const reply: DisclosureAccountsReply = { kind: 'account-columns', accounts: columns };
            worker?.postMessage(reply, { transfer: columns ? buffersOf(columns) : [] });
          });
        }
      },
    );
  });
}

/**
 * The disclosures pack of the demo build's default seed, computed at build time (decision 68):
 * fetched and read in place (its columns view the file's bytes), with no worker to start. `null`
 * for another seed, outside the demo build, or when the file cannot be had — then the worker
 * reads it from the store or builds it, as without the file. Never rejects.
 */
async function fetchPrebuiltDisclosures(
  seed: number,
  anchor: number,
): Promise<DisclosuresMessage['disclosures'] | null> {
  if (prebuiltDisclosures?.seed !== seed) return null;
  try {
    const reply = await fetch(prebuiltDisclosures.url);
    if (!reply.ok) return null;
    const pack = decodeDisclosurePack(await reply.arrayBuffer(), anchor);
    return pack.seed === seed ? pack : null;
  } catch {
    return null;
  }
}

/**
 * Runs one seeding worker (`create` makes it) on `request`; `take` gets each message as it
 * arrives with the worker (to answer it), or `null` once if the worker cannot be created, reports
 * an error or fails (then nothing more). The worker closes itself once it has stored what it built for the next page
 * load. Throws nothing.
 */
function runWorker(
  create: () => Worker,
  request: object,
  take: (message: Exclude<SeedMessage, { kind: 'failed' }> | null, worker?: Worker) => void,
): void {
  const giveUp = (reason: unknown): void => {
    console.warn('[mock] seeding on the page instead:', reason);
    take(null);
  };
  let worker: Worker;
  try {
    worker = create();
  } catch (error) {
    giveUp(error);
    return;
  }
  worker.addEventListener('error', (event) => {
    worker.terminate();
    giveUp(event.message);
  });
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isSeedMessage(message)) return;
    if (message.kind === 'failed') {
      worker.terminate();
      giveUp(message.message);
    } else {
      take(message, worker);
    }
  });
  // A port in the request is handed over, not copied (it cannot be).
  const ports = Object.values(request).filter((value): value is MessagePort => value instanceof MessagePort);
  worker.postMessage(request, { transfer: ports });
}
