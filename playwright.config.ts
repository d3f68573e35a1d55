import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end journeys in Debian's chromium (browsers are not downloaded) against the demo build,
 * which runs on the embedded mock API. `npm run test:e2e` builds `dist-demo/` first.
 */
const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${String(port)}`;
const isCI = Boolean(process.env.CI);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  // Three browsers on two cores: the journeys mostly wait on the mock's latency (decision 81).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  // Upper bounds for conditions, not sleeps: CI may share the two cores with other work.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // `list` for people; the summary reporter prints one countable last line for `.ci/run`.
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node scripts/serve.mjs dist-demo ${String(port)}`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
