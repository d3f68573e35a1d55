#!/usr/bin/env node
// `npm run bench`: the figures of DESIGN "Performance", measured the same way every time.
//
//   node scripts/bench.mjs [--skip-build] [--runs N] [--no-peer | --peer-only] [--peer-runs N]
//
// 1. builds the real-API build (dist/, for sizes) and the demo build (dist-demo/, on the mock);
// 2. prints the JS gzip sizes per route from dist/ (the same computation as check-budget);
// 3. serves dist-demo/ on a free port and drives headless chromium: N first visits in fresh
//    browser contexts (the mock's worker installs) and N reloads with the worker installed, each
//    timing `mock:ready`, `shell:ready` (on `/`, signed in) and `audit:first-rows` (the privacy
//    officer on `/audit`) from navigation start, and the JS heap after a forced GC;
// 4. on `/accounts`, in the same two kinds of runs: `accounts:first-rows`; a search typed like a
//    person types ("hoffmann", 60 ms between keys): last key → the request leaves (`page.on('request')`)
//    and → the table holds only matching rows (a MutationObserver in the page), the long tasks while
//    typing; the JS heap after GC with the mock's accounts loaded; a click on a row → `account:header`;
// 5. on `/alerts`, in the same two kinds of runs: `alerts:first-rows` and the JS heap after GC; a
//    click on the "New" status filter: the reply's `responseEnd` (resource timing) → the table shows
//    only new alerts (a MutationObserver, which also notes whether the previous rows ever left the
//    screen while loading); `j` pressed 50 times: the long tasks meanwhile; "Select all on this
//    page" on 200 open alerts and "Assign to me": the click → the result report;
// 5b. on `/disclosures` (the ledger), in the same two kinds of runs: `disclosures:first-rows` and
//    the JS heap after GC; a change of the "Legal basis" filter: the reply's `responseEnd` → the
//    table shows only that basis; "Export CSV" of the whole ledger (every entry): the click → the
//    "Exported to …" toast, the rows in the file, and the longest task on the page meanwhile;
// 5c. on `/policies` (the policy versions), in the same two kinds of runs: `policies:first-rows`;
// 5e. on `/incidents` and one incident's workspace, in the same two kinds of runs:
//    `incidents:first-rows` and `incident:first-data`; then, once, the notification batch of the
//    known `sending` incident followed for a while: reads per second while it sends, while the tab
//    is hidden, and after it has finished (the mock clock moved on);
// 5d. the record form's hashing (bench-hash.mjs), the policy diff (bench-diff.mjs: two 20,000-word
//    versions, time to the diff and the longest task) and the policy editor (bench-editor.mjs:
//    keydown → preview updated on a 20,000-word draft, long tasks while typing);
// 6. runs `scripts/search-bench.mjs` (the mock's search in Node) when it exists and prints its
//    p50/p95/max lines;
// 7. runs the peer comparison of `../shared/peers` (the same accounts list built the react-admin
//    way, on the same fake API; its README says how): copies it to a temp dir, `npm ci` there once,
//    `node bench.mjs --compare` on dist-demo/ against the peer, and prints first rows, heap after
//    the list and JS, project ÷ peer (< 1 is better). Without the folder or the network it says so
//    and goes on. `--no-peer` skips it, `--peer-only` runs only it (after building dist-demo/
//    unless `--skip-build`), `--peer-runs N` (default 5) sets its runs.
// It is a script, not a test: it prints, stops by itself within a bounded time, and always stops
// the server and the browser it started.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { freePort } from './bench-standalone.mjs';
import { budgetTable, computeBundleSizes, formatTable, kb } from './bundle-sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1]) || 5) : 5;
const withPeer = !args.includes('--no-peer');
const peerOnly = args.includes('--peer-only');
const peerRunsIndex = args.indexOf('--peer-runs');
const peerRuns = peerRunsIndex >= 0 ? Math.max(1, Number(args[peerRunsIndex + 1]) || 5) : 5;

const overallTimeoutMs = (withPeer ? 24 : 12) * 60_000;
/** The peer comparison: `npm ci` of the harness and the peer's first build, then 2 × (runs + 1) visits. */
const peerTimeoutMs = 10 * 60_000;
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

/** The accounts search the bench types: a name fragment, as support would type it. */
const search = {
  text: 'hoffmann',
  keyDelayMs: 60,
  /** Lena Hoffmann (mocks/db/known-accounts.ts `marketingOptIn`): the row the bench opens. */
  openId: 'acc_ele67v',
};

/** Budgets from DESIGN "Performance" and the accounts issue (ms / MB / count). */
const budgets = {
  firstRowsCold: 1600,
  firstRowsWarm: 1000,
  firstRowsAfterMock: 250,
  /** An incident's workspace: its first data after mock:ready (ms). */
  incidentFirstDataAfterMock: 300,
  /** Reads of a sending batch per second (at most one per 2 s). */
  batchReadsPerSecond: 0.5,
  heapMb: 16,
  searchRequest: 200,
  searchRows: 500,
  searchLongTasks: 0,
  accountHeader: 400,
  alertsFilterRows: 150,
  alertsKeyLongTasks: 0,
  disclosuresFilterRows: 150,
  /** No task longer than this on the page while the whole ledger downloads (ms). */
  disclosuresExportLongTask: 100,
};

/** The ledger's interactions (the privacy officer may export, like legal). */
const disclosuresBench = {
  /** The "Legal basis" option chosen as the filter change; every row must then show its label. */
  filterBasis: 'contract',
  filterLabel: 'Contract',
};

/** The incidents feature's routes that must be in the manifest. */
const incidentsRoutes = ['incidents', 'incident'];
/** The disclosures feature's routes that must be in the manifest. */
const disclosuresRoutes = ['disclosures', 'disclosure', 'account/account-disclosures'];

/** The risk-alert queue's interactions (the privacy officer may change alerts, like an analyst). */
const alertsBench = {
  /** The status toggle clicked as the filter change; its rows must all show this status. */
  filterStatus: 'new',
  filterLabel: 'New',
  jPresses: 50,
  /** 200 open alerts: "Assign to me" applies to every one, however often the bench runs. */
  bulkPath: '/alerts?status=new,acknowledged,escalated&pageSize=200',
  bulkSize: 200,
};

/** The alerts feature's routes that must be in the manifest (its dialogs are listed when lazy). */
const alertsRoutes = ['alerts', 'alert'];

/** The routes of the accounts issue, as bundle-sizes.mjs names them. */
const accountsRoutes = ['accounts', 'account', 'account/profile', 'account/activity', 'account/consent'];

/**
 * In every page of a bench context, before the app's scripts: long tasks, input and click times
 * (event time stamps, ms since the document's time origin), read back as `window.__bench`.
 */
function benchInstrumentation() {
  /** @type {{ longTasks: { start: number; duration: number }[]; inputs: number[]; clicks: number[] }} */
  const state = { longTasks: [], inputs: [], clicks: [] };
  Object.defineProperty(globalThis, '__bench', { value: state });
  // Room for every request of a long visit: the alerts filter reads its reply's resource timing.
  performance.setResourceTimingBufferSize(2000);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the figures stay empty.
  }
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLInputElement) state.inputs.push(event.timeStamp);
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      state.clicks.push(event.timeStamp);
    },
    true,
  );
}

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
    const child = spawn('npm', ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
      detached: true,
    });
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
        reject(
          new Error(`npm run ${script} failed (${signal ?? `exit ${String(code)}`}) after ${seconds} s`),
        );
      }
    });
  });
}

/**
 * Runs `scripts/search-bench.mjs` (another engineer's: the mock's accounts search in Node) when it
 * exists, and keeps its summary lines: p50/p95/max, heap, over-budget.
 * @returns {Promise<{ lines: string[]; status: string; seconds: string } | null>}
 */
function runSearchBench() {
  const script = path.join(root, 'scripts', 'search-bench.mjs');
  if (!existsSync(script)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
      detached: true,
    });
    build = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(stopBuild, buildTimeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      build = null;
      const all = output.split('\n').map((line) => line.trimEnd());
      const lines = all.filter((line) =>
        /p50 .*p95 .*max|JS heap|^\s+(accounts seeded|\+ 50 queries|the accounts data)|^seed |OVER/.test(
          line,
        ),
      );
      const status = code === 0 ? 'exit 0' : `FAILED: ${signal ?? `exit ${String(code)}`}`;
      resolve({
        lines: lines.length > 0 || code === 0 ? lines.map((line) => line.trim()) : all.slice(-20),
        status,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      });
    });
  });
}

/**
 * Runs a command in a process group of its own (so `cleanUp` can stop it and its children), with a
 * time limit; resolves with its exit code (null when stopped) and what it printed.
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {string} cwd
 * @param {number} timeoutMs
 * @returns {Promise<{ code: number | null; stdout: string; stderr: string }>}
 */
function runQuietly(command, commandArgs, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
      detached: true,
    });
    build = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(stopBuild, timeoutMs);
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      build = null;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The peer comparison of `../shared/peers` (README there): this project's dist-demo/ against the
 * react-admin peer, interleaved in one browser. Prints the medians and the ratios project ÷ peer of
 * first rows, the heap after the list and the JS sent, or why it could not run; never throws.
 */
async function runPeerComparison() {
  const shared = path.resolve(root, '..', 'shared', 'peers');
  console.log(
    `\nPeer comparison (${shared}, ${String(peerRuns)} runs each, interleaved; ratio = project ÷ peer, < 1 is better):`,
  );
  if (!existsSync(path.join(shared, 'bench.mjs'))) {
    console.log(`  skipped: ${shared} has no bench.mjs`);
    return;
  }
  const harness = path.join(os.tmpdir(), 'privacy-console-peers');
  if (!existsSync(path.join(harness, 'node_modules'))) {
    rmSync(harness, { recursive: true, force: true });
    cpSync(shared, harness, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
    });
    const install = await runQuietly('npm', ['ci', '--no-audit', '--no-fund'], harness, peerTimeoutMs);
    if (install.code !== 0) {
      rmSync(path.join(harness, 'node_modules'), { recursive: true, force: true });
      console.log(
        `  skipped: npm ci in ${harness} failed (no network?): ${install.stderr.trim().split('\n').slice(-3).join(' / ')}`,
      );
      return;
    }
  }
  const app = {
    app: root,
    label: 'project',
    urlPath: '/accounts',
    distDir: 'dist-demo',
    build: false,
    searchSelector: 'role=textbox[name=/search accounts/i]',
    rowSelector: 'main tbody tr',
    // A surname both data sets hold, in Latin letters only: the harness waits until every visible
    // row's text holds the term, and "son" also finds 宋 (Song), written in its own script here.
    searchTerm: 'schmidt',
    loginScript: path.join(harness, 'login-support.mjs'),
  };
  const run = await runQuietly(
    process.execPath,
    [
      'bench.mjs',
      '--compare',
      JSON.stringify(app),
      path.join(harness, 'react-admin.bench.json'),
      '--runs',
      String(peerRuns),
      '--warmup',
      '1',
    ],
    harness,
    peerTimeoutMs,
  );
  /** @type {{ type?: string; app?: string; metrics?: Record<string, unknown> }[]} */
  const lines = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return {};
      }
    });
  const ratio = lines.findLast((line) => line.type === 'ratio');
  const project = lines.find((line) => line.type === 'summary' && line.app === 'project');
  const peer = lines.find((line) => line.type === 'summary' && line.app !== 'project');
  if (run.code !== 0 || !ratio?.metrics || !project?.metrics || !peer?.metrics) {
    console.log(
      `  failed (${run.code === null ? 'stopped' : `exit ${String(run.code)}`}): ${run.stderr.trim().split('\n').slice(-5).join(' / ')}`,
    );
    return;
  }
  /** @param {Record<string, unknown> | undefined} metrics @param {string} name */
  const median = (metrics, name) => {
    const metric = metrics?.[name];
    return typeof metric === 'object' && metric !== null && 'median' in metric ? Number(metric.median) : NaN;
  };
  const rows = [
    ['first rows (ms)', 'firstRowMs', 0, '≤ 0.6'],
    ['JS heap after the list (MB)', 'heapListMB', 2, '≤ 1.0'],
    ['JS heap after the search (MB)', 'heapSearchMB', 2, '—'],
    ['search (ms)', 'searchMs', 0, '—'],
    ['first paint (ms)', 'fcpMs', 0, '—'],
    ['JS sent, gzip (KB)', 'totalJsGzKB', 1, '—'],
  ].map(([label, name, digits, goal]) => [
    String(label),
    median(project.metrics, String(name)).toFixed(Number(digits)),
    median(peer.metrics, String(name)).toFixed(Number(digits)),
    Number(ratio.metrics?.[String(name)]).toFixed(2),
    String(goal),
  ]);
  console.log(
    formatTable(['metric', 'project median', 'peer median', 'ratio', 'goal'], rows, [
      false,
      true,
      true,
      true,
      false,
    ]),
  );
}

/** @param {number} port @returns {Promise<string>} the base URL once the server says it is ready */
function startServer(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', 'dist-demo', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`serve.mjs did not start within 15 s:\n${output}`)),
      15_000,
    );
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

/**
 * MB used after a GC: the V8 heap, and the typed arrays' backing stores, which V8 keeps outside it
 * (the mock's accounts index lives partly there).
 * @param {import('@playwright/test').Page} page @returns {Promise<{ heap: number; buffers: number }>}
 */
async function memoryAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = /** @type {{ usedSize: number; backingStorageSize?: number }} */ (
      await cdp.send('Runtime.getHeapUsage')
    );
    return { heap: usage.usedSize / (1024 * 1024), buffers: (usage.backingStorageSize ?? 0) / (1024 * 1024) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** @param {import('@playwright/test').Page} page @returns {Promise<number>} MB of V8 heap used after a GC */
async function heapAfterGc(page) {
  return (await memoryAfterGc(page)).heap;
}

/**
 * Fails early and clearly when the page did not end up where the bench expects (e.g. no session).
 * @param {import('@playwright/test').Page} page @param {RegExp} pathPattern
 */
function expectPath(page, pathPattern) {
  const { pathname } = new URL(page.url());
  if (!pathPattern.test(pathname))
    throw new Error(`expected ${String(pathPattern)}, the page is at ${page.url()}`);
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

/**
 * One visit of `/policies` in a page that has a session: `mock:ready` and `policies:first-rows`
 * (the version in force and the other sections on screen).
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measurePolicies(page, baseUrl) {
  await page.goto(`${baseUrl}/policies`, { waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstRows = await markTime(page, 'policies:first-rows');
  expectPath(page, /^\/policies$/);
  return { mockReady, firstRows };
}

/** The known incidents the bench opens (mocks/db/known-incidents.ts). */
const incidentsBench = { workspace: 'inc_6tsg1s', sending: 'inc_6v4x26', watchMs: 12_000, quietMs: 8_000 };

/**
 * One visit of `/incidents` in a page that has a session: `mock:ready` and `incidents:first-rows`.
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureIncidents(page, baseUrl) {
  await page.goto(`${baseUrl}/incidents`, { waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstRows = await markTime(page, 'incidents:first-rows');
  expectPath(page, /^\/incidents$/);
  return { mockReady, firstRows };
}

/**
 * One visit of an incident's workspace (one with a notice) in a page that has a session:
 * `mock:ready` and `incident:first-data` (the incident, its notices and its sections on screen).
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureIncident(page, baseUrl) {
  await page.goto(`${baseUrl}/incidents/${incidentsBench.workspace}`, { waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstData = await markTime(page, 'incident:first-data');
  expectPath(page, /^\/incidents\/inc_/);
  return { mockReady, firstData };
}

/**
 * The workspace of the incident whose notice is sending, followed as a person leaves it open:
 * the batch's reads (`GET …/notifications/{id}`) per second over `watchMs` while it sends, then
 * while the tab is hidden, then once the batch has finished (the mock clock moved an hour on).
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureBatchPolling(page, baseUrl) {
  /** @type {number[]} */
  const reads = [];
  page.on('request', (request) => {
    if (/\/notifications\/[^/?]+(\?|$)/.test(new URL(request.url()).pathname) && request.method() === 'GET')
      reads.push(Date.now());
  });
  await page.goto(`${baseUrl}/incidents/${incidentsBench.sending}`, { waitUntil: 'commit' });
  await page.getByRole('progressbar', { name: 'Messages sent' }).first().waitFor({ timeout: markTimeoutMs });
  // The known batch sends for minutes from the mock data's making (its anchor): a batch already
  // finished would measure nothing, so that is said rather than counted as zero reads.
  await page.getByText(/sent\.$|sending starts shortly\.$|^Sending completed|^Sending failed/).first().waitFor({ timeout: markTimeoutMs });
  if ((await page.getByText(/^Sending completed|^Sending failed/).count()) > 0)
    throw new Error(`the batch of ${incidentsBench.sending} had finished before it could be followed`);
  const count = (from, to) => reads.filter((at) => at >= from && at < to).length;
  // The waits below are the windows the reads are counted over (a person leaving the tab open),
  // and a half second for a visibility change to take effect: pacing, not conditions.
  let start = Date.now();
  await page.waitForTimeout(incidentsBench.watchMs);
  const sendingPerSecond = count(start, Date.now()) / (incidentsBench.watchMs / 1000);
  // Hidden: as the browser reports a tab in the background.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(500);
  start = Date.now();
  await page.waitForTimeout(incidentsBench.quietMs);
  const hiddenReads = count(start, Date.now());
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    // The mock's clock an hour on: the batch has finished by the next read.
    /** @type {{ privacyConsoleMock: { clock: { advance(ms: number): void } } }} */ (
      /** @type {unknown} */ (globalThis)
    ).privacyConsoleMock.clock.advance(60 * 60_000);
  });
  await page.getByText(/^Sending completed|^Sending failed/).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  start = Date.now();
  await page.waitForTimeout(incidentsBench.quietMs);
  const finishedReads = count(start, Date.now());
  return { sendingPerSecond, hiddenReads, finishedReads };
}

/**
 * One visit of `/accounts` in a page that has a session: first rows; a search typed with key delays
 * (last key → request sent, last key → only matching rows on screen, long tasks while typing); the
 * heap after GC with the accounts loaded; a click on a row → `account:header`.
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureAccounts(page, baseUrl) {
  /** @type {number[]} epoch ms at which a request with the whole search text left */
  const searchRequests = [];
  /** @param {import('@playwright/test').Request} request */
  const onRequest = (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/accounts') && url.searchParams.get('q') === search.text) {
      // The request's own start time (epoch ms) when the browser gives a plausible one; requests a
      // service worker answers often carry none (-1) or one on another clock: then the event's arrival.
      const now = Date.now();
      const start = request.timing().startTime;
      searchRequests.push(Math.abs(now - start) < 5_000 ? Math.min(start, now) : now);
    }
  };
  page.on('request', onRequest);
  try {
    await page.goto(`${baseUrl}/accounts`, { waitUntil: 'commit' });
    const mockReady = await markTime(page, 'mock:ready');
    const firstRows = await markTime(page, 'accounts:first-rows');
    expectPath(page, /^\/accounts$/);
    const field = page.getByRole('textbox', { name: 'Search accounts' });
    await field.waitFor({ timeout: markTimeoutMs });
    const timeOrigin = /** @type {number} */ (await page.evaluate(() => performance.timeOrigin));

    // Watches the table from before the first key: resolves when every row matches the text and
    // the table is no longer busy (time from the page's clock).
    const shown = page.evaluate(
      ({ text, timeoutMs }) =>
        new Promise((resolve, reject) => {
          const matches = () => {
            const table = document.querySelector('table[aria-label="Accounts"]');
            // The search field by its label (the compact bar hides the label, not the name).
            const field = [...document.querySelectorAll('input')].find((input) =>
              [...(input.labels ?? [])].some((label) => label.textContent?.trim() === 'Search accounts'),
            );
            if (!table || !(field instanceof HTMLInputElement) || field.value !== text) return false;
            if (table.getAttribute('aria-busy') === 'true') return false;
            const rows = [...table.querySelectorAll('tbody tr[tabindex]')];
            return (
              rows.length > 0 &&
              rows.every((row) => (row.querySelector('td')?.textContent ?? '').toLowerCase().includes(text))
            );
          };
          const observer = new MutationObserver(() => {
            if (matches()) {
              const at = performance.now();
              observer.disconnect();
              clearTimeout(timer);
              resolve(at);
            }
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(
              new Error(`the accounts table did not show only "${text}" rows within ${String(timeoutMs)} ms`),
            );
          }, timeoutMs);
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
            attributeFilter: ['aria-busy', 'value'],
          });
        }),
      { text: search.text, timeoutMs: markTimeoutMs },
    );
    shown.catch(() => undefined);
    await field.click();
    await field.pressSequentially(search.text, { delay: search.keyDelayMs });
    const rowsAt = /** @type {number} */ (await shown);
    const bench =
      /** @type {{ longTasks: { start: number; duration: number }[]; inputs: number[]; clicks: number[] }} */ (
        await page.evaluate(
          () => /** @type {{ __bench: unknown }} */ (/** @type {unknown} */ (globalThis)).__bench,
        )
      );
    const firstKey = bench.inputs[0] ?? 0;
    const lastKey = bench.inputs.at(-1) ?? 0;
    const sent = searchRequests[0];
    if (sent === undefined) throw new Error(`no request with q=${search.text} was seen`);
    /** @param {number} from @param {number} to */
    const longTasksBetween = (from, to) =>
      bench.longTasks.filter((task) => task.start + task.duration >= from && task.start <= to);
    // While the keys go down (a task longer than the key delay holds a key back), then until the rows show.
    const typingTasks = longTasksBetween(firstKey, lastKey);
    const resultTasks = longTasksBetween(lastKey, rowsAt);
    const memory = await memoryAfterGc(page);

    const clicksBefore = bench.clicks.length;
    await page.locator('table[aria-label="Accounts"] tbody tr', { hasText: search.openId }).click();
    const header = await markTime(page, 'account:header');
    const clickAt = /** @type {number} */ (
      await page.evaluate(
        (index) =>
          /** @type {{ __bench: { clicks: number[] } }} */ (/** @type {unknown} */ (globalThis)).__bench
            .clicks[index] ?? 0,
        clicksBefore,
      )
    );
    expectPath(page, new RegExp(`^/accounts/${search.openId}(/profile)?$`));
    return {
      mockReady,
      firstRows,
      requestAfterKey: sent - timeOrigin - lastKey,
      rowsAfterKey: rowsAt - lastKey,
      requests: searchRequests.length,
      longTaskMax: Math.max(0, ...typingTasks.map((task) => task.duration)),
      longTaskCount: typingTasks.filter((task) => task.duration > 50).length,
      resultTaskMax: Math.max(0, ...resultTasks.map((task) => task.duration)),
      heap: memory.heap,
      buffers: memory.buffers,
      header: header - clickAt,
    };
  } finally {
    page.off('request', onRequest);
  }
}

/** @param {import('@playwright/test').Page} page @returns {Promise<{ longTasks: { start: number; duration: number }[]; inputs: number[]; clicks: number[] }>} */
function benchState(page) {
  return page.evaluate(
    () =>
      /** @type {{ __bench: { longTasks: { start: number; duration: number }[]; inputs: number[]; clicks: number[] } }} */ (
        /** @type {unknown} */ (globalThis)
      ).__bench,
  );
}

/**
 * One visit of `/alerts` in a page that has a session: first rows and the heap; `j` pressed 50
 * times once the queue has settled (long tasks); a filter change (the reply's end → the new rows,
 * whether the previous rows stayed meanwhile, the long tasks until 500 ms after); "Assign to me"
 * on 200 selected alerts (click → the result report).
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureAlerts(page, baseUrl) {
  await page.goto(`${baseUrl}/alerts`, { waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstRows = await markTime(page, 'alerts:first-rows');
  expectPath(page, /^\/alerts$/);
  const table = page.getByRole('table', { name: 'Risk alerts' });
  await table.locator('tbody tr[data-row-key]').first().waitFor({ timeout: markTimeoutMs });
  const memory = await memoryAfterGc(page);

  // The queue settled: the first check for new arrivals (it leaves once the rows are in) answered.
  await page.waitForFunction(
    () =>
      performance
        .getEntriesByType('resource')
        .some(
          (entry) =>
            new URL(entry.name).pathname.endsWith('/alerts') &&
            new URL(entry.name).searchParams.get('pageSize') === '1',
        ),
    undefined,
    { timeout: markTimeoutMs, polling: 50 },
  );
  // Let the page render that answer before the keys, so its work is not counted against j.
  await page.waitForTimeout(100);
  // j through the rows: from outside the table the first press enters it, then each moves one row.
  const keysFrom = /** @type {number} */ (await page.evaluate(() => performance.now()));
  for (let press = 0; press < alertsBench.jPresses; press += 1) await page.keyboard.press('j');
  const focusedIndex = /** @type {number} */ (
    await page.evaluate(() =>
      [...document.querySelectorAll('table[aria-label="Risk alerts"] tbody tr[data-row-key]')].indexOf(
        /** @type {Element} */ (document.activeElement),
      ),
    )
  );
  if (focusedIndex < 0) throw new Error('after pressing j no row of the alerts table has focus');
  // Two frames and a little more, so the last key's work and its long-task entry are in.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 60))),
      ),
  );
  const keysTo = /** @type {number} */ (await page.evaluate(() => performance.now()));
  const keyTasks = (await benchState(page)).longTasks.filter(
    (task) => task.start + task.duration >= keysFrom && task.start <= keysTo,
  );

  // The filter: watch the table from before the click until it shows only alerts of that status.
  const toggle = page
    .getByRole('group', { name: 'Status' })
    .getByRole('button', { name: new RegExp(`^${alertsBench.filterLabel}\\b`) });
  await toggle.waitFor({ timeout: markTimeoutMs });
  // The queue opens on the open alerts, "New" among them: from "All" (no status chosen), the
  // toggle then narrows the rows to that one status.
  if ((await toggle.getAttribute('aria-pressed')) === 'true') {
    await page.getByRole('navigation', { name: 'Saved views' }).getByRole('button', { name: 'All' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'all', undefined, {
      timeout: markTimeoutMs,
      polling: 20,
    });
  }
  await page.waitForFunction(
    () => document.querySelector('table[aria-label="Risk alerts"]')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout: markTimeoutMs, polling: 20 },
  );
  const shown = watchColumn(page, {
    table: 'Risk alerts',
    column: 'Status',
    value: alertsBench.filterStatus,
    afterBusy: true,
  });
  shown.catch(() => undefined);
  const clicksBefore = (await benchState(page)).clicks.length;
  await toggle.click();
  const rows = /** @type {{ at: number; emptied: boolean }} */ (await shown);
  const clickAt = (await benchState(page)).clicks[clicksBefore] ?? 0;
  // The list's reply (not the counts, nor the one-row check for arrivals) sent after the click.
  const replyEnd = /** @type {number | null} */ (
    await page.evaluate(
      ({ status, after }) => {
        const replies = performance.getEntriesByType('resource').filter((entry) => {
          const url = new URL(entry.name);
          return (
            url.pathname.endsWith('/alerts') &&
            url.searchParams.get('status') === status &&
            url.searchParams.get('pageSize') !== '1' &&
            entry.startTime >= after
          );
        });
        return replies.length > 0 ? Math.min(...replies.map((entry) => entry.responseEnd)) : null;
      },
      { status: alertsBench.filterStatus, after: clickAt },
    )
  );
  if (replyEnd === null)
    throw new Error(`no resource timing for the alerts list with status=${alertsBench.filterStatus}`);
  // What the page does with the new view (its rows, then the arrivals check for the new filter):
  // long tasks are counted over a fixed 500 ms window after the rows.
  await page.waitForTimeout(500);
  const filterTasks = (await benchState(page)).longTasks.filter(
    (task) => task.start + task.duration >= clickAt && task.start <= rows.at + 500,
  );

  // A bulk change: 200 open alerts, "Select all on this page", "Assign to me".
  await page.goto(`${baseUrl}${alertsBench.bulkPath}`, { waitUntil: 'commit' });
  await markTime(page, 'alerts:first-rows');
  await table
    .locator('tbody tr[data-row-key]')
    .nth(alertsBench.bulkSize - 1)
    .waitFor({ timeout: markTimeoutMs });
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Change the selected alerts' });
  await toolbar.getByText(`${String(alertsBench.bulkSize)} selected`).waitFor({ timeout: markTimeoutMs });
  const reported = page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const find = () =>
          [...document.querySelectorAll('[role="status"]')]
            .map((element) => element.textContent.trim())
            .find((text) => /alerts? assigned to you[.;]/.test(text));
        const observer = new MutationObserver(() => {
          const text = find();
          if (text !== undefined) {
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            resolve({ at, text });
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no "… assigned to you" report within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    markTimeoutMs,
  );
  reported.catch(() => undefined);
  const bulkClicksBefore = (await benchState(page)).clicks.length;
  await toolbar.getByRole('button', { name: 'Assign to me', exact: true }).click();
  const report = /** @type {{ at: number; text: string }} */ (await reported);
  const bulkClickAt = (await benchState(page)).clicks[bulkClicksBefore] ?? 0;
  const counts = /^([\d,]+)(?: of ([\d,]+))? alerts? assigned to you/.exec(report.text);
  const succeeded = Number((counts?.[1] ?? '0').replace(/,/g, ''));
  const total = counts?.[2] === undefined ? succeeded : Number(counts[2].replace(/,/g, ''));

  return {
    mockReady,
    firstRows,
    heap: memory.heap,
    buffers: memory.buffers,
    filterRows: rows.at - replyEnd,
    filterClick: rows.at - clickAt,
    rowsCleared: rows.emptied ? 1 : 0,
    filterLongTaskMax: Math.max(0, ...filterTasks.map((task) => task.duration)),
    keyLongTaskCount: keyTasks.filter((task) => task.duration > 50).length,
    keyLongTaskMax: Math.max(0, ...keyTasks.map((task) => task.duration)),
    keyRows: focusedIndex + 1,
    bulk: report.at - bulkClickAt,
    bulkFailed: total - succeeded,
    bulkTotal: total,
  };
}

/**
 * One visit of `/disclosures` in a page that has a session: first rows and the heap after GC with
 * the ledger loaded; a change of the "Legal basis" filter (the reply's end → the table shows only
 * that basis); "Export CSV" of the whole ledger (click → the "Exported to …" toast, the file's
 * size and rows, the longest task on the page from the click to the toast).
 * @param {import('@playwright/test').Page} page @param {string} baseUrl
 */
async function measureDisclosures(page, baseUrl) {
  await page.goto(`${baseUrl}/disclosures`, { waitUntil: 'commit' });
  const mockReady = await markTime(page, 'mock:ready');
  const firstRows = await markTime(page, 'disclosures:first-rows');
  expectPath(page, /^\/disclosures$/);
  const table = page.getByRole('table', { name: 'Disclosures' });
  await table.locator('tbody tr[data-row-key]').first().waitFor({ timeout: markTimeoutMs });
  const memory = await memoryAfterGc(page);

  // The filter: watch the table from before the choice until it shows only that legal basis.
  await page.waitForFunction(
    () => document.querySelector('table[aria-label="Disclosures"]')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout: markTimeoutMs, polling: 20 },
  );
  const shown = watchColumn(page, {
    table: 'Disclosures',
    column: 'Legal basis',
    value: disclosuresBench.filterLabel,
    afterBusy: false,
  }).then(({ at }) => at);
  shown.catch(() => undefined);
  const chosenAt = /** @type {number} */ (await page.evaluate(() => performance.now()));
  await page
    .getByRole('search', { name: 'Filter the disclosures' })
    .getByRole('combobox', { name: 'Legal basis', exact: true })
    .selectOption(disclosuresBench.filterBasis);
  const rowsAt = /** @type {number} */ (await shown);
  const replyEnd = /** @type {number | null} */ (
    await page.evaluate(
      ({ basis, after }) => {
        const replies = performance.getEntriesByType('resource').filter((entry) => {
          const url = new URL(entry.name);
          return (
            url.pathname.endsWith('/disclosures') &&
            url.searchParams.get('legalBasis') === basis &&
            entry.startTime >= after
          );
        });
        return replies.length > 0 ? Math.min(...replies.map((entry) => entry.responseEnd)) : null;
      },
      { basis: disclosuresBench.filterBasis, after: chosenAt },
    )
  );
  if (replyEnd === null)
    throw new Error(`no resource timing for the ledger with legalBasis=${disclosuresBench.filterBasis}`);

  // The export of the whole ledger: no filter, every entry.
  await page.goto(`${baseUrl}/disclosures`, { waitUntil: 'commit' });
  await markTime(page, 'disclosures:first-rows');
  const exportButton = page.getByRole('button', { name: 'Export CSV' });
  await exportButton.waitFor({ timeout: markTimeoutMs });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent.trim() === 'Export CSV' && !button.disabled,
      ),
    undefined,
    { timeout: markTimeoutMs, polling: 20 },
  );
  const exportTimeoutMs = 120_000;
  const saved = page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const find = () =>
          [...document.querySelectorAll('[role="alert"], [role="status"], .MuiSnackbar-root')]
            .map((element) => element.textContent.trim())
            .find((text) => text.startsWith('Exported to ') || text.startsWith('The export failed'));
        const observer = new MutationObserver(() => {
          const text = find();
          if (text !== undefined) {
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            resolve({ at, text });
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no "Exported to …" within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    exportTimeoutMs,
  );
  saved.catch(() => undefined);
  const downloading = page.waitForEvent('download', { timeout: exportTimeoutMs });
  const clicksBefore = (await benchState(page)).clicks.length;
  await exportButton.click();
  const done = /** @type {{ at: number; text: string }} */ (await saved);
  if (!done.text.startsWith('Exported to ')) throw new Error(`the export failed: ${done.text}`);
  const download = await downloading;
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(file);
  let lines = 0;
  let inQuotes = false;
  for (const byte of csv) {
    if (byte === 34) inQuotes = !inQuotes;
    else if (byte === 10 && !inQuotes) lines += 1;
  }
  await download.delete().catch(() => undefined);
  const clickAt = (await benchState(page)).clicks[clicksBefore] ?? 0;
  const exportTasks = (await benchState(page)).longTasks.filter(
    (task) => task.start + task.duration >= clickAt && task.start <= done.at,
  );
  return {
    mockReady,
    firstRows,
    heap: memory.heap,
    buffers: memory.buffers,
    filterRows: rowsAt - replyEnd,
    filterChange: rowsAt - chosenAt,
    exportMs: done.at - clickAt,
    exportRows: Math.max(0, lines - 1),
    exportMb: csv.byteLength / (1024 * 1024),
    exportLongTaskMax: Math.max(0, ...exportTasks.map((task) => task.duration)),
  };
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
  console.log(
    `machine: ${String(os.cpus().length)} CPU(s), node ${process.version}; load average (1/5/15 min) at start: ${loadAverage()}\n`,
  );

  if (peerOnly) {
    if (!skipBuild) {
      console.log('Builds:');
      await runNpm('build:demo');
    }
    await runPeerComparison();
    return;
  }

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
    sizes.mockFindings.length === 0
      ? '\nmock in dist/: none'
      : `\nmock in dist/: ${sizes.mockFindings.join('; ')}`,
  );

  const baseUrl = await startServer(await freePort());
  console.log(`\nServing dist-demo/ at ${baseUrl}; load average before the browser runs: ${loadAverage()}`);
  browser = await chromium.launch({
    headless: true,
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromeArgs,
  });
  const contextOptions = {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: /** @type {const} */ ('allow'),
  };

  /**
   * A new context signed in as the privacy officer through the form: its mock data are made anew,
   * their clock anchored now. Returns the context and its page.
   */
  const signInAnew = async () => {
    if (!browser) throw new Error('the browser is gone');
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(dpo.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(dpo.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-name').waitFor({ timeout: markTimeoutMs });
    return { context, page };
  };

  // Setup: sign in once through the form; fresh contexts start from this session (cookie and the
  // mock's IndexedDB) but not from its service worker, so each is a first visit for the worker.
  const setup = await signInAnew();
  const signedIn = await setup.context.storageState({ indexedDB: true });
  await setup.context.close();

  /**
   * @typedef {{ mock: number[]; shell: number[]; rows: number[]; rowsAfterMock: number[]; heapHome: number[];
   *   heapAudit: number[]; accRows: number[]; accRowsAfterMock: number[]; searchRequest: number[];
   *   searchRows: number[]; longTaskMax: number[]; longTaskCount: number[]; resultTaskMax: number[];
   *   heapAccounts: number[]; heapBuffersAccounts: number[]; header: number[]; alRows: number[];
   *   alRowsAfterMock: number[]; alFilterRows: number[]; alFilterClick: number[]; alRowsCleared: number[];
   *   alFilterLongTaskMax: number[]; alKeyLongTaskCount: number[]; alKeyLongTaskMax: number[];
   *   alBulk: number[]; alBulkFailed: number[];
   *   alHeap: number[]; alHeapBuffers: number[]; diRows: number[]; diRowsAfterMock: number[];
   *   poRows: number[]; poRowsAfterMock: number[]; inRows: number[]; inRowsAfterMock: number[];
   *   inData: number[]; inDataAfterMock: number[];
   *   diFilterRows: number[]; diFilterChange: number[]; diExport: number[]; diExportRows: number[];
   *   diExportLongTaskMax: number[]; diHeap: number[]; diHeapBuffers: number[] }} Samples
   */
  /** @returns {Samples} */
  const emptySamples = () => ({
    mock: [],
    shell: [],
    rows: [],
    rowsAfterMock: [],
    heapHome: [],
    heapAudit: [],
    accRows: [],
    accRowsAfterMock: [],
    searchRequest: [],
    searchRows: [],
    longTaskMax: [],
    longTaskCount: [],
    resultTaskMax: [],
    heapAccounts: [],
    heapBuffersAccounts: [],
    header: [],
    alRows: [],
    alRowsAfterMock: [],
    alFilterRows: [],
    alFilterClick: [],
    alRowsCleared: [],
    alFilterLongTaskMax: [],
    alKeyLongTaskCount: [],
    alKeyLongTaskMax: [],
    alBulk: [],
    alBulkFailed: [],
    alHeap: [],
    alHeapBuffers: [],
    diRows: [],
    diRowsAfterMock: [],
    poRows: [],
    poRowsAfterMock: [],
    inRows: [],
    inRowsAfterMock: [],
    inData: [],
    inDataAfterMock: [],
    diFilterRows: [],
    diFilterChange: [],
    diExport: [],
    diExportRows: [],
    diExportLongTaskMax: [],
    diHeap: [],
    diHeapBuffers: [],
  });
  /** @type {Record<'cold' | 'warm', Samples>} */
  const samples = { cold: emptySamples(), warm: emptySamples() };

  /** A context from the signed-in session, with the bench's instrumentation in every page. */
  const newContext = async () => {
    if (!browser) throw new Error('the browser is gone');
    const context = await browser.newContext({ ...contextOptions, storageState: signedIn });
    await context.addInitScript(benchInstrumentation);
    return context;
  };

  /**
   * @param {Samples} into
   * @param {{ mockReady: number; shellReady: number; heap: number }} home
   * @param {{ mockReady: number; firstRows: number; heap: number }} audit
   * @param {Awaited<ReturnType<typeof measureAccounts>>} accounts
   * @param {Awaited<ReturnType<typeof measureAlerts>>} alerts
   * @param {Awaited<ReturnType<typeof measureDisclosures>>} disclosures
   * @param {Awaited<ReturnType<typeof measurePolicies>>} policies
   * @param {{ list: Awaited<ReturnType<typeof measureIncidents>>; one: Awaited<ReturnType<typeof measureIncident>> }} incidents
   * @param {number} run
   */
  const record = (into, home, audit, accounts, alerts, disclosures, policies, incidents, run) => {
    into.mock.push(home.mockReady);
    into.shell.push(home.shellReady);
    into.heapHome.push(home.heap);
    into.rows.push(audit.firstRows);
    into.rowsAfterMock.push(audit.firstRows - audit.mockReady);
    into.heapAudit.push(audit.heap);
    into.accRows.push(accounts.firstRows);
    into.accRowsAfterMock.push(accounts.firstRows - accounts.mockReady);
    into.searchRequest.push(accounts.requestAfterKey);
    into.searchRows.push(accounts.rowsAfterKey);
    into.longTaskMax.push(accounts.longTaskMax);
    into.longTaskCount.push(accounts.longTaskCount);
    into.resultTaskMax.push(accounts.resultTaskMax);
    into.heapAccounts.push(accounts.heap);
    into.heapBuffersAccounts.push(accounts.heap + accounts.buffers);
    into.header.push(accounts.header);
    into.alRows.push(alerts.firstRows);
    into.alRowsAfterMock.push(alerts.firstRows - alerts.mockReady);
    into.alFilterRows.push(alerts.filterRows);
    into.alFilterClick.push(alerts.filterClick);
    into.alRowsCleared.push(alerts.rowsCleared);
    into.alFilterLongTaskMax.push(alerts.filterLongTaskMax);
    into.alKeyLongTaskCount.push(alerts.keyLongTaskCount);
    into.alKeyLongTaskMax.push(alerts.keyLongTaskMax);
    into.alBulk.push(alerts.bulk);
    into.alBulkFailed.push(alerts.bulkFailed);
    into.alHeap.push(alerts.heap);
    into.alHeapBuffers.push(alerts.heap + alerts.buffers);
    into.diRows.push(disclosures.firstRows);
    into.diRowsAfterMock.push(disclosures.firstRows - disclosures.mockReady);
    into.poRows.push(policies.firstRows);
    into.poRowsAfterMock.push(policies.firstRows - policies.mockReady);
    into.inRows.push(incidents.list.firstRows);
    into.inRowsAfterMock.push(incidents.list.firstRows - incidents.list.mockReady);
    into.inData.push(incidents.one.firstData);
    into.inDataAfterMock.push(incidents.one.firstData - incidents.one.mockReady);
    into.diFilterRows.push(disclosures.filterRows);
    into.diFilterChange.push(disclosures.filterChange);
    into.diExport.push(disclosures.exportMs);
    into.diExportRows.push(disclosures.exportRows);
    into.diExportLongTaskMax.push(disclosures.exportLongTaskMax);
    into.diHeap.push(disclosures.heap);
    into.diHeapBuffers.push(disclosures.heap + disclosures.buffers);
    console.log(
      `  run ${String(run)}: mock:ready ${home.mockReady.toFixed(0)} ms, shell:ready ${home.shellReady.toFixed(0)} ms, audit:first-rows ${audit.firstRows.toFixed(0)} ms, heap ${home.heap.toFixed(1)} / ${audit.heap.toFixed(1)} MB`,
    );
    console.log(
      `         accounts:first-rows ${accounts.firstRows.toFixed(0)} ms (mock:ready +${(accounts.firstRows - accounts.mockReady).toFixed(0)}), search: request +${accounts.requestAfterKey.toFixed(0)} ms (${String(accounts.requests)} sent), rows +${accounts.rowsAfterKey.toFixed(0)} ms, long tasks while typing ${String(accounts.longTaskCount)} (max ${accounts.longTaskMax.toFixed(0)} ms), then max ${accounts.resultTaskMax.toFixed(0)} ms, heap ${accounts.heap.toFixed(1)} MB + ${accounts.buffers.toFixed(1)} MB typed arrays, row → account:header ${accounts.header.toFixed(0)} ms`,
    );
    console.log(
      `         alerts:first-rows ${alerts.firstRows.toFixed(0)} ms (mock:ready +${(alerts.firstRows - alerts.mockReady).toFixed(0)}), heap ${alerts.heap.toFixed(1)} MB + ${alerts.buffers.toFixed(1)} MB typed arrays; filter "${alertsBench.filterLabel}": reply → rows +${alerts.filterRows.toFixed(0)} ms (click → rows ${alerts.filterClick.toFixed(0)} ms, previous rows ${alerts.rowsCleared ? 'CLEARED' : 'kept'}, long tasks max ${alerts.filterLongTaskMax.toFixed(0)} ms); j × ${String(alertsBench.jPresses)} (row ${String(alerts.keyRows)}): ${String(alerts.keyLongTaskCount)} long tasks > 50 ms (max ${alerts.keyLongTaskMax.toFixed(0)} ms); assign ${String(alerts.bulkTotal)} to me: report after ${alerts.bulk.toFixed(0)} ms, ${String(alerts.bulkFailed)} failed`,
    );
    console.log(
      `         disclosures:first-rows ${disclosures.firstRows.toFixed(0)} ms (mock:ready +${(disclosures.firstRows - disclosures.mockReady).toFixed(0)}), heap ${disclosures.heap.toFixed(1)} MB + ${disclosures.buffers.toFixed(1)} MB typed arrays; filter "${disclosuresBench.filterLabel}": reply → rows +${disclosures.filterRows.toFixed(0)} ms (choice → rows ${disclosures.filterChange.toFixed(0)} ms); export: ${disclosures.exportRows.toLocaleString('en')} rows, ${disclosures.exportMb.toFixed(1)} MB in ${disclosures.exportMs.toFixed(0)} ms, longest task ${disclosures.exportLongTaskMax.toFixed(0)} ms`,
    );
    console.log(
      `         policies:first-rows ${policies.firstRows.toFixed(0)} ms (mock:ready +${(policies.firstRows - policies.mockReady).toFixed(0)})`,
    );
    console.log(
      `         incidents:first-rows ${incidents.list.firstRows.toFixed(0)} ms (mock:ready +${(incidents.list.firstRows - incidents.list.mockReady).toFixed(0)}), incident:first-data ${incidents.one.firstData.toFixed(0)} ms (mock:ready +${(incidents.one.firstData - incidents.one.mockReady).toFixed(0)})`,
    );
  };

  console.log(
    `\nFirst visits (${String(runs)} fresh contexts each for /, /audit, /accounts, /alerts, /disclosures and /policies):`,
  );
  for (let run = 1; run <= runs; run += 1) {
    const homeContext = await newContext();
    const home = await measureHome(await homeContext.newPage(), 'goto', baseUrl);
    await homeContext.close();
    const auditContext = await newContext();
    const audit = await measureAudit(await auditContext.newPage(), 'goto', baseUrl);
    await auditContext.close();
    const accountsContext = await newContext();
    const accounts = await measureAccounts(await accountsContext.newPage(), baseUrl);
    await accountsContext.close();
    const alertsContext = await newContext();
    const alerts = await measureAlerts(await alertsContext.newPage(), baseUrl);
    await alertsContext.close();
    const disclosuresContext = await newContext();
    const disclosures = await measureDisclosures(await disclosuresContext.newPage(), baseUrl);
    await disclosuresContext.close();
    const policiesContext = await newContext();
    const policies = await measurePolicies(await policiesContext.newPage(), baseUrl);
    await policiesContext.close();
    const incidentsContext = await newContext();
    const incidentList = await measureIncidents(await incidentsContext.newPage(), baseUrl);
    await incidentsContext.close();
    const incidentContext = await newContext();
    const incident = await measureIncident(await incidentContext.newPage(), baseUrl);
    await incidentContext.close();
    const incidents = { list: incidentList, one: incident };
    record(samples.cold, home, audit, accounts, alerts, disclosures, policies, incidents, run);
  }

  console.log(
    `\nWith the worker installed (${String(runs)} reloads each of / and /audit, ${String(runs)} visits of /accounts, /alerts, /disclosures and /policies, in one context):`,
  );
  const warmContext = await newContext();
  const warmPage = await warmContext.newPage();
  await measureHome(warmPage, 'goto', baseUrl); // installs the worker; not counted
  /** @type {{ mockReady: number; shellReady: number; heap: number }[]} */
  const warmHome = [];
  for (let run = 1; run <= runs; run += 1) warmHome.push(await measureHome(warmPage, 'reload', baseUrl));
  await measureAudit(warmPage, 'goto', baseUrl); // loads the route's chunk once; not counted
  /** @type {{ mockReady: number; firstRows: number; heap: number }[]} */
  const warmAudit = [];
  for (let run = 1; run <= runs; run += 1) warmAudit.push(await measureAudit(warmPage, 'reload', baseUrl));
  await measureAccounts(warmPage, baseUrl); // loads the routes' chunks once; not counted
  /** @type {Awaited<ReturnType<typeof measureAccounts>>[]} */
  const warmAccounts = [];
  for (let run = 1; run <= runs; run += 1) warmAccounts.push(await measureAccounts(warmPage, baseUrl));
  await measureAlerts(warmPage, baseUrl); // loads the routes' chunks once; not counted
  /** @type {Awaited<ReturnType<typeof measureAlerts>>[]} */
  const warmAlerts = [];
  for (let run = 1; run <= runs; run += 1) warmAlerts.push(await measureAlerts(warmPage, baseUrl));
  await measureDisclosures(warmPage, baseUrl); // loads the routes' chunks once; not counted
  /** @type {Awaited<ReturnType<typeof measureDisclosures>>[]} */
  const warmDisclosures = [];
  for (let run = 1; run <= runs; run += 1) warmDisclosures.push(await measureDisclosures(warmPage, baseUrl));
  await measurePolicies(warmPage, baseUrl); // loads the route's chunk once; not counted
  /** @type {Awaited<ReturnType<typeof measurePolicies>>[]} */
  const warmPolicies = [];
  for (let run = 1; run <= runs; run += 1) warmPolicies.push(await measurePolicies(warmPage, baseUrl));
  await measureIncidents(warmPage, baseUrl); // loads the routes' chunks once; not counted
  await measureIncident(warmPage, baseUrl);
  /** @type {{ list: Awaited<ReturnType<typeof measureIncidents>>; one: Awaited<ReturnType<typeof measureIncident>> }[]} */
  const warmIncidents = [];
  for (let run = 1; run <= runs; run += 1)
    warmIncidents.push({ list: await measureIncidents(warmPage, baseUrl), one: await measureIncident(warmPage, baseUrl) });
  await warmContext.close();

  // A sending batch followed as a person leaves the workspace open (once: it takes ~30 s).
  // Its data are made anew, so the known batch is minutes from its end, not long finished.
  const pollingSession = await signInAnew();
  const polling = await measureBatchPolling(pollingSession.page, baseUrl);
  await pollingSession.context.close();
  const pollingOk =
    polling.sendingPerSecond <= budgets.batchReadsPerSecond && polling.hiddenReads === 0 && polling.finishedReads === 0;
  console.log(
    `\nNotification batch polling (${incidentsBench.sending}, ${String(incidentsBench.watchMs / 1000)} s sending, ${String(incidentsBench.quietMs / 1000)} s hidden, ${String(incidentsBench.quietMs / 1000)} s after it finished): ${polling.sendingPerSecond.toFixed(2)} reads/s while sending (goal ≤ ${String(budgets.batchReadsPerSecond)}), ${String(polling.hiddenReads)} while hidden, ${String(polling.finishedReads)} once finished (goal 0 and 0) — ${pollingOk ? 'OK' : 'OVER'}`,
  );
  for (let i = 0; i < runs; i += 1) {
    const home = warmHome[i];
    const audit = warmAudit[i];
    const accounts = warmAccounts[i];
    const alerts = warmAlerts[i];
    const disclosures = warmDisclosures[i];
    const policies = warmPolicies[i];
    const incidents = warmIncidents[i];
    if (!home || !audit || !accounts || !alerts || !disclosures || !policies || !incidents) continue;
    record(samples.warm, home, audit, accounts, alerts, disclosures, policies, incidents, i + 1);
  }
  // The browser and the server stay up for the hashing, diff and editor figures below.

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
    const status = [coldVerdict && `first ${coldVerdict}`, warmVerdict && `installed ${warmVerdict}`]
      .filter(Boolean)
      .join(', ');
    return [label, ...cells(cold, digits), ...cells(warm, digits), budgetText, status];
  };
  const { cold, warm } = samples;

  const rows = [
    row('mock:ready (ms)', cold.mock, warm.mock, 0, null, null, '—'),
    row('shell:ready on / (ms)', cold.shell, warm.shell, 0, null, null, '—'),
    row(
      'audit:first-rows (ms)',
      cold.rows,
      warm.rows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.rowsAfterMock,
      warm.rowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row(
      'accounts:first-rows (ms)',
      cold.accRows,
      warm.accRows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.accRowsAfterMock,
      warm.accRowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row(
      `search "${search.text}": last key → request (ms)`,
      cold.searchRequest,
      warm.searchRequest,
      0,
      budgets.searchRequest,
      budgets.searchRequest,
      '200',
    ),
    row(
      '  last key → only matching rows (ms)',
      cold.searchRows,
      warm.searchRows,
      0,
      budgets.searchRows,
      budgets.searchRows,
      '500',
    ),
    row(
      '  long tasks while typing, > 50 ms (count)',
      cold.longTaskCount,
      warm.longTaskCount,
      0,
      budgets.searchLongTasks,
      budgets.searchLongTasks,
      '0',
    ),
    row('  long tasks while typing, max (ms)', cold.longTaskMax, warm.longTaskMax, 0, null, null, '—'),
    row('  long tasks last key → rows, max (ms)', cold.resultTaskMax, warm.resultTaskMax, 0, null, null, '—'),
    row(
      'row click → account:header (ms)',
      cold.header,
      warm.header,
      0,
      budgets.accountHeader,
      budgets.accountHeader,
      '400',
    ),
    row(
      'alerts:first-rows (ms)',
      cold.alRows,
      warm.alRows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.alRowsAfterMock,
      warm.alRowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row(
      `alerts filter "${alertsBench.filterLabel}": reply → new rows (ms)`,
      cold.alFilterRows,
      warm.alFilterRows,
      0,
      budgets.alertsFilterRows,
      budgets.alertsFilterRows,
      '150',
    ),
    row('  click → new rows (ms)', cold.alFilterClick, warm.alFilterClick, 0, null, null, '—'),
    row('  previous rows cleared while loading (runs)', cold.alRowsCleared, warm.alRowsCleared, 0, 0, 0, '0'),
    row(
      '  long tasks click → rows + 500 ms, max (ms)',
      cold.alFilterLongTaskMax,
      warm.alFilterLongTaskMax,
      0,
      null,
      null,
      '—',
    ),
    row(
      `alerts j × ${String(alertsBench.jPresses)}: long tasks > 50 ms (count)`,
      cold.alKeyLongTaskCount,
      warm.alKeyLongTaskCount,
      0,
      budgets.alertsKeyLongTasks,
      budgets.alertsKeyLongTasks,
      '0',
    ),
    row('  long tasks, max (ms)', cold.alKeyLongTaskMax, warm.alKeyLongTaskMax, 0, null, null, '—'),
    row(
      `alerts "Assign to me" × ${String(alertsBench.bulkSize)}: click → report (ms)`,
      cold.alBulk,
      warm.alBulk,
      0,
      null,
      null,
      '—',
    ),
    row('  failed in the report (count)', cold.alBulkFailed, warm.alBulkFailed, 0, 0, 0, '0'),
    row('JS heap after GC, / (MB)', cold.heapHome, warm.heapHome, 1, budgets.heapMb, budgets.heapMb, '16'),
    row(
      'JS heap after GC, /audit (MB)',
      cold.heapAudit,
      warm.heapAudit,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
    row(
      'JS heap after GC, /accounts searched (MB)',
      cold.heapAccounts,
      warm.heapAccounts,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
    row(
      '  + typed-array backing stores (MB)',
      cold.heapBuffersAccounts,
      warm.heapBuffersAccounts,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
    row('JS heap after GC, /alerts (MB)', cold.alHeap, warm.alHeap, 1, budgets.heapMb, budgets.heapMb, '16'),
    row(
      '  + typed-array backing stores (MB)',
      cold.alHeapBuffers,
      warm.alHeapBuffers,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
    row(
      'disclosures:first-rows (ms)',
      cold.diRows,
      warm.diRows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.diRowsAfterMock,
      warm.diRowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row(
      'policies:first-rows (ms)',
      cold.poRows,
      warm.poRows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.poRowsAfterMock,
      warm.poRowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row(
      'incidents:first-rows (ms)',
      cold.inRows,
      warm.inRows,
      0,
      budgets.firstRowsCold,
      budgets.firstRowsWarm,
      '1600 / 1000',
    ),
    row(
      '  first rows − mock:ready (ms)',
      cold.inRowsAfterMock,
      warm.inRowsAfterMock,
      0,
      budgets.firstRowsAfterMock,
      budgets.firstRowsAfterMock,
      '250',
    ),
    row('incident:first-data (ms)', cold.inData, warm.inData, 0, null, null, '—'),
    row(
      '  first data − mock:ready (ms)',
      cold.inDataAfterMock,
      warm.inDataAfterMock,
      0,
      budgets.incidentFirstDataAfterMock,
      budgets.incidentFirstDataAfterMock,
      '300',
    ),
    row(
      `disclosures filter "${disclosuresBench.filterLabel}": reply → new rows (ms)`,
      cold.diFilterRows,
      warm.diFilterRows,
      0,
      budgets.disclosuresFilterRows,
      budgets.disclosuresFilterRows,
      '150',
    ),
    row('  choice → new rows (ms)', cold.diFilterChange, warm.diFilterChange, 0, null, null, '—'),
    row(
      'disclosures export, whole ledger: click → saved (ms)',
      cold.diExport,
      warm.diExport,
      0,
      null,
      null,
      '—',
    ),
    row('  rows in the file (count)', cold.diExportRows, warm.diExportRows, 0, null, null, '—'),
    row(
      '  longest task on the page meanwhile (ms)',
      cold.diExportLongTaskMax,
      warm.diExportLongTaskMax,
      0,
      budgets.disclosuresExportLongTask,
      budgets.disclosuresExportLongTask,
      '100',
    ),
    row(
      'JS heap after GC, /disclosures (MB)',
      cold.diHeap,
      warm.diHeap,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
    row(
      '  + typed-array backing stores (MB)',
      cold.diHeapBuffers,
      warm.diHeapBuffers,
      1,
      budgets.heapMb,
      budgets.heapMb,
      '16',
    ),
  ];
  console.log(
    `\nTimings from navigation start, or from the last key / the click (${String(runs)} runs each; privacy officer; mock latency as configured, 100 ms by default; typing ${String(search.keyDelayMs)} ms between keys):\n`,
  );
  console.log(
    formatTable(
      [
        'metric',
        'first: median',
        'min',
        'max',
        'installed: median',
        'min',
        'max',
        'budget',
        'median vs budget',
      ],
      rows,
      [false, true, true, true, true, true, true, false, false],
    ),
  );

  console.log('\nJS of the accounts routes, gzip, from dist/ (a tab’s first page counts its page too):\n');
  const routeRows = accountsRoutes.map((label) => {
    const route = sizes.routes.find((candidate) => candidate.label === label);
    if (!route) return [label, '—', '—', '—', 'MISSING from the manifest'];
    const ok =
      route.own <= route.ownLimit &&
      (route.firstPageLimit === null || route.firstPage <= route.firstPageLimit);
    return [
      label,
      kb(route.own),
      kb(route.firstPage),
      `${kb(route.ownLimit)} / ${route.firstPageLimit === null ? '—' : kb(route.firstPageLimit)}`,
      ok ? 'OK' : 'OVER',
      route.src,
    ];
  });
  console.log(
    formatTable(
      ['route', 'own KB gz', 'first page KB gz', 'budget own / first', 'status', 'source'],
      routeRows,
      [false, true, true, false, false, false],
    ),
  );

  printFeatureRoutes(sizes, 'alerts', alertsRoutes, 'the alerts routes and their lazy dialogs');
  printFeatureRoutes(sizes, 'disclosures', disclosuresRoutes, 'the disclosures routes');
  printFeatureRoutes(sizes, 'incidents', incidentsRoutes, 'the incidents routes');

  const searchBench = await runSearchBench();
  if (searchBench) {
    console.log(
      `\nMock search in Node (scripts/search-bench.mjs, ${searchBench.seconds} s, ${searchBench.status}):`,
    );
    for (const line of searchBench.lines) console.log(`  ${line}`);
  }

  if (browser) await (await import('./bench-hash.mjs')).printHashBench(browser, baseUrl); // record form: 20 MB hashed
  if (browser) await (await import('./bench-diff.mjs')).printDiffBench(browser, baseUrl); // policy diff: two 20,000-word versions
  if (browser) {
    // Policy editor: keystroke → preview on a 20,000-word draft.
    const editor = await import('./bench-editor.mjs');
    console.log('');
    editor.printEditorFigures(await editor.measureEditor(browser, baseUrl));
  }
  if (withPeer) {
    // The bench's own browser and server are done with; the comparison starts its own.
    await cleanUp();
    await runPeerComparison();
  }

  console.log(
    `\nentry JS ${kb(sizes.entry.size)} KB gzip; load average (1/5/15 min) at end: ${loadAverage()}`,
  );
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

/**
 * Prints the JS table of one feature's routes (`src/features/<feature>/`) and its lazy chunks:
 * own and first-page gzip KB against the budget; a route of `expected` absent from the manifest is
 * listed as MISSING.
 */
function printFeatureRoutes(sizes, feature, expected, title) {
  console.log(`\nJS of ${title}, gzip, from dist/:\n`);
  const prefix = `src/features/${feature}/`;
  const routes = sizes.routes.filter((route) => route.src.startsWith(prefix));
  const rows = [
    ...expected
      .filter((label) => !routes.some((route) => route.label === label))
      .map((label) => [label, '—', '—', '—', 'MISSING from the manifest', '']),
    ...routes.map((route) => {
      const ok =
        route.own <= route.ownLimit &&
        (route.firstPageLimit === null || route.firstPage <= route.firstPageLimit);
      return [
        route.label.replace(`lazy: ${prefix}`, 'lazy: '),
        kb(route.own),
        route.firstPageLimit === null ? `(${kb(route.firstPage)})` : kb(route.firstPage),
        `${kb(route.ownLimit)} / ${route.firstPageLimit === null ? '—' : kb(route.firstPageLimit)}`,
        ok ? 'OK' : 'OVER',
        route.src,
      ];
    }),
  ];
  console.log(
    formatTable(['route', 'own KB gz', 'first page KB gz', 'budget own / first', 'status', 'source'], rows, [
      false,
      true,
      true,
      false,
      false,
      false,
    ]),
  );
}

/**
 * Watches the table labelled `table` from now until every row's `column` cell reads `value` (and,
 * with `afterBusy`, only after the table was busy once: the new view, not the old one). Resolves
 * with the page time of that moment (ms) and whether the rows were ever emptied meanwhile; rejects
 * after `markTimeoutMs`.
 */
function watchColumn(page, { table: label, column: name, value, afterBusy }) {
  const watched = page.evaluate(
    ({ label, name, value, afterBusy, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const table = document.querySelector(`table[aria-label="${label}"]`);
        if (!table) throw new Error(`no table "${label}"`);
        const column = Array.from(table.querySelectorAll('thead th'), (cell) =>
          cell.textContent.trim(),
        ).indexOf(name);
        let busySeen = false;
        let emptied = false;
        const check = () => {
          const rows = [...table.querySelectorAll('tbody tr[data-row-key]')];
          if (rows.length === 0) emptied = true;
          if (table.getAttribute('aria-busy') === 'true') {
            busySeen = true;
            return false;
          }
          return (
            (busySeen || !afterBusy) &&
            rows.length > 0 &&
            rows.every((row) => row.querySelectorAll('td')[column]?.textContent.trim() === value)
          );
        };
        const observer = new MutationObserver(() => {
          if (check()) {
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            resolve({ at, emptied });
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(`the table "${label}" did not show only "${value}" within ${String(timeoutMs)} ms`),
          );
        }, timeoutMs);
        observer.observe(table, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['aria-busy'],
        });
      }),
    { label, name, value, afterBusy, timeoutMs: markTimeoutMs },
  );
  return /** @type {Promise<{ at: number; emptied: boolean }>} */ (watched);
}
