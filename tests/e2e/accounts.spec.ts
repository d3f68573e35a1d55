import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { accountPage, accountsList, bodyRows, consentTab, reveal } from './support/account-pages';
import { shell, signIn } from './support/console';
import { knownAccounts, knownContacts } from './support/known-accounts';
import { expectNoPersonalDataKept, recordPrivacyTrail } from './support/privacy';

/** A consent event as the receipt file holds it (only the fields the journey reads). */
interface ReceiptEvent {
  at: string;
  purposeId: string;
  action: string;
  recordedBy?: string;
  channel?: string;
  reason?: string;
  noticeText?: string;
}

interface Receipt {
  accountId: string;
  events: ReceiptEvent[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isReceiptEvent(value: unknown): value is ReceiptEvent {
  return (
    isObject(value) &&
    typeof value.at === 'string' &&
    typeof value.purposeId === 'string' &&
    typeof value.action === 'string' &&
    (value.recordedBy === undefined || typeof value.recordedBy === 'string')
  );
}

function isReceipt(value: unknown): value is Receipt {
  return (
    isObject(value) &&
    typeof value.accountId === 'string' &&
    Array.isArray(value.events) &&
    value.events.every(isReceiptEvent)
  );
}

/** `YYYY-MM-DD` in UTC, `days` from now. */
function utcDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function hasMark(page: Page, name: string): Promise<boolean> {
  return page.evaluate((markName) => performance.getEntriesByName(markName, 'mark').length > 0, name);
}

test('support finds Lena Hoffmann, reveals her email, records a marketing email withdrawal and exports the receipt; nothing personal stays in the browser', async ({
  page,
  context,
}) => {
  // A long journey with five axe runs: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const accountId = knownAccounts.marketingOptIn;
  const contact = knownContacts.marketingOptIn;
  const searchText = 'hoffmann';
  const trail = await recordPrivacyTrail(page);
  const list = accountsList(page);
  const account = accountPage(page);
  const consent = consentTab(page);

  await page.goto('/sign-in');
  const supportName = await signIn(page, 'support');

  await test.step('Accounts from the side navigation: the first page of accounts, masked', async () => {
    await shell(page).navLink('Accounts').click();
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(list.heading).toBeVisible();
    await expect(shell(page).navLink('Accounts')).toHaveAttribute('aria-current', 'page');
    await expect(list.rows.first()).toBeVisible();
    await expect(list.count).toBeVisible();
    await expect(list.status).toBeVisible();
    await expect(list.country).toBeVisible();
    // The risk threshold is folded behind "More filters", one click away.
    await expect(list.riskMin).toBeHidden();
    await list.moreFilters.click();
    await expect(list.riskMin).toBeVisible();
    // Email and phone columns are masked: no cell shows a whole address or number.
    const contacts = await list.rows.evaluateAll((rows) =>
      rows.map((row) => {
        const cells = row.querySelectorAll('td');
        return { email: cells[1]?.textContent ?? '', phone: cells[2]?.textContent ?? '' };
      }),
    );
    expect(contacts.length).toBeGreaterThan(0);
    for (const { email, phone } of contacts) {
      if (email.includes('@')) expect(email, 'a masked email in the list').toMatch(/^[^@\s]\*+@\S+$/);
      if (/\d/.test(phone)) expect(phone, 'a masked phone number in the list').toContain('*');
    }
    expect(await hasMark(page, 'accounts:first-rows'), 'performance mark accounts:first-rows').toBe(true);
  });
  await expectNoAxeViolations(page, 'accounts list');

  await test.step(`search "${searchText}": Lena Hoffmann's row, the text not in the URL`, async () => {
    const before = (await list.count.textContent()) ?? '';
    await list.search.fill(searchText);
    await expect(list.row(accountId)).toBeVisible();
    await expect(list.table).toHaveAttribute('aria-busy', 'false');
    await expect(list.count).not.toHaveText(before);
    await expect(list.row(accountId)).toContainText(contact.name);
    expect(page.url().toLowerCase()).not.toContain(searchText);
    // ArrowDown moves from the search field into the rows.
    await list.search.press('ArrowDown');
    await expect(list.rows.first()).toBeFocused();
  });
  await expectNoAxeViolations(page, 'accounts list, searched');

  await test.step('open the account: /accounts/:id/profile with the customer as the heading', async () => {
    await list.row(accountId).click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/profile$`));
    await expect(account.heading).toHaveText(contact.name);
    await expect(account.summary.getByText('active', { exact: true })).toBeVisible();
    await expect(account.summary.getByLabel('email address (masked)')).toContainText('*');
    await expect(account.summary.getByLabel('phone number (masked)')).toContainText('*');
    await expect(account.tab('Profile & devices')).toHaveAttribute('aria-selected', 'true');
    await expect(account.tab('Activity')).toBeVisible();
    await expect(account.tab('Consent')).toBeVisible();
    // Support may not lock accounts.
    await expect(account.lock).toHaveCount(0);
    await expect(account.unlock).toHaveCount(0);
    expect(await hasMark(page, 'account:header'), 'performance mark account:header').toBe(true);
  });
  await expectNoAxeViolations(page, 'account, profile tab');

  const revealedEmail = await reveal(
    page,
    'email address',
    'Customer asked to confirm the email on file (ticket 4812)',
  );
  expect(revealedEmail).toBe(contact.email);

  await test.step('the Consent tab: marketing email granted', async () => {
    await account.tab('Consent').click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/consent$`));
    await expect(account.tab('Consent')).toHaveAttribute('aria-selected', 'true');
    await expect(consent.currentRow(/^Marketing email/)).toContainText('Granted');
    await expect(consent.eventRows.first()).toBeVisible();
    // The revealed value stays on this account's page across its tabs.
    await expect(account.summary.getByLabel('email address', { exact: true })).toHaveText(revealedEmail);
  });
  await expectNoAxeViolations(page, 'account, consent tab');

  let purposeName = '';
  const withdrawalReason = 'Phone call today, caller verified with the order number';
  await test.step('record the withdrawal of marketing email', async () => {
    await consent.recordWithdrawal.click();
    const dialog = page.getByRole('dialog', { name: 'Record a consent withdrawal' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'record a consent withdrawal dialog');
    const purpose = dialog.getByRole('combobox', { name: /^Purpose/ });
    const option = purpose.getByRole('option').filter({ hasText: /marketing email/i });
    await expect(option).toHaveCount(1);
    purposeName = (await option.textContent())?.trim() ?? '';
    // Only granted, optional purposes are offered: never the required one.
    await expect(purpose.getByRole('option', { name: /Essential cookies/ })).toHaveCount(0);
    await purpose.selectOption({ label: purposeName });
    await dialog.getByRole('combobox', { name: /^How the customer asked/ }).selectOption({ label: 'Phone' });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(withdrawalReason);
    await dialog.getByRole('button', { name: 'Record withdrawal', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Withdrawal of “${purposeName}” recorded`)).toBeVisible();
  });

  await test.step('the withdrawal tops "Consent events", recorded by support; "Current consents" says Withdrawn', async () => {
    const newest = consent.eventRows.first();
    await expect(consent.events).toHaveAttribute('aria-busy', 'false');
    await expect(newest.getByRole('cell').nth(1)).toHaveText(purposeName);
    await expect(newest.getByRole('cell').nth(2)).toHaveText('Withdrawn');
    // How the customer asked, who recorded it and why; no notice the customer was "shown".
    await expect(newest.getByRole('cell').nth(3)).toHaveText('Support request · Phone');
    await expect(newest.getByRole('cell').last()).toContainText(`No notice shown · ${supportName}: ${withdrawalReason}`);
    await expect(consent.currentRow(/^Marketing email/)).toContainText('Withdrawn');
  });
  await expectNoAxeViolations(page, 'account, consent tab after the withdrawal');

  await test.step('export the receipt: a JSON file with the withdrawal', async () => {
    const downloading = page.waitForEvent('download');
    await consent.exportReceipt.click();
    const download = await downloading;
    const name = download.suggestedFilename();
    expect(name).toMatch(new RegExp(`^consent-receipt-${accountId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect([utcDay(-1), utcDay(0), utcDay(1)], 'the receipt is dated today').toContain(name.slice(-15, -5));
    const file = await download.path();
    const receipt: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isReceipt(receipt))
      throw new Error(`the receipt is not { accountId, events[] }: ${JSON.stringify(receipt).slice(0, 300)}`);
    expect(receipt.accountId).toBe(accountId);
    const withdrawal = receipt.events.find(
      (event) => event.purposeId === 'marketing_email' && event.action === 'withdrawn',
    );
    expect(withdrawal, 'the receipt holds the withdrawal').toBeDefined();
    expect(withdrawal?.recordedBy).toMatch(/^stf_/);
    expect(withdrawal).toMatchObject({ channel: 'phone', reason: withdrawalReason, noticeText: '' });
    expect(receipt.events[0], 'newest first: the withdrawal leads').toEqual(withdrawal);
  });

  await test.step('Back to the list: the search text is back from memory, and a reload forgets it', async () => {
    for (let step = 0; step < 6 && new URL(page.url()).pathname !== '/accounts'; step += 1)
      await page.goBack();
    await expect(page).toHaveURL(/\/accounts(\?|$)/);
    await expect(list.search).toHaveValue(searchText);
    await expect(list.row(accountId)).toBeVisible();
    await page.reload();
    await expect(list.heading).toBeVisible();
    await expect(list.search).toHaveValue('');
  });

  await test.step('after a reload the withdrawal is still there: the mock journals writes like a backend stores them', async () => {
    await page.goto(`/accounts/${accountId}/consent`);
    await expect(consent.currentRow(/^Marketing email/)).toContainText('Withdrawn');
    await expect(consent.eventRows.first().getByRole('cell').nth(2)).toHaveText('Withdrawn');
  });

  const databases = await expectNoPersonalDataKept(page, context, trail, [
    revealedEmail,
    searchText,
    contact.email,
    contact.phoneDigits,
  ]);
  test
    .info()
    .annotations.push({ type: 'IndexedDB databases', description: databases.join(', ') || '(none)' });
});

test('a security analyst opens the locked account from a search by id: locked, Unlock, masked IPs they may reveal', async ({
  page,
}) => {
  const accountId = knownAccounts.locked;
  const list = accountsList(page);
  const account = accountPage(page);

  await page.goto('/sign-in');
  await signIn(page, 'analyst');
  await shell(page).navLink('Accounts').click();
  await expect(list.heading).toBeVisible();
  await expect(list.rows.first()).toBeVisible();

  await test.step('search the id with Enter, open the row with the keyboard', async () => {
    await list.search.fill(accountId);
    await list.search.press('Enter');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(accountId)).toBeVisible();
    await expect(list.count).toHaveText(/^1 accounts?$/);
    await list.search.press('ArrowDown');
    await expect(list.row(accountId)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/profile$`));
  });

  await test.step('the header says locked and offers Unlock', async () => {
    await expect(account.heading).toHaveText(knownContacts.locked.name);
    await expect(account.summary.getByText('locked', { exact: true })).toBeVisible();
    await expect(account.unlock).toBeVisible();
    await expect(account.lock).toHaveCount(0);
    await expect(page.getByText(/^Locked: /)).toBeVisible();
    await expect(account.summary.getByRole('button', { name: 'Reveal the email address' })).toBeVisible();
  });
  await expectNoAxeViolations(page, 'locked account, profile tab');

  await test.step('the activity tab: IP addresses masked, each with a Reveal button', async () => {
    await account.tab('Activity').click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/activity$`));
    const activity = page.getByRole('table', { name: 'Activity' });
    const rows = bodyRows(page, activity);
    await expect(rows.first()).toBeVisible();
    await expect(activity).toHaveAttribute('aria-busy', 'false');
    const masked = activity.getByLabel('IP address (masked)');
    await expect(masked.first()).toBeVisible();
    const ips = await masked.allTextContents();
    for (const ip of ips) expect(ip, 'a masked IP address').toContain('*');
    await expect(activity.getByRole('button', { name: 'Reveal the IP address', exact: true })).toHaveCount(
      ips.length,
    );
  });
  await expectNoAxeViolations(page, 'locked account, activity tab');
});
