// First: starts the demo's mock API before the rest of the app's code is evaluated.
import { mockStarted } from './mock-start';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setRequestGate } from '@/shared/api/http-client';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRouteObjects } from './router';
import './global.css';

// The demo build runs on the embedded mock API. The page renders while the worker starts; only
// API calls wait for it. The real build drops this branch, and the mock with it.
const mockOn = import.meta.env.VITE_MOCK === 'true';
if (mockStarted) setRequestGate(mockStarted);
const MockSettingsPanel = mockOn
  ? lazy(() => import('./mock/mock-settings-panel').then((module) => ({ default: module.MockSettingsPanel })))
  : () => null;

const queryClient = createQueryClient();
const router = createBrowserRouter(createRouteObjects(queryClient));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
      {mockOn ? (
        <Suspense fallback={null}>
          <MockSettingsPanel />
        </Suspense>
      ) : null}
    </Providers>
  </StrictMode>,
);
