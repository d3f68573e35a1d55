import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { warmAccountsInSlices } from './db/accounts';
import { openAlertCountOf } from './db/alerts';
import { openDb, resetDb, resetDemoData } from './db/database';
import { knownAccounts } from './db/known-accounts';
import { knownAlerts, knownIncidents } from './db/known-alerts';
import { handlers } from './handlers';
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
 * Starts the mock API in the browser (demo build, `npm start`, e2e). The data and the demo's
 * settings come back from IndexedDB and localStorage first, so the first request after a reload
 * already sees what the previous page wrote.
 */
export async function startMock(): Promise<void> {
  persistSettings();
  await openDb({ persist: true });
  // The 100,000 accounts take a few hundred ms to seed: it runs in short slices while the worker
  // registers and the page loads its code, and the mock is ready once they are.
  const warming = warmAccountsInSlices();
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
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
    },
  });
  await warming;
  // Account summaries count each account's open alerts, so the alerts are part of being ready too.
  openAlertCountOf(0);
  performance.mark('mock:ready');
}
