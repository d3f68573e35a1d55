// What the part benches (bench-hash, bench-diff, bench-editor) share when run on their own: build
// the demo (unless --skip-build), serve dist-demo/ on a free port, launch Debian's Chromium, run
// the measurement, and always stop the server and the browser — or give up after `minutes`.
// `npm run bench` calls their measurements with its own browser and server instead.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync', '--no-first-run'];

/** @returns {Promise<number>} a port nobody listens on right now (127.0.0.1) */
export function freePort() {
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

/** @param {string} command @param {string[]} commandArgs */
function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} exited ${String(code)}`))));
  });
}

/** The value after `flag` in the command line as a whole number ≥ 1, else `fallback`. */
export function numberArg(flag, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(flag);
  return at >= 0 ? Math.max(1, Number(args[at + 1]) || fallback) : fallback;
}

/**
 * Runs `measure(browser, baseUrl)` against a freshly served demo build, as a script of its own.
 * Exits 1 with the error (or after `minutes` without a result); always stops what it started.
 * @param {string} name @param {number} minutes
 * @param {(browser: import('@playwright/test').Browser, baseUrl: string) => Promise<void>} measure
 */
export async function runStandalone(name, minutes, measure) {
  /** @type {import('@playwright/test').Browser | null} */
  let browser = null;
  /** @type {import('node:child_process').ChildProcess | null} */
  let server = null;
  const watchdog = setTimeout(() => {
    console.error(`${name}: no result within ${String(minutes)} minutes`);
    server?.kill();
    process.exit(1);
  }, minutes * 60_000);
  try {
    if (!process.argv.includes('--skip-build')) await run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo']);
    const port = await freePort();
    const started = spawn(process.execPath, ['scripts/serve.mjs', 'dist-demo', String(port)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server = started;
    await new Promise((resolve, reject) => {
      let output = '';
      started.stdout?.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes('Serving ')) resolve(undefined);
      });
      started.on('exit', (code) => reject(new Error(`serve.mjs exited ${String(code)}`)));
    });
    browser = await chromium.launch({ headless: true, executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs });
    await measure(browser, `http://127.0.0.1:${String(port)}`);
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    server?.kill();
  }
}

/** Whether the module at `url` is the script node was started with. */
export function isMain(url) {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1] ?? '') === fileURLToPath(url);
}
