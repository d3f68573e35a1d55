import { persistClock } from './clock';
import { isSeedMessage, type SeedMessage } from './db/account-seed-messages';
import { persistSeedAnchor } from './db/database';
import { persistSettings, settings } from './settings';

type AccountsMessage = Extract<SeedMessage, { kind: 'accounts' }>;
type AlertsMessage = Extract<SeedMessage, { kind: 'alerts' }>;

/** What the seeding worker sends, as it arrives; `null` when it could not run (see `startSeeding`). */
export interface SeedArrivals {
  readonly accounts: Promise<AccountsMessage | null>;
  readonly alerts: Promise<AlertsMessage | null>;
}

/**
 * Starts the worker that builds the packed accounts and alerts of the demo's seed and anchor
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
 * Returns the two arrivals; each settles with `null` (never rejects) when the worker cannot be
 * created, reports an error or fails: the families then build their seed on the main thread on
 * first use, as in Node.
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
  const giveUp = (reason: unknown): void => {
    console.warn('[mock] seeding on the page instead:', reason);
    takeAccounts(null);
    takeAlerts(null);
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
    } else {
      // The worker closes itself once it has stored what it built for the next page load.
      takeAlerts(message);
    }
  });
  worker.postMessage({ seed: settings.seed, anchor });
  return arrivals;
}
