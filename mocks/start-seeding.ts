import { persistClock } from './clock';
import {
  accountColumnsOf,
  buffersOf,
  isSeedMessage,
  type DisclosureSeedRequest,
  type SeedMessage,
} from './db/account-seed-messages';
import { persistSeedAnchor } from './db/database';
import { expectDisclosurePack } from './db/disclosures/arrival';
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
  // The ledger's worker starts once the accounts are here (it reads their columns): on the
  // family's first use, or at once on a page opened on a disclosures view.
  const requestDisclosures = () =>
    arrivals.accounts.then((message) => seedDisclosuresInWorker(seed, anchor, message));
  expectDisclosurePack(
    opensOnDisclosures.test(window.location.pathname) ? once(requestDisclosures) : requestDisclosures,
  );
  // Each `new Worker(new URL(…))` written out whole: that is the form the bundler builds a worker from.
  runWorker(
    () => new Worker(new URL('./db/account-seed-worker.ts', import.meta.url), { type: 'module' }),
    { seed, anchor },
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
 * The disclosures pack from `disclosure-seed-worker.ts` (stored, or built there over a copy of
 * the accounts' columns when `accounts` came); `null` if that worker failed.
 */
function seedDisclosuresInWorker(seed: number, anchor: number, accounts: AccountsMessage | null) {
  return new Promise<DisclosuresMessage['disclosures'] | null>((resolve) => {
    const columns = accounts ? accountColumnsOf(accounts.accounts) : undefined;
    const request: DisclosureSeedRequest = { seed, anchor, ...(columns ? { accounts: columns } : {}) };
    runWorker(
      () => new Worker(new URL('./db/disclosure-seed-worker.ts', import.meta.url), { type: 'module' }),
      request,
      (message) => {
        if (!message) resolve(null);
        else if (message.kind === 'disclosures') resolve(message.disclosures);
      },
      columns ? buffersOf(columns) : [],
    );
  });
}

/**
 * Runs one seeding worker (`create` makes it) on `request`; `take` gets each pack as it
 * arrives, or `null` once if the worker cannot be created, reports an error or fails (then
 * nothing more). The worker closes itself once it has stored what it built for the next page
 * load. Throws nothing.
 */
function runWorker(
  create: () => Worker,
  request: object,
  take: (message: Exclude<SeedMessage, { kind: 'failed' }> | null) => void,
  transfer: ArrayBuffer[] = [],
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
      take(message);
    }
  });
  worker.postMessage(request, { transfer });
}
