import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { clock, persistClock } from './clock';
import { adoptPackedAccounts } from './db/accounts/seed';
import { adoptAlertPack } from './db/alerts/seed';
import { openDb, persistSeedAnchor, resetDb, resetDemoData } from './db/database';
import { knownAccounts } from './db/known-accounts';
import { knownAlerts, knownIncidents } from './db/known-alerts';
import { knownPolicies } from './db/known-policies';
import { handlers } from './handlers';
import { preloadDisclosureResolvers } from './handlers/disclosures';
import { preloadIncidentResolvers } from './handlers/incidents';
import { preloadPolicyResolvers } from './handlers/policies';
import { apiBase, noteArrival } from './http/handler';
import {
  clearFaults,
  persistSettings,
  resetSettings,
  setFault,
  setLatency,
  setSeed,
  settings,
} from './settings';
import type { SeedArrivals } from './start-seeding';

/**
 * Adopts the seeds of `arrivals` as they come (see `start-seeding.ts`). Returns a promise that
 * settles once both are in — or known not to come, in which case the families build their seed on
 * the main thread on first use. Never rejects.
 */
function adoptSeeds(arrivals: SeedArrivals): Promise<void> {
  const accounts = arrivals.accounts.then((message) => {
    if (!message) return;
    adoptPackedAccounts(message.accounts);
    performance.mark('mock:accounts-seeded');
  });
  const alerts = arrivals.alerts.then((message) => {
    if (!message) return;
    adoptAlertPack(message.seed, message.anchor, message.alerts);
    performance.mark('mock:alerts-seeded');
  });
  return Promise.all([accounts, alerts]).then(() => undefined);
}

/** The endpoint families whose first request reads the accounts or alerts seed. */
// The policies' reach (publish preview, re-consent progress) counts the packed accounts too.
const seededFamilies = new RegExp(
  `/api/v1/(accounts|alerts|incidents|policies/[^/]+/(publish-preview|reconsent-progress))(/|$)`,
);

/** The families whose endpoints' code loads on first use, by the pages that read them first. */
const lazyFamilies = [
  { page: /(^|\/)disclosures(\/|$)/, preload: preloadDisclosureResolvers },
  { page: /(^|\/)policies(\/|$)/, preload: preloadPolicyResolvers },
  { page: /(^|\/)incidents(\/|$)/, preload: preloadIncidentResolvers },
];

function preloadResolvers(pathname: string): void {
  for (const family of lazyFamilies) {
    if (family.page.test(pathname)) family.preload().catch(() => undefined);
  }
}

/**
 * Starts the mock API in the browser (demo build, `npm start`, e2e). The data, the demo's
 * settings, the clock's offset and the seed anchor come back from IndexedDB and localStorage
 * first, so the first request after a reload already sees what the previous page wrote, at the
 * times it wrote it. `seeding` is the seed worker `startSeeding()` started
 * (before this module was even evaluated, see `src/app/mock-start.ts`).
 *
 * Start-up does not depend on the data's size: the accounts and alerts seeds are built by a
 * worker while the service worker registers and the page loads its code; `mock:ready` does not
 * wait for them, only the requests that read them do — and their latency runs meanwhile (it
 * counts from the request's arrival, see `noteArrival`). Journal replay happens when a family is
 * first used. Resolves once the service worker forwards this page's requests and the journal is
 * in; rejects when the service worker cannot start.
 */
export async function startMock(seeding: SeedArrivals): Promise<void> {
  // Already done by `startSeeding` (all three are idempotent); kept here so the mock's data is
  // anchored where it was stored whichever entry starts it.
  persistSettings();
  persistClock();
  persistSeedAnchor();
  const seeded = adoptSeeds(seeding);
  // A page opened on a family whose endpoints' code is a chunk of its own loads that chunk while
  // the service worker registers, not after its first request has arrived.
  preloadResolvers(window.location.pathname);
  // Notes when each request arrived, then falls through (returns nothing) to the real handlers
  // once the seed it reads is in.
  const waitForSeed = http.all(`${apiBase}/*`, async ({ request }) => {
    noteArrival(request);
    if (seededFamilies.test(new URL(request.url).pathname)) await seeded;
  });
  const worker = setupWorker(waitForSeed, ...handlers);
  const startOptions = {
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  } as const;
  // The journal loads while the service worker registers: the app's requests wait for both (they
  // wait for this function), so no handler runs before the journal is in.
  await Promise.all([openDb({ persist: true }), worker.start(startOptions)]);
  // A page that is closed or left tells the service worker at once (MSW itself only does so on
  // `beforeunload`, which a closing tab may skip): otherwise the worker goes on routing every
  // request of the next page — its scripts too — through its own fetch, as if the gone page still
  // mocked. A page restored from the back-forward cache mocks again.
  addEventListener('pagehide', () => {
    worker.stop();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) void worker.start(startOptions);
  });
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
      knownPolicies,
    },
  });
  performance.mark('mock:ready');
}
