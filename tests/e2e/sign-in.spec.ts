import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { accounts, type AccountKey } from './support/accounts';
import {
  expectHomePage,
  expectNavigationFor,
  expectOnSignInPage,
  shell,
  signIn,
  signInPage,
  signOut,
} from './support/console';

/** Each demo role signs in (half of them with the demo button, half by typing), sees its views, signs out. */
const journeys: { key: AccountKey; how: 'demo button' | 'typing' }[] = [
  { key: 'support', how: 'demo button' },
  { key: 'analyst', how: 'typing' },
  { key: 'legal', how: 'demo button' },
  { key: 'dpo', how: 'typing' },
  { key: 'multi', how: 'demo button' },
];

for (const { key, how } of journeys) {
  test(`${key} (${accounts[key].rolesText}) signs in by ${how}, sees their navigation, signs out`, async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expectOnSignInPage(page);
    await expect(page.getByRole('heading', { name: /Demo accounts/ })).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in');

    const name = await signIn(page, key, how);
    await expectHomePage(page, name);
    await expectNavigationFor(page, key);
    await expect(shell(page).navLink('Home')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page, 'home');

    await signOut(page);
    await expect(signInPage(page).email).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in after sign-out');
  });
}

test('a wrong password shows the error, keeps the email and empties the password', async ({ page }) => {
  await page.goto('/sign-in');
  const form = signInPage(page);
  await form.email.fill(accounts.legal.email);
  await form.password.fill('not-the-password');
  await form.submit.click();

  await expect(form.error).toHaveText(
    'That email and password do not match an account. Check them and try again.',
  );
  await expect(form.email).toHaveValue(accounts.legal.email);
  await expect(form.password).toHaveValue('');
  await expect(form.password).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(shell(page).name).toHaveCount(0);
  await expectNoAxeViolations(page, 'sign-in with an error');

  // The right password then works from the same form.
  await form.password.fill('demo');
  await form.submit.click();
  await expect(shell(page).roles).toHaveText(accounts.legal.rolesText);
});
