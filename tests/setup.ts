import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configureClient } from '@/shared/api/http-client';
import { forgetSearchTexts } from '@/shared/lib/use-history-search-text';
import { forgetRoles } from '@/shared/session/role-hint';
import { forgetFocusedRows } from '@/shared/ui/list/row-keyboard';
import { clock } from '@mocks/clock';
import { resetDb } from '@mocks/db/database';
import { revokeAllSessions, writeSessionCookie } from '@mocks/http/session-token';
import { server } from '@mocks/node';
import { resetSettings } from '@mocks/settings';

/**
 * Every test starts from the same mock: the pure seed at real time, no faults, no latency, nobody
 * signed in. A request without a handler fails the test that made it (MSW alone would only
 * reject that fetch, which a component may swallow into an error state).
 */

const unhandled: string[] = [];

function resetMock(): void {
  resetSettings({ latencyMs: 0 });
  clock.reset();
  resetDb();
  revokeAllSessions();
  writeSessionCookie(null);
  // The browser's role hint (a cookie of the page) goes with the session it describes.
  forgetRoles();
}

beforeAll(() => {
  // Reads still retry three times, as in the console, but without seconds of backoff per failure:
  // the backoff itself is tested in http-client.test.ts, and a test waiting on an error state
  // should not spend its time sleeping (a loaded machine gives it little enough).
  configureClient({ retryBaseDelayMs: 5, retryMaxDelayMs: 50 });
  resetMock();
  server.listen({
    onUnhandledRequest(request, print) {
      unhandled.push(`${request.method} ${request.url}`);
      print.error();
    },
  });
});

afterEach(() => {
  cleanup();
  // The console's in-memory search texts outlive a render, as they outlive a page in a tab.
  forgetSearchTexts();
  forgetFocusedRows();
  server.resetHandlers();
  server.events.removeAllListeners();
  resetMock();
  if (unhandled.length > 0) {
    const requests = unhandled.splice(0);
    throw new Error(`Requests without a mock handler:\n  ${requests.join('\n  ')}`);
  }
});

afterAll(() => {
  server.close();
});
