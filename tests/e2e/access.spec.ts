import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { accounts } from './support/accounts';
import { expectOnSignInPage, shell, signIn } from './support/console';

test('support deep-links the audit log and is told which role it needs', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'support');

  // No request for a page the role cannot open: no 403 in the console.
  const forbidden: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) forbidden.push(response.url());
  });
  await page.goto('/audit');
  await expect(
    page.getByRole('heading', { name: 'You need the privacy officer role', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  expect(forbidden).toEqual([]);
  await expect(page.getByRole('table', { name: 'Audit events' })).toHaveCount(0);
  await expect(shell(page).navLink('Audit log')).toHaveCount(0);
  await expectNoAxeViolations(page, 'role required');

  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: /^Hello, / })).toBeVisible();
});

test('a signed-out visit to the audit log signs in first, then lands on the audit log', async ({ page }) => {
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) apiRequests.push(`${request.method()} ${pathname}`);
  });
  await page.goto('/audit');
  await expectOnSignInPage(page);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit$/);
  await expect(page).toHaveTitle('Sign in · Privacy Console');
  // Before signing in, only the session check: no data request for the page behind it.
  expect(apiRequests).toEqual(['GET /api/v1/session']);
  await expectNoAxeViolations(page, 'sign-in with next');

  await signIn(page, 'dpo');
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Audit log · Privacy Console');
  await expect(shell(page).navLink('Audit log')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('table', { name: 'Audit events' }).getByRole('cell').first()).toBeVisible();
  await expectNoAxeViolations(page, 'audit log');
});

test('an unknown path shows "Page not found" inside the shell', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'multi');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await expect(shell(page).roles).toHaveText(accounts.multi.rolesText);
  await expectNoAxeViolations(page, 'not found');

  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { name: /^Hello, / })).toBeVisible();
});
