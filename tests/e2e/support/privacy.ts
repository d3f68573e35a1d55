import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/**
 * DESIGN/issue "Accounts and consent history": personal data (a revealed email or phone number, a
 * search text that may be one) never goes into a URL, history state or browser storage. The mock
 * API's own IndexedDB database is the backend's storage and may hold anything.
 */
export const mockDatabaseName = 'privacy-console-mock';

/** Staff sign in with these addresses; they are not customer data. */
const staffEmailDomain = '@digfashions.example';

/** An email address that is not masked (`l***@netzpost.example` has a `*` right before the `@`). */
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** An international phone number with its digits (a masked one has `*` among them). */
const phonePattern = /\+\d{1,3}[ -]?\d(?:[ -]?\d){6,}/g;

/** Everything the page put where personal data must not be. */
export interface PrivacyTrail {
  /** Every URL any frame of the page navigated to (`framenavigated`, same-document ones included). */
  urls: string[];
  /** Every state the page gave `history.pushState` / `replaceState`, as JSON. */
  historyStates: string[];
}

interface BrowserStores {
  historyState: string;
  localStorage: string[];
  sessionStorage: string[];
  databases: { name: string; version: number; contents: string }[];
  caches: string[];
}

/**
 * Starts recording the page's URLs and history states. Call it before the page's first navigation:
 * the history hook is an init script.
 */
export async function recordPrivacyTrail(page: Page): Promise<PrivacyTrail> {
  const trail: PrivacyTrail = { urls: [], historyStates: [] };
  page.on('framenavigated', (frame) => {
    trail.urls.push(frame.url());
  });
  await page.exposeFunction('__e2eRecordHistoryState', (json: string) => {
    trail.historyStates.push(json);
  });
  await page.addInitScript(() => {
    // Looked up at each call: the binding may be installed after this script.
    const record = (json: string) =>
      (
        globalThis as unknown as { __e2eRecordHistoryState?: (json: string) => Promise<void> }
      ).__e2eRecordHistoryState?.(json);
    const describe = (state: unknown, url: string | URL | null | undefined) => {
      let json: unknown;
      try {
        // JSON.stringify(undefined) is undefined, whatever its type says.
        json = JSON.stringify(state);
      } catch {
        json = '(not serialisable)';
      }
      return `${typeof json === 'string' ? json : 'undefined'} ${url === undefined || url === null ? '' : String(url)}`;
    };
    for (const method of ['pushState', 'replaceState'] as const) {
      // Called below with the History it was called on.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const original = History.prototype[method];
      History.prototype[method] = function (
        this: History,
        state: unknown,
        unused: string,
        url?: string | URL | null,
      ) {
        void record(describe(state, url));
        original.call(this, state, unused, url);
      };
    }
  });
  return trail;
}

/** Reads the page's history state, Web Storage, IndexedDB databases (but the mock's) and caches. */
async function readBrowserStores(page: Page): Promise<BrowserStores> {
  return page.evaluate(async (mockName) => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    const requestResult = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('IndexedDB request failed'));
        };
      });
    const serialise = (value: unknown) => {
      try {
        return JSON.stringify(value, (_key, inner: unknown) =>
          inner instanceof Blob || inner instanceof ArrayBuffer || ArrayBuffer.isView(inner)
            ? `[${typeof inner}]`
            : inner,
        );
      } catch {
        return String(value);
      }
    };
    const dumpDatabase = async (name: string) => {
      const db = await requestResult(indexedDB.open(name));
      try {
        const parts: string[] = [];
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const [keys, values] = await Promise.all([
            requestResult(store.getAllKeys()),
            requestResult(store.getAll()),
          ]);
          parts.push(`${storeName}: ${serialise(keys)} ${serialise(values)}`);
        }
        return parts.join('\n');
      } finally {
        db.close();
      }
    };
    const databases: BrowserStores['databases'] = [];
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? '';
      databases.push({
        name,
        version: info.version ?? 0,
        contents: name === mockName ? '(the mock API’s storage: not checked)' : await dumpDatabase(name),
      });
    }
    const cached: string[] = [];
    if ('caches' in globalThis) {
      for (const cacheName of await caches.keys()) {
        const cache = await caches.open(cacheName);
        cached.push(cacheName, ...(await cache.keys()).map((request) => request.url));
      }
    }
    return {
      historyState: serialise(history.state),
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      databases,
      caches: cached,
    };
  }, mockDatabaseName);
}

/** `text` and, when it is URL-encoded, its decoded form. */
function withDecoded(text: string): string {
  try {
    const decoded = decodeURIComponent(text.replaceAll('+', ' '));
    return decoded === text ? text : `${text}\n${decoded}`;
  } catch {
    return text;
  }
}

/** What in `text` looks like, or is, personal data: the given values, and any unmasked email or phone number. */
export function findPersonalData(text: string, values: readonly string[]): string[] {
  const haystack = withDecoded(text);
  const lower = haystack.toLowerCase();
  const found = new Set<string>();
  for (const value of values) {
    if (value !== '' && lower.includes(value.toLowerCase())) found.add(`"${value}"`);
  }
  for (const match of haystack.matchAll(emailPattern)) {
    if (!match[0].toLowerCase().endsWith(staffEmailDomain)) found.add(`email ${match[0]}`);
  }
  for (const match of haystack.matchAll(phonePattern)) found.add(`phone ${match[0]}`);
  return [...found];
}

/**
 * Fails when any value (or any unmasked email address or phone number) is in a URL the page
 * visited, a history state it pushed or has now, Web Storage, cookies, Cache Storage or an
 * IndexedDB database other than the mock's. Returns the IndexedDB databases' names, for the report.
 */
export async function expectNoPersonalDataKept(
  page: Page,
  context: BrowserContext,
  trail: PrivacyTrail,
  values: readonly string[],
): Promise<string[]> {
  return test.step('no personal data in URLs, history state or browser storage', async () => {
    const stores = await readBrowserStores(page);
    const cookies = await context.cookies();
    /** Where → what was found there. */
    const findings: string[] = [];
    const check = (where: string, text: string) => {
      const found = findPersonalData(text, values);
      if (found.length > 0) findings.push(`${where}: ${found.join(', ')} in ${text.slice(0, 300)}`);
    };
    for (const url of [...new Set(trail.urls)]) check('URL', url);
    check('URL now', page.url());
    for (const state of [...new Set(trail.historyStates)]) check('history.pushState/replaceState', state);
    check('history.state now', stores.historyState);
    for (const entry of stores.localStorage) check('localStorage', entry);
    for (const entry of stores.sessionStorage) check('sessionStorage', entry);
    for (const cookie of cookies) check('cookie', `${cookie.name}=${cookie.value}`);
    for (const entry of stores.caches) check('Cache Storage', entry);
    for (const db of stores.databases) {
      check('IndexedDB database name', db.name);
      if (db.name !== mockDatabaseName) check(`IndexedDB "${db.name}" v${String(db.version)}`, db.contents);
    }
    expect(trail.urls.length, 'framenavigated recorded the URLs visited').toBeGreaterThan(0);
    expect(trail.historyStates.length, 'the history hook recorded the states pushed').toBeGreaterThan(0);
    expect(findings, 'personal data kept outside the mock API').toEqual([]);
    return stores.databases.map((db) => db.name);
  });
}
