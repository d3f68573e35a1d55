import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type LazyRouteFunction, type RouteObject } from 'react-router';
import { hasPermission, type Permission, type Role } from '@/shared/contract/roles';
import type { PageModule } from '@/shared/lib/page-module';
import { routePatterns } from '@/shared/lib/paths';
import { hintedRoles } from '@/shared/session/role-hint';
import { sessionQueries } from '@/shared/session/session-queries';
import type { TabsHandle } from '@/shared/ui/route-tabs';
import { appRoutes, type AppRoute } from './route-table';
import { FullPageProgress } from './shell/full-page-progress';
import { NotFoundPage } from './shell/not-found-page';
import { PageChangeLayout, type PageHandle } from './shell/page-change';
import { RequireSession } from './shell/require-session';
import { RoleGate } from './shell/role-gate';
import { RouteErrorBoundary } from './shell/route-error-boundary';

/**
 * A page module as a lazy route. Its `prefetch` runs as the route's loader without blocking the
 * navigation, once the session is known (the shell's loader has already asked for it, so this
 * waits on the same request) and only when the person's roles hold every one of `permissions`:
 * a deep link to a page the role cannot open, or a signed-out one, sends no data request at all.
 * The page's first request still leaves as soon as the session is known, not after its render —
 * or with the session check itself when this browser session's role hint (`role-hint.ts`) already
 * opens the page.
 */
function lazyPage(
  load: () => Promise<PageModule>,
  queryClient: QueryClient,
  permissions: readonly Permission[] = [],
): LazyRouteFunction<RouteObject> {
  return async () => {
    const { Component, prefetch } = await load();
    if (!prefetch) return { Component };
    return {
      Component,
      loader: ({ request, params }) => {
        const url = new URL(request.url);
        const cached = queryClient.getQueryData(sessionQueries.current().queryKey);
        const allowed = (roles: readonly Role[]) =>
          permissions.every((permission) => hasPermission(roles, permission));
        // A first page of this browser session whose hinted roles open it: its request leaves
        // beside the session check, not a round trip after it (decision 36).
        const hinted = cached === undefined ? hintedRoles() : null;
        if (hinted && allowed(hinted)) {
          prefetch({ queryClient, url, params });
          return null;
        }
        const session =
          cached === undefined ? queryClient.query(sessionQueries.current()) : Promise.resolve(cached);
        session
          .then((session) => {
            if (!session) return;
            if (!allowed(session.staff.roles)) return;
            prefetch({ queryClient, url, params });
          })
          .catch(() => undefined);
        return null;
      },
    };
  };
}

/** A page with tabs is a layout; each tab is a child route with its own role gate and code. */
function pageRoute(route: AppRoute, queryClient: QueryClient): RouteObject {
  const { tabs } = route;
  const lazy = lazyPage(route.lazy, queryClient, [route.permission]);
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
          {
            index: true,
            lazy: lazyPage(tab.lazy, queryClient, [route.permission, tab.permission]),
            errorElement: <RouteErrorBoundary />,
          },
        ],
      })),
    ],
  };
}

/**
 * The browser tab's title of a view: its name, or for a record the record's id from the URL —
 * never a customer's name, which would stay in the browser's history on disk.
 */
function pageHandle(route: AppRoute): PageHandle {
  const { title } = route;
  return { title: route.path.includes(':id') ? (params) => params.id ?? title : () => title };
}

/** The whole console's routes: sign-in, then every view behind the session check and its role gate. */
export function createRouteObjects(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <PageChangeLayout />,
      hydrateFallbackElement: <FullPageProgress />,
      children: [
        {
          path: routePatterns.signIn,
          lazy: lazyPage(() => import('@/features/sign-in/pages/sign-in-page'), queryClient),
          handle: { title: () => 'Sign in' } satisfies PageHandle,
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
              handle: pageHandle(route),
              errorElement: <RouteErrorBoundary />,
              children: [pageRoute(route, queryClient)],
            })),
            {
              path: '*',
              element: <NotFoundPage />,
              handle: { title: () => 'Page not found' } satisfies PageHandle,
            },
          ],
        },
      ],
    },
  ];
}
