import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type LazyRouteFunction, type RouteObject } from 'react-router';
import { requestsOpen } from '@/shared/api/http-client';
import type { PageModule } from '@/shared/lib/page-module';
import { sessionQueries } from '@/shared/session/session-queries';
import type { TabsHandle } from '@/shared/ui/route-tabs';
import { appRoutes, type AppRoute } from './route-table';
import { FullPageProgress } from './shell/full-page-progress';
import { NotFoundPage } from './shell/not-found-page';
import { RequireSession } from './shell/require-session';
import { RoleGate } from './shell/role-gate';
import { RouteErrorBoundary } from './shell/route-error-boundary';

/**
 * On the first page load the route waits this long at most (once requests may leave) for the
 * page's first data, so shell, page and rows render in one pass instead of a skeleton first; later
 * navigations never wait.
 */
export const firstDataWaitMs = 300;
let firstLoad = true;

/** The data, or the wait's end counted from when requests may leave (the demo's mock starting first). */
function briefly(pending: Promise<unknown>): Promise<unknown> {
  const cap = requestsOpen().then(() => new Promise((resolve) => setTimeout(resolve, firstDataWaitMs)));
  return Promise.race([pending, cap]);
}

/**
 * A page module as a lazy route. Its `prefetch` runs as the route's loader: the page's first
 * request leaves alongside the session check instead of after it. Only the first load of the
 * console waits for it (briefly); a later navigation shows the page at once.
 */
function lazyPage(load: () => Promise<PageModule>, queryClient: QueryClient): LazyRouteFunction<RouteObject> {
  return async () => {
    const { Component, prefetch } = await load();
    if (!prefetch) return { Component };
    return {
      Component,
      loader: async ({ request, params }) => {
        const pending = prefetch({ queryClient, url: new URL(request.url), params });
        if (firstLoad && pending) {
          await briefly(pending);
          firstLoad = false;
        }
        return null;
      },
    };
  };
}

/** A page with tabs is a layout; each tab is a child route with its own role gate and code. */
function pageRoute(route: AppRoute, queryClient: QueryClient): RouteObject {
  const { tabs } = route;
  const lazy = lazyPage(route.lazy, queryClient);
  if (!tabs?.length) return { index: true, lazy, errorElement: <RouteErrorBoundary /> };
  const handle: TabsHandle = {
    tabs: tabs.map(({ path, title, permission }) => ({ path, title, permission })),
  };
  return {
    lazy,
    handle,
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <Navigate to={tabs[0]?.path ?? '.'} replace /> },
      ...tabs.map((tab): RouteObject => ({
        path: tab.path,
        element: <RoleGate route={tab} />,
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, lazy: lazyPage(tab.lazy, queryClient), errorElement: <RouteErrorBoundary /> },
        ],
      })),
    ],
  };
}

export function createRouteObjects(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/sign-in',
      lazy: lazyPage(() => import('@/features/sign-in/pages/sign-in-page'), queryClient),
      hydrateFallbackElement: <FullPageProgress />,
      errorElement: <RouteErrorBoundary />,
    },
    {
      element: <RequireSession />,
      hydrateFallbackElement: <FullPageProgress />,
      errorElement: <RouteErrorBoundary />,
      loader: () => {
        queryClient.query(sessionQueries.current()).catch(() => undefined);
        return null;
      },
      children: [
        ...appRoutes.map((route): RouteObject => ({
          path: route.path,
          element: <RoleGate route={route} />,
          errorElement: <RouteErrorBoundary />,
          children: [pageRoute(route, queryClient)],
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
