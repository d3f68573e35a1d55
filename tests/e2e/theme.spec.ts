import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { alertPage, alertsQueue } from './support/alerts';
import { auditLog } from './support/audit-log';
import { shell, signIn } from './support/console';
import { knownAlerts } from './support/known-alerts';

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
  // The status colours (locked, granted, withdrawn, severities) on the account pages.
  await page.goto('/accounts');
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page, 'accounts (dark)');
  for (const tab of ['consent', 'alerts'] as const) {
    await page.goto(`/accounts/acc_1t850e/${tab}`);
    const table = page.getByRole('table', {
      name: tab === 'consent' ? 'Consent events' : 'Alerts on this account',
    });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expectNoAxeViolations(page, `locked account, ${tab} tab (dark)`);
  }

  // The severity and alert status colours, the saved views and the status toggles.
  await page.goto('/alerts');
  await expect(alertsQueue(page).rows.first()).toBeVisible();
  await expect(alertsQueue(page).statusToggle('New')).toHaveAccessibleName(/^New [\d,]+$/);
  await expectNoAxeViolations(page, 'risk alerts (dark)');
  // An alert with evidence URLs (defanged, in code style) and the notes form.
  await page.goto(`/alerts/${knownAlerts.phishingWithMarkup}`);
  await expect(alertPage(page).summary).toBeVisible();
  await expect(alertPage(page).newNote).toBeVisible();
  await expectNoAxeViolations(page, 'alert page (dark)');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'not found (dark)');
});
