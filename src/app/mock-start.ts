/**
 * The demo build's mock API, started before anything else of the app is evaluated: `main.tsx`
 * imports this module first, so the mock's chunk (msw, the handlers) starts loading and its seed
 * worker and service worker start while React, MUI and the routes are still being evaluated —
 * not after them. Holds the promise `startMock()` returns (settles when the mock answers
 * requests; `main.tsx` makes it the API client's request gate), or `null` outside the demo build,
 * where this branch and the mock are dropped at build time (`npm run check:budget` checks it).
 */
export const mockStarted: Promise<void> | null =
  import.meta.env.VITE_MOCK === 'true' ? import('@mocks/browser').then((mock) => mock.startMock()) : null;
