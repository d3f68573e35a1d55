import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { signIn } from './support/console';
import { knownAccounts } from './support/known-accounts';

// Links and text that someone crafted: the console neither follows them nor lets them disguise
// themselves, and a bad value in a link reads as empty instead of breaking the page.

test('a crafted return address after sign-in lands on the home page, not another site', async ({ page }) => {
  // `/\evil.example/x`: a backslash the browser would read as `//evil.example/x`.
  await page.goto('/sign-in?next=%2F%5Cevil.example%2Fx');
  await signIn(page, 'support');
  await expect(page.getByRole('heading', { name: /^Hello, /, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByText(/something went wrong/i)).toHaveCount(0);
});

test('impossible dates and a page past the end in a link read as empty and as the last page', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, 'dpo');

  await test.step('the audit log with 2026-13-01 and 2026-02-31', async () => {
    await page.goto('/audit?from=2026-13-01&to=2026-02-31');
    const table = page.getByRole('table', { name: 'Audit events' });
    await expect(table.getByRole('cell').first()).toBeVisible();
    await expect(page.getByText(/stopped working|Invalid time value/i)).toHaveCount(0);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  });

  await test.step('the accounts list at page 4001 of 4000', async () => {
    await page.goto('/accounts?page=4001');
    await expect(page).toHaveURL(/[?&]page=4000(&|$)/);
    await expect(page.getByText('99,976–100,000 of 100,000')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Accounts' }).locator('tbody tr')).toHaveCount(25);
    await expect(page.getByText(/no accounts/i)).toHaveCount(0);
  });
});

test('a lock reason with a right-to-left override is shown as written on the account and in the audit log', async ({
  page,
}) => {
  const reason = 'Refund for invoice\u202Efdp.exe, per ticket';
  const shown = 'Refund for invoice⟨U+202E⟩fdp.exe, per ticket';
  await page.goto('/sign-in');
  await signIn(page, 'dpo');

  await page.goto(`/accounts/${knownAccounts.marketingOptIn}`);
  await page.getByRole('button', { name: 'Lock account', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lock the account' });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Lock account' }).click();
  await expect(dialog).toBeHidden();

  const banner = page.getByText(/^Locked: /);
  await expect(banner).toHaveText(`Locked: ${shown}`);
  expect(await page.locator('main').textContent()).not.toContain('\u202E');
  await expectNoAxeViolations(page, 'account with a hostile lock reason');

  await page.goto('/audit');
  const table = page.getByRole('table', { name: 'Audit events' });
  await expect(table.getByText(shown).first()).toBeVisible();
  expect(await table.textContent()).not.toContain('\u202E');
});
