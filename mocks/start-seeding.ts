import { persistClock } from './clock';
import { isSeedMessage, type SeedMessage, type SeedRequest } from './db/account-seed-messages';
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
  /** The disclosures ledger, last; the disclosures family waits for it itself (`db/disclosures/arrival.ts`). */
  readonly disclosures: Promise<DisclosuresMessage | null>;
}

/**
 * Starts the worker that builds the packed accounts, alerts and disclosures of the demo's seed and anchor
 * (`db/account-seed-worker.ts`, or its copy stored by an earlier page load). A chunk of its own,
 * a few KB, that `src/app/mock-start.ts` evaluates before the mock's chunk (msw, the handlers), so
 * the seed is on its way while that chunk and the app's are still being evaluated;
 * `mocks/browser.ts` adopts what arrives.
 *
 * The seed and anchor it asks for are this browser's: the demo's settings, clock and seed anchor
 * come back from localStorage first (`persistSettings`, `persistClock`, `persistSeedAnchor`), so
 * the packs are those of the data the journal was written against, with the same times on every
 * load and in every tab.
 *
 * Returns the three arrivals; each settles with `null` (never rejects) when the worker cannot be
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
  let takeDisclosures: (message: DisclosuresMessage | null) => void = () => undefined;
  const arrivals: SeedArrivals = {
    accounts: new Promise((resolve) => (takeAccounts = resolve)),
    alerts: new Promise((resolve) => (takeAlerts = resolve)),
    disclosures: new Promise((resolve) => (takeDisclosures = resolve)),
  };
  expectDisclosurePack(arrivals.disclosures.then((message) => message?.disclosures ?? null));
  const giveUp = (reason: unknown): void => {
    console.warn('[mock] seeding on the page instead:', reason);
    takeAccounts(null);
    takeAlerts(null);
    takeDisclosures(null);
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./db/account-seed-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    giveUp(error);
    return arrivals;
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
    } else if (message.kind === 'accounts') {
      takeAccounts(message);
    } else if (message.kind === 'alerts') {
      takeAlerts(message);
    } else {
      // The worker closes itself once it has stored what it built for the next page load.
      takeDisclosures(message);
    }
  });
  const request: SeedRequest = {
    seed: settings.seed,
    anchor,
    disclosuresFirst: window.location.pathname.startsWith('/disclosures'),
  };
  worker.postMessage(request);
  return arrivals;
}
