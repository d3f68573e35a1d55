import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { createRouteObjects } from '@/app/router';

// Two shared cores run the suite: lazy routes and the mock's first seeding can take seconds.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no matchMedia; the theme asks it for the system's colour scheme.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) =>
      Object.assign(new EventTarget(), {
        matches: false,
        media: query,
        onchange: null,
        // The older listener API, still called by MUI's media queries.
        addListener: () => undefined,
        removeListener: () => undefined,
      }) as unknown as MediaQueryList,
  });
}

interface RenderAppOptions {
  queryClient?: QueryClient;
  /** Options for user-event (fake timers need `advanceTimers`). */
  userOptions?: Parameters<typeof userEvent.setup>[0];
}

/** The whole console (routes, shell, providers) at `path`, as a person would open it. */
export function renderApp(
  path = '/',
  { queryClient = createQueryClient(), userOptions }: RenderAppOptions = {},
) {
  const router = createMemoryRouter(createRouteObjects(queryClient), { initialEntries: [path] });
  const user = userEvent.setup(userOptions);
  const utils = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...utils, router, queryClient, user };
}

/** Where the app is now: path plus query string. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}
