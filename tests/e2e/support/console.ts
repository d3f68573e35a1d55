import { expect, test, type Page } from '@playwright/test';
import { accounts, demoPassword, type AccountKey } from './accounts';

/** The sign-in page's parts, by role and label. */
export function signInPage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Privacy Console', level: 1 }),
    email: page.getByRole('textbox', { name: 'Email', exact: true }),
    // Playwright gives a password field the textbox role; a label match would also hit the demo
    // accounts' section, whose heading mentions the password.
    password: page.getByRole('textbox', { name: 'Password', exact: true }),
    submit: page.getByRole('button', { name: 'Sign in', exact: true }),
    demoButton: (key: AccountKey) =>
      page.getByRole('button', {
        name: `Fill in ${accounts[key].label} (${accounts[key].email})`,
        exact: true,
      }),
    error: page.getByRole('alert').filter({ hasText: 'That email and password do not match an account' }),
  };
}

/** The signed-in shell's parts. */
export function shell(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  return {
    name: page.getByTestId('signed-in-name'),
    roles: page.getByTestId('signed-in-roles'),
    signOut: page.getByRole('button', { name: 'Sign out' }),
    nav,
    navLink: (name: string) => nav.getByRole('link', { name, exact: true }),
  };
}

export async function expectOnSignInPage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(signInPage(page).heading).toBeVisible();
  await expect(signInPage(page).submit).toBeVisible();
}

/**
 * Signs in from the sign-in page (already open) with the demo account's button, or by typing the
 * email and password, and waits for the signed-in shell. Returns the person's name as shown.
 */
export async function signIn(
  page: Page,
  key: AccountKey,
  how: 'demo button' | 'typing' = 'demo button',
): Promise<string> {
  return test.step(`sign in as ${key} (${how})`, async () => {
    const form = signInPage(page);
    await expect(form.heading).toBeVisible();
    if (how === 'demo button') {
      await form.demoButton(key).click();
      await expect(form.email).toHaveValue(accounts[key].email);
      await expect(form.password).not.toHaveValue('');
    } else {
      await form.email.fill(accounts[key].email);
      await form.password.fill(demoPassword);
    }
    await form.submit.click();
    const bar = shell(page);
    await expect(bar.name).toBeVisible();
    await expect(bar.roles).toHaveText(accounts[key].rolesText);
    const name = (await bar.name.textContent())?.trim() ?? '';
    expect(name, 'the top bar shows a name').not.toBe('');
    return name;
  });
}

export async function signOut(page: Page): Promise<void> {
  await test.step('sign out', async () => {
    await shell(page).signOut.click();
    await expectOnSignInPage(page);
  });
}

/** The home page of a signed-in person: the greeting by first name, and their views. */
export async function expectHomePage(page: Page, name: string): Promise<void> {
  const firstName = name.split(' ')[0] ?? name;
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: `Hello, ${firstName}`, level: 1 })).toBeVisible();
}

/**
 * The side navigation and the home page's views offer the accounts to every role and the audit log
 * to the privacy officer only.
 */
export async function expectNavigationFor(page: Page, key: AccountKey): Promise<void> {
  await test.step(`navigation of ${key}`, async () => {
    const bar = shell(page);
    await expect(bar.nav).toBeVisible();
    await expect(bar.navLink('Home')).toBeVisible();
    const views = page.getByRole('list', { name: 'Your views' });
    await expect(bar.navLink('Accounts')).toBeVisible();
    await expect(views.getByRole('link', { name: /^Accounts\b/ })).toBeVisible();
    if (accounts[key].seesAuditLog) {
      await expect(bar.navLink('Audit log')).toBeVisible();
      await expect(views.getByRole('link', { name: /Audit log/ })).toBeVisible();
    } else {
      await expect(bar.navLink('Audit log')).toHaveCount(0);
      await expect(views.getByRole('link', { name: /Audit log/ })).toHaveCount(0);
    }
  });
}
