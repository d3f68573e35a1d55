import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { isSeedMessage, type SeedRequest } from './db/account-seed-messages';
import { adoptPackedAccounts } from './db/accounts/seed';
import { adoptAlertPack } from './db/alerts/seed';
import { openDb, resetDb, resetDemoData, seedAnchor } from './db/database';
import { knownAccounts } from './db/known-accounts';
import { knownAlerts, knownIncidents } from './db/known-alerts';
import { handlers } from './handlers';
import { apiBase } from './http/handler';
import {
  clearFaults,
  persistSettings,
  resetSettings,
  setFault,
  setLatency,
  setSeed,
  settings,
} from './settings';

/**
 * Builds the packed accounts and alerts of `request` in a worker (or reads them back from the
 * browser's store of an earlier page load, see `db/account-seed-worker.ts`), so the page's main
 * thread never pays for the 100,000 accounts and 20,000 alerts (it loads the app's code meanwhile). Returns a
 * promise that settles once both have arrived and been adopted — or once the worker failed, in
 * which case the families build their seed on the main thread on first use, as in Node. Never
 * rejects.
 */
function seedOffMainThread(request: SeedRequest): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    const give = (reason: string): void => {
      console.warn(`[mock] seeding on the page instead: ${reason}`);
      worker.terminate();
      resolve();
    };
    try {
      worker = new Worker(new URL('./db/account-seed-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      console.warn('[mock] no seeding worker; seeding on the page', error);
      resolve();
      return;
    }
    worker.addEventListener('error', (event) => {
      give(event.message);
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isSeedMessage(message)) return;
      if (message.kind === 'failed') {
        give(message.message);
      } else if (message.kind === 'accounts') {
        adoptPackedAccounts(message.accounts);
        performance.mark('mock:accounts-seeded');
      } else {
        adoptAlertPack(message.seed, message.anchor, message.alerts);
        performance.mark('mock:alerts-seeded');
        // The worker closes itself once it has stored what it built for the next page load.
        resolve();
      }
    });
    worker.postMessage(request);
  });
}

/** The endpoint families whose first request reads the accounts or alerts seed. */
const seededFamilies = new RegExp(`/api/v1/(accounts|alerts|incidents)(/|$)`);

/**
 * Starts the mock API in the browser (demo build, `npm start`, e2e). The data and the demo's
 * settings come back from IndexedDB and localStorage first, so the first request after a reload
 * already sees what the previous page wrote.
 *
 * Start-up does not depend on the data's size: the accounts and alerts seeds are built by a
 * worker while the service worker registers and the page loads its code; `mock:ready` does not
 * wait for them, only the requests that read them do (the first accounts page arrives about when
 * the seed does). Journal replay happens when a family is first used.
 */
export async function startMock(): Promise<void> {
  persistSettings();
  // The worker starts first: it needs only the seed and the anchor, not the journal.
  const seeded = seedOffMainThread({ seed: settings.seed, anchor: seedAnchor() });
  // Falls through (returns nothing) to the real handlers once the seed is in.
  const waitForSeed = http.all(`${apiBase}/*`, async ({ request }) => {
    if (seededFamilies.test(new URL(request.url).pathname)) await seeded;
  });
  const worker = setupWorker(waitForSeed, ...handlers);
  // The journal loads while the service worker registers: the app's requests wait for both (they
  // wait for this function), so no handler runs before the journal is in.
  await Promise.all([
    openDb({ persist: true }),
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    }),
  ]);
  // For presenters (devtools console), the settings panel and e2e tests (`page.evaluate`): slow the
  // network, break an endpoint family, or start over —
  // `privacyConsoleMock.setFault('alerts', { kind: 'status', status: 503 })`,
  // `await privacyConsoleMock.resetDemoData(); location.reload()`.
  Object.defineProperty(globalThis, 'privacyConsoleMock', {
    configurable: true,
    value: {
      settings,
      setLatency,
      setFault,
      clearFaults,
      setSeed,
      resetSettings,
      resetDb,
      resetDemoData,
      clock,
      knownAccounts,
      knownAlerts,
      knownIncidents,
    },
  });
  performance.mark('mock:ready');
}
