import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { openDb, resetDb } from './db/database';
import { handlers } from './handlers';
import { clearFaults, persistSettings, setFault, setLatency, settings } from './settings';

/**
 * Starts the mock API in the browser (demo build, `npm start`, e2e). The data and the demo's
 * settings come back from IndexedDB and localStorage first, so the first request after a reload
 * already sees what the previous page wrote.
 */
export async function startMock(): Promise<void> {
  persistSettings();
  await openDb({ persist: true });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // For presenters (devtools console) and e2e tests (`page.evaluate`): slow the network, break an
  // endpoint family, or start over — `privacyConsoleMock.setFault('alerts', { kind: 'status', status: 503 })`.
  Object.defineProperty(globalThis, 'privacyConsoleMock', {
    configurable: true,
    value: { settings, setLatency, setFault, clearFaults, resetDb, clock },
  });
  performance.mark('mock:ready');
}
