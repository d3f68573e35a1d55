import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { auditLog } from './support/audit-log';
import { shell, signIn } from './support/console';

test('the dark theme keeps every page accessible, and the choice survives a reload', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'dpo');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await expectNoAxeViolations(page, 'home (dark)');

  await shell(page).navLink('Audit log').click();
  await expect(auditLog(page).heading).toBeVisible();
  await expect(auditLog(page).rows.first()).toBeVisible();
  await expectNoAxeViolations(page, 'audit log (dark)');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'not found (dark)');
});
