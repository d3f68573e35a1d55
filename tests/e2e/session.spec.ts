import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { accounts } from './support/accounts';
import { auditLog } from './support/audit-log';
import { expectOnSignInPage, shell, signIn, signOut } from './support/console';

test('the session survives a reload, opens a second tab directly, and a sign-out in one tab ends it in the other', async ({
  context,
  page,
}) => {
  await page.goto('/sign-in');
  const name = await signIn(page, 'dpo');

  await test.step('a reload keeps the session', async () => {
    await page.reload();
    await expect(page).toHaveURL(/\/$/);
    await expect(shell(page).name).toHaveText(name);
    await expect(page.getByRole('heading', { name: `Hello, ${name.split(' ')[0] ?? name}` })).toBeVisible();
  });

  const second = await context.newPage();
  await test.step('a second tab on /audit goes straight to the page', async () => {
    await second.goto('/audit');
    await expect(auditLog(second).heading).toBeVisible();
    await expect(second).toHaveURL(/\/audit$/);
    await expect(shell(second).roles).toHaveText(accounts.dpo.rolesText);
    await expect(auditLog(second).rows.first()).toBeVisible();
  });
  await expectNoAxeViolations(second, 'audit log (second tab)');

  await signOut(page);

  await test.step('the other tab is signed out at its next navigation', async () => {
    await second.goto('/audit');
    await expectOnSignInPage(second);
    await expect(second).toHaveURL(/\/sign-in\?next=%2Faudit$/);
    await expect(shell(second).name).toHaveCount(0);
  });

  await test.step('and the first tab stays signed out after a reload', async () => {
    await page.reload();
    await expectOnSignInPage(page);
  });
  await second.close();
});
