#!/usr/bin/env node
// `npm run bench`: the figures of DESIGN "Performance", measured the same way every time.
//
//   node scripts/bench.mjs [--skip-build] [--runs N]
//
// 1. builds the real-API build (dist/, for sizes) and the demo build (dist-demo/, on the mock);
// 2. prints the JS gzip sizes per route from dist/ (the same computation as check-budget);
// 3. serves dist-demo/ on a free port and drives headless chromium: N first visits in fresh
//    browser contexts (the mock's worker installs) and N reloads with the worker installed, each
//    timing `mock:ready`, `shell:ready` (on `/`, signed in) and `audit:first-rows` (the privacy
//    officer on `/audit`) from navigation start, and the JS heap after a forced GC.
// It is a script, not a test: it prints, stops by itself within a bounded time, and always stops
// the server and the browser it started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { budgetTable, computeBundleSizes, formatTable, kb } from './bundle-sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1]) || 5) : 5;

const overallTimeoutMs = 12 * 60_000;
const buildTimeoutMs = 5 * 60_000;
const markTimeoutMs = 30_000;
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const dpo = { email: 'dpo@digfashions.example', password: 'demo' };

/** Budgets from DESIGN "Performance" (ms / MB). */
const budgets = {
  firstRowsCold: 1600,
  firstRowsWarm: 1000,
  firstRowsAfterMock: 250,
  heapMb: 16,
};

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
/** @type {import('@playwright/test').Browser | null} */
let browser = null;
/** @type {import('node:child_process').ChildProcess | null} */
let build = null;

/** npm starts vite in a child of its own: the whole process group goes. */
function stopBuild() {
  if (build?.pid && build.exitCode === null) {
    try {
      process.kill(-build.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  build = null;
}

function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
  server = null;
}

async function cleanUp() {
  stopBuild();
  const closing = browser?.close().catch(() => undefined);
  browser = null;
  stopServer();
  await closing;
}

process.on('exit', () => {
  stopBuild();
  stopServer();
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${String(overallTimeoutMs / 60_000)} minutes`);
  void cleanUp().finally(() => process.exit(1));
}, overallTimeoutMs);
watchdog.unref();

function loadAverage() {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

/**
 * Runs an npm script, quietly; its output is shown only when it fails.
 * @param {string} script
 */
function runNpm(script) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env, detached: true });
    build = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(stopBuild, buildTimeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      build = null;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`  npm run ${script}: ok (${seconds} s)`);
        resolve(undefined);
      } else {
        console.error(output.split('\n').slice(-40).join('\n'));
        reject(new Error(`npm run ${script} failed (${signal ?? `exit ${String(code)}`}) after ${seconds} s`));
      }
    });
  });
}

/** @returns {Promise<number>} a port nobody listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** @param {number} port @returns {Promise<string>} the base URL once the server says it is ready */
function startServer(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', 'dist-demo', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start within 15 s:\n${output}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('Serving ')) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${String(port)}`);
      }
    });
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited (${String(code)}):\n${output}`));
    });
  });
}

/**
 * Waits for a performance mark of the current document and returns its time since navigation start.
 * @param {import('@playwright/test').Page} page @param {string} name
 */
async function markTime(page, name) {
  const handle = await page.waitForFunction(
    (markName) => {
      const entry = performance.getEntriesByName(markName, 'mark')[0];
      return entry ? entry.startTime : false;
    },
    name,
    { timeout: markTimeoutMs, polling: 20 },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/** @param {import('@playwright/test').Page} page @returns {Promise<number>} MB used after a GC */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize / (1024 * 1024);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Fails early and clearly when the page did not end up where the bench expects (e.g. no session).
 * @param {import('@playwright/test').Page} page @param {RegExp} pathPattern
 */
function expectPath(page, pathPattern) {
  const { pathname } = new URL(page.url());
  if (!pathPattern.test(pathname)) throw new Error(`expected ${String(pathPattern)}, the page is at ${page.url()}`);
}

/**
 * One measurement of `/` (mock:ready, shell:ready, heap) in a page that has a session.
 * @param {import('@playwright/test').Page} page @param {'goto' | 'reload'} how @param {string} baseUrl
 */
async function measureHome(page, how, baseUrl) {
  if (how === 'goto') await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  else await page.reload({ waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const shellReady = await markTime(page, 'shell:ready');
  expectPath(page, /^\/$/);
  await page.getByRole('heading', { name: /^Hello, / }).waitFor({ timeout: markTimeoutMs });
  const heap = await heapAfterGc(page);
  return { mockReady, shellReady, heap };
}

/**
 * One measurement of `/audit` (mock:ready, audit:first-rows, heap) in a page that has a session.
 * @param {import('@playwright/test').Page} page @param {'goto' | 'reload'} how @param {string} baseUrl
 */
async function measureAudit(page, how, baseUrl) {
  if (how === 'goto') await page.goto(`${baseUrl}/audit`, { waitUntil: 'commit' });
  else await page.reload({ waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstRows = await markTime(page, 'audit:first-rows');
  expectPath(page, /^\/audit$/);
  const heap = await heapAfterGc(page);
  return { mockReady, firstRows, heap };
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

async function main() {
  console.log(`Privacy Console bench — ${new Date().toISOString()}`);
  console.log(`machine: ${String(os.cpus().length)} CPU(s), node ${process.version}; load average (1/5/15 min) at start: ${loadAverage()}\n`);

  if (skipBuild) {
    console.log('Builds: skipped (--skip-build), using dist/ and dist-demo/ as they are');
  } else {
    console.log('Builds:');
    await runNpm('build');
    await runNpm('build:demo');
  }

  console.log('\nJS per route, gzip level 9, from dist/ (the real-API build; the mock is not in it):\n');
  const sizes = computeBundleSizes(path.join(root, 'dist'));
  console.log(budgetTable(sizes).table);
  console.log(
    sizes.mockFindings.length === 0 ? '\nmock in dist/: none' : `\nmock in dist/: ${sizes.mockFindings.join('; ')}`,
  );

  const baseUrl = await startServer(await freePort());
  console.log(`\nServing dist-demo/ at ${baseUrl}; load average before the browser runs: ${loadAverage()}`);
  browser = await chromium.launch({
    headless: true,
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromeArgs,
  });
  const contextOptions = { viewport: { width: 1280, height: 800 }, serviceWorkers: /** @type {const} */ ('allow') };

  // Setup: sign in once through the form; fresh contexts start from this session (cookie and the
  // mock's IndexedDB) but not from its service worker, so each is a first visit for the worker.
  const setup = await browser.newContext(contextOptions);
  const setupPage = await setup.newPage();
  await setupPage.goto(`${baseUrl}/sign-in`);
  await setupPage.getByRole('textbox', { name: 'Email', exact: true }).fill(dpo.email);
  await setupPage.getByRole('textbox', { name: 'Password', exact: true }).fill(dpo.password);
  await setupPage.getByRole('button', { name: 'Sign in', exact: true }).click();
  await setupPage.getByTestId('signed-in-name').waitFor({ timeout: markTimeoutMs });
  const signedIn = await setup.storageState({ indexedDB: true });
  await setup.close();

  /** @type {Record<'cold' | 'warm', { mock: number[]; shell: number[]; rows: number[]; rowsAfterMock: number[]; heapHome: number[]; heapAudit: number[] }>} */
  const samples = {
    cold: { mock: [], shell: [], rows: [], rowsAfterMock: [], heapHome: [], heapAudit: [] },
    warm: { mock: [], shell: [], rows: [], rowsAfterMock: [], heapHome: [], heapAudit: [] },
  };

  console.log(`\nFirst visits (${String(runs)} fresh contexts each for / and /audit):`);
  for (let run = 1; run <= runs; run += 1) {
    const homeContext = await browser.newContext({ ...contextOptions, storageState: signedIn });
    const home = await measureHome(await homeContext.newPage(), 'goto', baseUrl);
    await homeContext.close();
    const auditContext = await browser.newContext({ ...contextOptions, storageState: signedIn });
    const audit = await measureAudit(await auditContext.newPage(), 'goto', baseUrl);
    await auditContext.close();
    samples.cold.mock.push(home.mockReady);
    samples.cold.shell.push(home.shellReady);
    samples.cold.heapHome.push(home.heap);
    samples.cold.rows.push(audit.firstRows);
    samples.cold.rowsAfterMock.push(audit.firstRows - audit.mockReady);
    samples.cold.heapAudit.push(audit.heap);
    console.log(
      `  run ${String(run)}: mock:ready ${home.mockReady.toFixed(0)} ms, shell:ready ${home.shellReady.toFixed(0)} ms, audit:first-rows ${audit.firstRows.toFixed(0)} ms, heap ${home.heap.toFixed(1)} / ${audit.heap.toFixed(1)} MB`,
    );
  }

  console.log(`\nWith the worker installed (${String(runs)} reloads each of / and /audit in one context):`);
  const warmContext = await browser.newContext({ ...contextOptions, storageState: signedIn });
  const warmPage = await warmContext.newPage();
  await measureHome(warmPage, 'goto', baseUrl); // installs the worker; not counted
  /** @type {{ mockReady: number; shellReady: number; heap: number }[]} */
  const warmHome = [];
  for (let run = 1; run <= runs; run += 1) warmHome.push(await measureHome(warmPage, 'reload', baseUrl));
  await measureAudit(warmPage, 'goto', baseUrl); // loads the route's chunk once; not counted
  /** @type {{ mockReady: number; firstRows: number; heap: number }[]} */
  const warmAudit = [];
  for (let run = 1; run <= runs; run += 1) warmAudit.push(await measureAudit(warmPage, 'reload', baseUrl));
  await warmContext.close();
  for (let i = 0; i < runs; i += 1) {
    const home = warmHome[i];
    const audit = warmAudit[i];
    if (!home || !audit) continue;
    samples.warm.mock.push(home.mockReady);
    samples.warm.shell.push(home.shellReady);
    samples.warm.heapHome.push(home.heap);
    samples.warm.rows.push(audit.firstRows);
    samples.warm.rowsAfterMock.push(audit.firstRows - audit.mockReady);
    samples.warm.heapAudit.push(audit.heap);
    console.log(
      `  run ${String(i + 1)}: mock:ready ${home.mockReady.toFixed(0)} ms, shell:ready ${home.shellReady.toFixed(0)} ms, audit:first-rows ${audit.firstRows.toFixed(0)} ms, heap ${home.heap.toFixed(1)} / ${audit.heap.toFixed(1)} MB`,
    );
  }

  await cleanUp();

  /** @param {number[]} values @param {number} digits */
  const cells = (values, digits) => {
    const { median, min, max } = stats(values);
    return [median.toFixed(digits), min.toFixed(digits), max.toFixed(digits)];
  };
  /** @param {number} value @param {number | null} budget */
  const verdict = (value, budget) => (budget === null ? '' : value <= budget ? 'OK' : 'OVER');
  /**
   * @param {string} label @param {number[]} cold @param {number[]} warm @param {number} digits
   * @param {number | null} coldBudget @param {number | null} warmBudget @param {string} budgetText
   */
  const row = (label, cold, warm, digits, coldBudget, warmBudget, budgetText) => {
    const coldVerdict = verdict(stats(cold).median, coldBudget);
    const warmVerdict = verdict(stats(warm).median, warmBudget);
    const status = [coldVerdict && `first ${coldVerdict}`, warmVerdict && `installed ${warmVerdict}`].filter(Boolean).join(', ');
    return [label, ...cells(cold, digits), ...cells(warm, digits), budgetText, status];
  };

  const rows = [
    row('mock:ready (ms)', samples.cold.mock, samples.warm.mock, 0, null, null, '—'),
    row('shell:ready on / (ms)', samples.cold.shell, samples.warm.shell, 0, null, null, '—'),
    row('audit:first-rows (ms)', samples.cold.rows, samples.warm.rows, 0, budgets.firstRowsCold, budgets.firstRowsWarm, '1600 / 1000'),
    row('  first rows − mock:ready (ms)', samples.cold.rowsAfterMock, samples.warm.rowsAfterMock, 0, budgets.firstRowsAfterMock, budgets.firstRowsAfterMock, '250'),
    row('JS heap after GC, / (MB)', samples.cold.heapHome, samples.warm.heapHome, 1, budgets.heapMb, budgets.heapMb, '16'),
    row('JS heap after GC, /audit (MB)', samples.cold.heapAudit, samples.warm.heapAudit, 1, budgets.heapMb, budgets.heapMb, '16'),
  ];
  console.log(
    `\nTimings from navigation start (${String(runs)} runs each; privacy officer; mock latency as configured, 100 ms by default):\n`,
  );
  console.log(
    formatTable(
      ['metric', 'first: median', 'min', 'max', 'installed: median', 'min', 'max', 'budget', 'median vs budget'],
      rows,
      [false, true, true, true, true, true, true, false, false],
    ),
  );
  console.log(`\nentry JS ${kb(sizes.entry.size)} KB gzip; load average (1/5/15 min) at end: ${loadAverage()}`);
}

try {
  await main();
  clearTimeout(watchdog);
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error(`load average (1/5/15 min) at end: ${loadAverage()}`);
  await cleanUp();
  process.exit(1);
}
process.exit(0);
