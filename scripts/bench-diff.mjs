#!/usr/bin/env node
// The "diff of two 20,000-word versions with no long task over 100 ms" figure of the policy
// versions issue.
//
//   node scripts/bench-diff.mjs [--skip-build] [--runs N]
//
// On the demo build (dist-demo/, built first unless --skip-build), signed in as legal: two drafts
// are made through the mock API as the console makes them (POST /policies, then PUT with
// If-Match) — an older body of ~20,000 words of Markdown (headings, paragraphs, lists) and a newer
// one that edits words in about one paragraph in ten, removes some, adds some and moves two (the
// "edit" case), or edits words in every paragraph (the "rewrite" case). Then the console navigates
// in-app to `/policies/<newer>/diff?against=<older>` and the bench reports, per run: the time
// from navigation to the diff shown (the page's `policy-diff:shown` mark, first chunk on screen),
// to the diff complete (`policy-diff:complete`, every chunk rendered), and the longest main-thread
// task (PerformanceObserver 'longtask', tasks ≥ 50 ms) from navigation until one second after
// completion. Budget: no task over 100 ms. `npm run bench` calls `printDiffBench` with its own
// browser and server; alone, this script starts and always stops its own. BENCH_DIFF_DEBUG=1 also
// prints each run's long tasks and the page's marks (ms after navigation).
import os from 'node:os';
import { isMain, numberArg, runStandalone } from './bench-standalone.mjs';

const legal = { email: 'legal@digfashions.example', password: 'demo' };
const targetWords = 20_000;
const longTaskBudgetMs = 100;

const vocabulary = (
  'we collect use share store protect your personal data account order email phone address payment ' +
  'purchase history device cookie pixel partner carrier recipient purpose consent withdraw request ' +
  'access correct delete retention period security contact officer notice update policy rights ' +
  'customer service marketing analytics recommendation store online site app region transfer law ' +
  'authority safeguard encryption review month year days ask agree choose setting opt-in opt-out'
).split(' ');

/** A deterministic pseudo-random source (mulberry32), so every run compares the same texts. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The older body: sections of paragraphs and list items, about `targetWords` words. Returns its blocks. */
function olderBlocks() {
  const next = random(12);
  const word = () => vocabulary[Math.floor(next() * vocabulary.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, word);
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const blocks = ['# DigFashions privacy policy'];
  let words = 0;
  let section = 0;
  while (words < targetWords) {
    if (blocks.length % 12 === 1) {
      section += 1;
      blocks.push(`## ${String(section)}. ${sentence(3).slice(0, -1)}`);
    } else if (next() < 0.2) {
      const items = Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(8)}`);
      blocks.push(items.join('\n'));
      words += items.length * 8;
    } else {
      const n = 40 + Math.floor(next() * 40);
      blocks.push(`${sentence(Math.floor(n / 2))} ${sentence(n - Math.floor(n / 2))}`);
      words += n;
    }
  }
  return blocks;
}

/** The newer body: `share` of the paragraphs get words changed, a few removed or added, two moved. */
function newerBlocks(blocks, share) {
  const next = random(34);
  const result = [];
  const moved = [];
  blocks.forEach((block, index) => {
    if (block.startsWith('#')) {
      result.push(block);
      return;
    }
    const roll = next();
    if (share < 1 && roll < 0.02) return; // removed
    if (share < 1 && (index === 40 || index === 200)) {
      moved.push(block);
      return;
    }
    if (roll < share) {
      const words = block.split(' ');
      for (let k = 0; k < 3; k++) words[Math.floor(next() * words.length)] = vocabulary[Math.floor(next() * vocabulary.length)];
      result.push(words.join(' '));
    } else result.push(block);
    if (share < 1 && next() < 0.02) result.push('We added this paragraph to say how we tell you about changes to this policy in advance.');
  });
  result.splice(Math.floor(result.length / 2), 0, ...moved);
  return result;
}

/**
 * Makes a draft with `body` through the mock API (as the console does), returning its id.
 * @param {import('@playwright/test').Page} page @param {string} body @param {string} key
 */
async function draftWithBody(page, body, key) {
  return page.evaluate(
    async ({ body, key }) => {
      const session = await (await fetch('/api/v1/session', { credentials: 'include' })).json();
      const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken };
      const list = await (await fetch('/api/v1/policies?status=published', { credentials: 'include' })).json();
      const created = await (
        await fetch('/api/v1/policies', {
          method: 'POST',
          credentials: 'include',
          headers: { ...headers, 'Idempotency-Key': key },
          body: JSON.stringify({ basedOn: list[0].id }),
        })
      ).json();
      const saved = await fetch(`/api/v1/policies/${created.id}`, {
        method: 'PUT',
        credentials: 'include',
        headers: { ...headers, 'If-Match': `"${String(created.version)}"` },
        body: JSON.stringify({
          title: created.title,
          summary: created.summary,
          body,
          significant: created.significant,
          changeCategories: created.changeCategories,
        }),
      });
      if (!saved.ok) throw new Error(`PUT /policies/${created.id} answered ${String(saved.status)}`);
      return /** @type {string} */ (created.id);
    },
    { body, key },
  );
}

/**
 * One run in a fresh context: sign in, make the two drafts, open their diff in-app.
 * @param {import('@playwright/test').Browser} browser @param {string} baseUrl
 * @param {{ older: string; newer: string }} bodies @param {string} tag
 */
async function diffOnce(browser, baseUrl, bodies, tag) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(legal.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(legal.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-name').waitFor({ timeout: 30_000 });
    const olderId = await draftWithBody(page, bodies.older, `bench-diff-older-${tag}`);
    const newerId = await draftWithBody(page, bodies.newer, `bench-diff-newer-${tag}`);
    // The page settled (lazy chunks, the mock's seeding): no long task in the last second.
    await page.waitForFunction(
      () => {
        const w = /** @type {any} */ (window);
        const last = w.__benchLongTasks.at(-1);
        return performance.now() - (last ? last.start + last.duration : 0) > 1000;
      },
      undefined,
      { timeout: 30_000, polling: 100 },
    );
    const started = await page.evaluate((to) => {
      performance.clearMarks();
      const at = performance.now();
      // An in-app navigation, as a click on a link would make it.
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      return at;
    }, `/policies/${newerId}/diff?against=${olderId}`);
    await page.waitForFunction(() => performance.getEntriesByName('policy-diff:complete').length > 0, undefined, {
      timeout: 60_000,
      polling: 100,
    });
    // A second after the last chunk, so a long task that follows the render is counted too.
    await page.waitForTimeout(1000);
    return await page.evaluate((from) => {
      const w = /** @type {any} */ (window);
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      /** @type {{ start: number; duration: number }[]} */
      const tasks = w.__benchLongTasks.filter((task) => task.start + task.duration >= from);
      const rows = document.querySelectorAll('[role="region"][aria-label^="Changes of"] .row').length;
      const counts = document.querySelector('[role="status"][aria-label="Counts"]')?.textContent ?? '';
      return {
        shownMs: mark('policy-diff:shown') - from,
        completeMs: mark('policy-diff:complete') - from,
        longTaskMaxMs: Math.max(0, ...tasks.map((task) => task.duration)),
        longTasks: tasks.length,
        rows,
        counts,
        debug: JSON.stringify({
          tasks: tasks.map((t) => [Math.round(t.start - from), Math.round(t.duration)]),
          marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime - from)]),
        }),
      };
    }, started);
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * Measures the diff page on two ~20,000-word versions, `runs` times per case, and prints the
 * figures and the verdict. @param {import('@playwright/test').Browser} browser @param {string} baseUrl @param {number} [runs]
 */
export async function printDiffBench(browser, baseUrl, runs = 3) {
  const blocks = olderBlocks();
  const older = blocks.join('\n\n') + '\n';
  const cases = [
    { name: 'edit (1 paragraph in 10 edited, some removed / added, 2 moved)', newer: newerBlocks(blocks, 0.1).join('\n\n') + '\n' },
    { name: 'rewrite (words edited in every paragraph)', newer: newerBlocks(blocks, 1).join('\n\n') + '\n' },
  ];
  let worstTask = 0;
  for (const [caseIndex, one] of cases.entries()) {
    const results = [];
    for (let run = 0; run < runs; run += 1)
      results.push(await diffOnce(browser, baseUrl, { older, newer: one.newer }, `${String(caseIndex)}-${String(run)}`));
    console.log(
      `\nPolicy diff, ${one.name}: ${String(wordCount(older))} words against ${String(wordCount(one.newer))} (${String(runs)} runs):`,
    );
    for (const [index, result] of results.entries()) {
      console.log(
        `  run ${String(index + 1)}: diff shown after ${result.shownMs.toFixed(0)} ms, complete after ${result.completeMs.toFixed(0)} ms ` +
          `(${String(result.rows)} rows; ${result.counts}); longest main-thread task ${result.longTaskMaxMs.toFixed(0)} ms ` +
          `(${String(result.longTasks)} tasks ≥ 50 ms)`,
      );
      if (process.env.BENCH_DIFF_DEBUG) console.log(`    ${result.debug}`);
    }
    const longest = Math.max(...results.map((result) => result.longTaskMaxMs));
    worstTask = Math.max(worstTask, longest);
    console.log(
      `  median shown ${median(results.map((r) => r.shownMs)).toFixed(0)} ms, complete ${median(results.map((r) => r.completeMs)).toFixed(0)} ms; ` +
        `longest task ${longest.toFixed(0)} ms (budget: none over ${String(longTaskBudgetMs)} ms) → ${longest <= longTaskBudgetMs ? 'OK' : 'OVER'}`,
    );
  }
  console.log(`  load average (1/5/15 min) at end: ${os.loadavg().map((value) => value.toFixed(2)).join(' / ')} on ${String(os.cpus().length)} CPUs`);
  return worstTask;
}

if (isMain(import.meta.url)) {
  await runStandalone('bench-diff', 8, (browser, baseUrl) => printDiffBench(browser, baseUrl, numberArg('--runs', 3)));
}
