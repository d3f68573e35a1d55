import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** DESIGN "Quality bars": zero axe violations at WCAG 2.1 A and AA on every page. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Finite animations (MUI's fades, collapses, ripples) done, so axe judges the settled page. */
async function waitForSettledAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => {
      const iterations = animation.effect?.getTiming().iterations ?? 1;
      return iterations === Infinity || animation.playState !== 'running';
    }),
  );
}

/**
 * Runs axe on the page as it is now and fails with a readable list of violations. Call it once the
 * page shows its content (heading, rows), not while it is loading. The failure is soft: the test
 * fails, but the journey goes on, so one run reports every page's violations and the steps after.
 */
export async function expectNoAxeViolations(page: Page, pageName: string): Promise<void> {
  await test.step(`axe: ${pageName} has no violations`, async () => {
    await waitForSettledAnimations(page);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const violations = results.violations.map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => node.target.map((part) => String(part)).join(' '))
        .join(' | ');
      // The first node's check message says why (e.g. the contrast ratio and the colours).
      const first = violation.nodes[0];
      const why = [...(first?.any ?? []), ...(first?.all ?? []), ...(first?.none ?? [])][0]?.message;
      return `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help} — ${String(violation.nodes.length)} node(s): ${targets}${why ? ` — first: ${why}` : ''}`;
    });
    if (violations.length > 0) {
      // The page as axe saw it, next to the report (the end-of-test screenshot shows a later page).
      const file = test.info().outputPath(`axe-${pageName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await test.info().attach(`axe violations: ${pageName}`, { path: file, contentType: 'image/png' });
    }
    expect.soft(violations, `axe violations on the ${pageName} page (${page.url()})`).toEqual([]);
  });
}
