// First: starts the demo's mock API before the rest of the app's code is evaluated.
import { mockStarted } from './mock-start';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { EndpointFamily } from '@mocks/settings';
import { setRequestGate } from '@/shared/api/http-client';
import type { MockControls } from './mock/mock-controls';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRouteObjects } from './router';
import { DevToolsContext, type DevToolPlacement } from './shell/dev-tools';
import './global.css';

// The demo build runs on the embedded mock API. The page renders while the worker starts; only
// API calls wait for it. The real build drops this branch, and the mock with it.
const mockOn = import.meta.env.VITE_MOCK === 'true';
if (mockStarted) setRequestGate(mockStarted);
// Only the demo build has the settings panel: in the real build this is `null` and the panel's
// chunks and the mock modules it imports are not built at all (`npm run check:budget` checks it).
const MockSettingsPanel = mockOn
  ? lazy(async () => {
      const [panel, controls] = await Promise.all([import('./mock/mock-settings-panel'), loadMockControls()]);
      return {
        default: ({ placement }: { placement: DevToolPlacement }) => (
          <panel.MockSettingsPanel controls={controls} placement={placement} />
        ),
      };
    })
  : null;

// The dev server's query devtools, as a button in the same place (never floating over a table).
const QueryDevtools =
  import.meta.env.DEV && import.meta.env.MODE !== 'test'
    ? lazy(() =>
        import('@tanstack/react-query-devtools').then((module) => ({ default: module.ReactQueryDevtools })),
      )
    : null;

/** The demo's dev tools, docked in the shell's top bar (see `shell/dev-tools.tsx`). */
function renderDemoDevTools(placement: DevToolPlacement) {
  return MockSettingsPanel ? (
    <Suspense fallback={null}>
      <MockSettingsPanel placement={placement} />
      {QueryDevtools ? <QueryDevtools buttonPosition="relative" /> : null}
    </Suspense>
  ) : null;
}

/** The narrow interface the settings panel gets to the mock (see `mock/mock-controls.ts`). */
async function loadMockControls(): Promise<MockControls> {
  const [mockSettings, database] = await Promise.all([
    import('@mocks/settings'),
    import('@mocks/db/database'),
  ]);
  const isFamily = (family: string): family is EndpointFamily =>
    (mockSettings.endpointFamilies as readonly string[]).includes(family);
  return {
    families: mockSettings.endpointFamilies,
    latencyMs: () => mockSettings.settings.latencyMs,
    faultOf: (family) => (isFamily(family) ? mockSettings.settings.faults[family] : undefined),
    setLatency: mockSettings.setLatency,
    setFault: (family, fault) => {
      if (isFamily(family)) mockSettings.setFault(family, fault);
    },
    clearFaults: mockSettings.clearFaults,
    resetDemoData: () => database.resetDemoData(),
  };
}

const queryClient = createQueryClient();
const router = createBrowserRouter(createRouteObjects(queryClient));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <DevToolsContext value={mockOn ? renderDemoDevTools : null}>
        <RouterProvider router={router} />
      </DevToolsContext>
    </Providers>
  </StrictMode>,
);
