import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';

/** Body rows of a table: the header row holds column headers, not cells. */
export function bodyRows(page: Page, table: Locator): Locator {
  return table.getByRole('row').filter({ has: page.getByRole('cell') });
}

/** The accounts list's parts, by role and label. */
export function accountsList(page: Page) {
  const table = page.getByRole('table', { name: 'Accounts' });
  return {
    heading: page.getByRole('heading', { name: 'Accounts', level: 1 }),
    search: page.getByRole('textbox', { name: 'Search accounts' }),
    status: page.getByRole('combobox', { name: 'Status' }),
    country: page.getByRole('combobox', { name: 'Country' }),
    /** Folds the less-used filters (the risk threshold); its name counts those that are set. */
    moreFilters: page.getByRole('button', { name: /^More filters( \(\d+\))?$/ }),
    riskMin: page.getByRole('spinbutton', { name: 'Min. risk score' }),
    table,
    rows: bodyRows(page, table),
    /** The row of one account, found by its id (shown under the name). */
    row: (accountId: string) => bodyRows(page, table).filter({ hasText: accountId }),
    count: page.getByText(/^[\d,]+ accounts?$/),
  };
}

/** An account page's parts: header, summary, tabs. */
export function accountPage(page: Page) {
  const summary = page.getByRole('region', { name: 'Account summary' });
  return {
    heading: page.getByRole('heading', { level: 1 }),
    summary,
    tab: (name: 'Profile & devices' | 'Activity' | 'Consent') => page.getByRole('tab', { name, exact: true }),
    lock: page.getByRole('button', { name: 'Lock account', exact: true }),
    unlock: page.getByRole('button', { name: 'Unlock account', exact: true }),
  };
}

/** The consent tab's parts. */
export function consentTab(page: Page) {
  const current = page.getByRole('table', { name: 'Current consents' });
  const events = page.getByRole('table', { name: 'Consent events' });
  return {
    current,
    /** The row of one purpose in "Current consents" (the purpose's name is its row header). */
    currentRow: (purpose: string | RegExp) =>
      current.getByRole('row').filter({ has: page.getByRole('rowheader', { name: purpose }) }),
    events,
    eventRows: bodyRows(page, events),
    exportReceipt: page.getByRole('button', { name: 'Export receipt', exact: true }),
    recordWithdrawal: page.getByRole('button', { name: 'Record withdrawal', exact: true }),
  };
}

/**
 * Reveals a masked contact value of the account page with a reason (a too short one first, which
 * must be refused before any request) and returns the value shown.
 */
export async function reveal(
  page: Page,
  label: 'email address' | 'phone number',
  reason: string,
): Promise<string> {
  return test.step(`reveal the ${label}`, async () => {
    const summary = accountPage(page).summary;
    await summary.getByRole('button', { name: `Reveal the ${label}`, exact: true }).click();
    const dialog = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('heading', { name: `Reveal the ${label}` }) });
    await expect(dialog).toBeVisible();
    // The dialog must be named by its title (soft: the rest of the journey still runs without it).
    const named = page.getByRole('dialog', { name: `Reveal the ${label}` });
    if ((await named.count()) === 0) {
      const file = test.info().outputPath(`reveal-${label.replace(' ', '-')}-dialog-unnamed.png`);
      await page.screenshot({ path: file });
      await test.info().attach(`the reveal dialog has no name`, { path: file, contentType: 'image/png' });
    }
    await expect.soft(named, 'the dialog is named by its title').toBeVisible({ timeout: 1_000 });
    await expectNoAxeViolations(page, `reveal the ${label} dialog`);
    const reasonField = dialog.getByRole('textbox', { name: 'Reason' });
    await reasonField.fill('too short');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(dialog.getByText('Give a reason of at least 10 characters')).toBeVisible();
    await expect(dialog).toBeVisible();
    await reasonField.fill(reason);
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(dialog).toBeHidden();
    const value = summary.getByLabel(label, { exact: true });
    await expect(value).toBeVisible();
    await expect(value).not.toContainText('*');
    return (await value.textContent())?.trim() ?? '';
  });
}
