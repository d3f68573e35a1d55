import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type LazyRouteFunction, type RouteObject } from 'react-router';
import type { PageModule } from '@/shared/lib/page-module';
import { routePatterns } from '@/shared/lib/paths';
import { sessionQueries } from '@/shared/session/session-queries';
import type { TabsHandle } from '@/shared/ui/route-tabs';
import { appRoutes, type AppRoute } from './route-table';
import { FullPageProgress } from './shell/full-page-progress';
import { NotFoundPage } from './shell/not-found-page';
import { RequireSession } from './shell/require-session';
import { RoleGate } from './shell/role-gate';
import { RouteErrorBoundary } from './shell/route-error-boundary';

/**
 * A page module as a lazy route. Its `prefetch` runs as the route's loader without blocking the
 * navigation: the page's first request leaves alongside the session check instead of after it.
 */
function lazyPage(load: () => Promise<PageModule>, queryClient: QueryClient): LazyRouteFunction<RouteObject> {
  return async () => {
    const { Component, prefetch } = await load();
    if (!prefetch) return { Component };
    return {
      Component,
      loader: ({ request, params }) => {
        prefetch({ queryClient, url: new URL(request.url), params });
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
      path: routePatterns.signIn,
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
