import type { RouteObject } from 'react-router';
import { appRoutes } from './route-table';
import { NotFoundPage } from './shell/not-found-page';
import { RequireSession } from './shell/require-session';
import { RoleGate } from './shell/role-gate';
import { RouteErrorBoundary } from './shell/route-error-boundary';

export const routeObjects: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('@/features/sign-in/pages/sign-in-page'),
    errorElement: <RouteErrorBoundary />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorBoundary />,
    children: [
      ...appRoutes.map((route): RouteObject => ({
        path: route.path,
        element: <RoleGate route={route} />,
        errorElement: <RouteErrorBoundary />,
        children: [{ index: true, lazy: route.lazy, errorElement: <RouteErrorBoundary /> }],
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
