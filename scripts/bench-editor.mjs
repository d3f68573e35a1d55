#!/usr/bin/env node
// The policy editor's figures (DESIGN "Performance"): keystroke → preview updated for a
// 20,000-word policy, and whether typing ever blocks (long tasks).
//
//   node scripts/bench-editor.mjs [--skip-build] [--keys N]
//
// Builds the demo (dist-demo/, on the mock) unless `--skip-build`, serves it on a free port, drives
// headless chromium at 1280×800 (text and preview side by side): signs in as legal@, opens the
// known draft's editor (mocks/db/known-policies.ts `draft`), puts a 20,000-word Markdown body into
// the textarea, waits for its preview, then types N keys (default 40) at the end like a person
// (80 ms apart) and measures, per key, the keydown event → the preview's last block holding the
// typed text (a MutationObserver in the page), plus every long task (> 50 ms) while typing.
// `measureEditor(browser, baseUrl)` is exported for `bench.mjs`. It is a script, not a test: it
// prints, stops by itself within a bounded time, and stops the server and browser it started.
import { isMain, numberArg, runStandalone } from './bench-standalone.mjs';


/** The known draft by legal@ (mocks/db/known-policies.ts). */
const draftId = 'pol_umrezu';
const legal = { email: 'legal@digfashions.example', password: 'demo' };
/** Budgets of the policy editor (DESIGN "Performance") (ms). */
export const editorBudgets = { keyToPreview: 50, longTasksWhileTyping: 0 };
const wordsIndex = process.argv.indexOf('--words');
const wordCount = wordsIndex >= 0 ? Math.max(100, Number(process.argv[wordsIndex + 1]) || 20_000) : 20_000;
const timeoutMs = 30_000;
const verbose = process.argv.includes('--verbose');
/** @param {string} step */
const progress = (step) => {
  if (verbose) console.log(`  … ${step}`);
};

/** A policy-like Markdown body of `words` words: sections with headings, paragraphs and lists. */
export function longPolicyBody(words = wordCount) {
  const vocabulary =
    'we process personal data of customers for the purposes named in this policy and keep it only as long as needed to deliver orders handle returns answer questions and meet legal duties'.split(
      ' ',
    );
  const blocks = ['# DigFashions privacy policy'];
  let written = 0;
  let section = 0;
  while (written < words) {
    if (written % 1_000 === 0) {
      section += 1;
      blocks.push(`## Section ${String(section)}`);
    }
    const length = written % 3_000 === 2_000 ? 30 : 50;
    const sentence = Array.from(
      { length },
      (_, index) => vocabulary[(written + index) % vocabulary.length],
    ).join(' ');
    blocks.push(written % 3_000 === 2_000 ? `- ${sentence}\n- **${sentence.slice(0, 40)}**` : `${sentence}.`);
    written += length;
  }
  blocks.push('The last paragraph ends here');
  return blocks.join('\n\n');
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Opens the editor as legal@ in a fresh context of `browser` on `baseUrl` (the demo build served),
 * and returns `{ keyToPreview: number[] (ms per key), longTasks: number[] (ms, while typing),
 * loadBody: number (ms from putting the body in to its last paragraph in the preview) }`.
 * @param {import('@playwright/test').Browser} browser @param {string} baseUrl @param {number} keys
 */
export async function measureEditor(browser, baseUrl, keys = 40) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    page.on('crash', () => {
      console.error('bench-editor: the page crashed');
    });
    page.on('console', (message) => {
      if (verbose && message.type() === 'error') console.log(`  console: ${message.text()}`);
    });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(legal.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(legal.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-name').waitFor({ timeout: timeoutMs });
    await page.goto(`${baseUrl}/policies/${draftId}/edit`);
    progress('signed in');
    const textarea = page.getByRole('textbox', { name: 'Body (Markdown)' });
    await textarea.waitFor({ timeout: timeoutMs });
    await page
      .getByRole('region', { name: 'Preview' })
      .locator('.policy-markdown')
      .first()
      .waitFor({ timeout: timeoutMs });
    progress('editor open');

    // The 20,000-word body, as a paste would put it: the value, then one input event.
    const body = longPolicyBody(wordCount);
    const loadBody = await textarea.evaluate(
      async (area, { text }) => {
        const preview = /** @type {HTMLElement} */ (document.querySelector('section[aria-label="Preview"]'));
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        const start = performance.now();
        setter?.call(/** @type {HTMLTextAreaElement} */ (area), text);
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => {
          const check = () => {
            if (preview.textContent?.includes('The last paragraph ends here')) resolve(undefined);
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      },
      { text: body },
    );

    progress(`body in the preview after ${loadBody.toFixed(0)} ms`);
    // Per key: keydown (capture, the event's time stamp) → the preview's last block shows the text.
    await textarea.evaluate((element) => {
      const area = /** @type {HTMLTextAreaElement} */ (element);
      const preview = /** @type {HTMLElement} */ (document.querySelector('section[aria-label="Preview"]'));
      const state = {
        expected: '',
        downAt: 0,
        latencies: /** @type {number[]} */ ([]),
        longTasks: /** @type {number[]} */ ([]),
      };
      Object.defineProperty(globalThis, '__editorBench', { value: state });
      area.addEventListener(
        'keydown',
        (event) => {
          state.downAt = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        if (!state.expected || !state.downAt) return;
        const last = preview.querySelector('.policy-markdown:last-of-type');
        if (last?.textContent?.endsWith(state.expected)) {
          state.latencies.push(performance.now() - state.downAt);
          state.downAt = 0;
        }
      }).observe(preview, { subtree: true, childList: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
    const typed = ' and more words typed here to see the preview follow';
    const word = typed.slice(0, keys);
    for (let index = 0; index < word.length; index += 1) {
      const expected = `The last paragraph ends here${word.slice(0, index + 1)}`.trimEnd();
      await page.evaluate((text) => {
        /** @type {{ expected: string }} */ (/** @type {unknown} */ (globalThis).__editorBench).expected =
          text;
      }, expected);
      await page.keyboard.type(word[index] ?? '');
      await page.waitForFunction((count) => globalThis.__editorBench.latencies.length >= count, index + 1, {
        timeout: timeoutMs,
        polling: 10,
      });
      // The pace of a fast typist between keys (not a wait for a condition: the figure is per key).
      await page.waitForTimeout(80);
    }
    const result = await page.evaluate(() => ({
      latencies: globalThis.__editorBench.latencies,
      longTasks: globalThis.__editorBench.longTasks,
    }));
    return { keyToPreview: result.latencies, longTasks: result.longTasks, loadBody };
  } finally {
    await context.close();
  }
}

/** Prints the figures of `measureEditor` with their budgets. */
export function printEditorFigures({ keyToPreview, longTasks, loadBody }) {
  const s = stats(keyToPreview);
  const ok = (value, budget) => (value <= budget ? 'ok' : 'OVER');
  console.log(`Policy editor, ${String(wordCount)}-word body (1280×800, side by side):`);
  console.log(`  body in → its last paragraph in the preview: ${loadBody.toFixed(0)} ms`);
  console.log(
    `  keydown → preview updated, ${String(keyToPreview.length)} keys: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (budget ${String(editorBudgets.keyToPreview)}: ${ok(s.p95, editorBudgets.keyToPreview)})`,
  );
  console.log(
    `  long tasks while typing: ${String(longTasks.length)}${longTasks.length ? `, longest ${Math.max(...longTasks).toFixed(0)} ms` : ''} (budget ${String(editorBudgets.longTasksWhileTyping)}: ${ok(longTasks.length, editorBudgets.longTasksWhileTyping)})`,
  );
}

if (isMain(import.meta.url)) {
  await runStandalone('bench-editor', 5, async (browser, baseUrl) => {
    printEditorFigures(await measureEditor(browser, baseUrl, numberArg('--keys', 40)));
  });
}
