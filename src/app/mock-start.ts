/**
 * The demo build's mock API, started before anything else of the app is evaluated: `main.tsx`
 * imports this module first. Two chunks, both preloaded from the HTML: `@mocks/start-seeding`
 * (a few KB) starts the seed worker as soon as it arrives, and `@mocks/browser` (msw, the
 * handlers) starts the service worker once it is evaluated — while React, MUI and the routes are
 * still being evaluated, not after them. Holds the promise `startMock()` returns (settles when
 * the mock answers requests; `main.tsx` makes it the API client's request gate), or `null` outside
 * the demo build, where this branch and the mock are dropped at build time (`npm run
 * check:budget` checks it).
 */
export const mockStarted: Promise<void> | null =
  import.meta.env.VITE_MOCK === 'true'
    ? Promise.all([
        import('@mocks/start-seeding').then((seeding) => seeding.startSeeding()),
        import('@mocks/browser'),
      ]).then(([seeding, mock]) => mock.startMock(seeding))
    : null;
