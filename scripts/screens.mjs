#!/usr/bin/env node
// Screenshots of the daily-use views for docs/screens/: the alert queue, the accounts list, an
// account's consent tab, an alert page, the disclosures views, the policy versions and the incidents, at 1280×800 and 1024×768, in the light and dark themes,
// each with the keyboard cursor on a row where the view has rows.
//
//   npm run build:demo && node scripts/screens.mjs [outDir=docs/screens]
//
// Serves dist-demo/ itself (scripts/serve.mjs), signs in as the demo privacy officer (every view)
// and drives Debian's Chromium (CHROME_PATH or /usr/bin/chromium) with playwright-core. Chinese and
// Japanese names need a CJK font on the machine (`apt-get install -y fonts-noto-cjk`), or they show
// as empty boxes.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'docs/screens');
const port = 4391;
const base = `http://127.0.0.1:${String(port)}`;

const views = [
  { name: 'queue', path: '/alerts', rows: true },
  { name: 'accounts', path: '/accounts', rows: true },
  // Lena Hoffmann (known account `marketingOptIn`): granted purposes and a history to read.
  { name: 'account-consent', path: '/accounts/acc_ele67v/consent', rows: true, scrollToLastTable: true },
  // An escalated alert (known alert `escalated`): its actions, evidence and activity.
  { name: 'alert', path: '/alerts/alr_k6zou6', rows: false },
  // The disclosures ledger, one recipient's view with its card (known recipient `seller`), an
  // entry whose consent was withdrawn since (known disclosure `withdrawnSince`), the form.
  { name: 'disclosures', path: '/disclosures', rows: true },
  { name: 'recipient', path: '/disclosures?recipientId=rcp_7k2m9q', rows: true },
  { name: 'disclosure', path: '/disclosures/dis_ke07ay', rows: false },
  { name: 'record-disclosure', path: '/disclosures/new', rows: false },
  // The policy versions (known versions: in force 2026.3, approved 2026.4, draft 2026.6): the
  // list, the version in force, the approved one against it, its schedule form, the draft's editor.
  { name: 'policies', path: '/policies', rows: true },
  { name: 'policy', path: '/policies/pol_ujgr0f', rows: false },
  { name: 'policy-diff', path: '/policies/pol_ukkb08/diff', rows: false },
  { name: 'policy-schedule', path: '/policies/pol_ukkb08/schedule', rows: false },
  { name: 'policy-editor', path: '/policies/pol_umrezu/edit', rows: false },
  { name: 'incidents', path: '/incidents', rows: true },
  { name: 'incident', path: '/incidents/inc_6whe2k', rows: false },
  { name: 'incident-sending', path: '/incidents/inc_6v4x26', rows: false },
  { name: 'incident-overdue', path: '/incidents/inc_6t47jl', rows: false },
];

mkdirSync(outDir, { recursive: true });
const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), path.join(root, 'dist-demo'), String(port)], {
  stdio: 'ignore',
});
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const [width, height] of [[1280, 800], [1024, 768]]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}/sign-in`);
      await page.getByRole('button', { name: /Fill in .*dpo@/ }).click();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation').first().waitFor();
      for (const view of views) {
        await page.goto(base + view.path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        if (view.rows) {
          await page.locator('main tbody tr').first().waitFor();
          // A list that opens with its search focused: Escape returns to the rows, then j moves.
          if (await page.evaluate(() => document.activeElement instanceof HTMLInputElement)) {
            await page.keyboard.press('Escape');
          }
          await page.keyboard.press('j');
        }
        await page.waitForLoadState('networkidle');
        // The part of the page the screen is about, when it is below the fold.
        if (view.scrollToLastTable) {
          await page.locator('main table').last().evaluate((table) => {
            table.scrollIntoView({ block: 'end' });
          });
        }
        const file = path.join(outDir, `${view.name}-${String(width)}x${String(height)}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(root, file));
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no server at ${base}`);
}
