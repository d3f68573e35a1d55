import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { shell, signIn } from './support/console';
import {
  knownDisclosureAccount,
  knownDisclosures,
  knownRecipients,
  ledger,
  settledTotal,
} from './support/disclosures';

/** docs/api.md "CSV export columns", in order. */
const exportHeader =
  'id,occurredAt,recordedAt,recordedBy,kind,recipientId,recipientName,recipientCategory,recipientCountry,legalBasis,purpose,dataCategories,accountIds,subjectCount,deidentified,encrypted,crossBorderCountry,crossBorderSafeguard,requestReference,documents,corrects,correctedBy';

/** The CSV's records (RFC 4180: a quoted cell may hold a line break), the header first. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\n' && !inQuotes) {
      records.push(text.slice(start, index).replace(/\r$/, ''));
      start = index + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

test('legal filters the ledger to one recipient, reads its card and an entry, and exports exactly the filtered set', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, 'legal');
  const parts = ledger(page);

  await test.step('the ledger from the navigation', async () => {
    await shell(page).navLink('Disclosures').click();
    await expect(page).toHaveURL(/\/disclosures$/);
    await expect(parts.heading).toBeVisible();
    await expect(parts.rows.first()).toBeVisible();
    await expect(page).toHaveTitle('Disclosures · Privacy Console');
  });
  await expectNoAxeViolations(page, 'disclosures ledger');

  await test.step('the recipient and the legal basis narrow the list, in the URL', async () => {
    await parts.recipient.selectOption(knownRecipients.authority);
    await expect(page).toHaveURL(new RegExp(`[?&]recipientId=${knownRecipients.authority}(&|$)`));
    await parts.legalBasis.selectOption('criminal_investigation');
    await expect(page).toHaveURL(/[?&]legalBasis=criminal_investigation(&|$)/);
    await expect(parts.recipientCard).toContainText('Landeskriminalamt Nordmark');
    await expect(parts.recipientCard).toContainText('None (no data agreement)');
    await expect(parts.recipientCard).toContainText('Criminal investigation');
  });
  await expectNoAxeViolations(page, 'recipient view');

  const total = await settledTotal(page);
  expect(total, 'a small filtered set').toBeGreaterThan(0);
  expect(total).toBeLessThan(5_000);

  await test.step('Export CSV downloads that set: the header, then one row per entry', async () => {
    const downloading = page.waitForEvent('download');
    await parts.exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^disclosures_landeskriminalamt-nordmark_criminal-investigation_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    const records = csvRecords(text);
    expect(records[0]).toBe(exportHeader);
    expect(records.length - 1, 'rows = the list’s total').toBe(total);
    for (const record of records.slice(1)) expect(record).toContain(knownRecipients.authority);
    await expect(page.getByText(/^Exported to disclosures_/)).toBeVisible();
  });

  await test.step('an entry: its documents, each with its SHA-256', async () => {
    await page.goto(`/disclosures/${knownDisclosures.authorityRequest}`);
    await expect(
      page.getByRole('heading', { name: 'Disclosure to Landeskriminalamt Nordmark', level: 1 }),
    ).toBeVisible();
    const documents = page.getByRole('region', { name: 'Documents' });
    await expect(documents.getByRole('row')).toHaveCount(3);
    await expect(documents.locator('code').first()).toHaveText(/^[0-9a-f]{64}$/);
  });
  await expectNoAxeViolations(page, 'disclosure entry');

  await test.step('a corrected entry says so and links the correction, which links back', async () => {
    await page.goto(`/disclosures/${knownDisclosures.correctedOriginal}`);
    const chain = page.getByRole('region', { name: 'Correction chain' });
    await expect(chain).toContainText('This entry was corrected by');
    await chain.getByRole('link', { name: knownDisclosures.correction }).click();
    await expect(page).toHaveURL(new RegExp(`/disclosures/${knownDisclosures.correction}$`));
    await expect(
      page
        .getByRole('region', { name: 'Correction chain' })
        .getByRole('link', { name: knownDisclosures.correctedOriginal }),
    ).toBeVisible();
  });
});

test('support reads an account’s Disclosures tab but not the ledger', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'support');
  await expect(shell(page).navLink('Disclosures')).toHaveCount(0);

  await test.step('a deep link to the ledger names the roles it needs', async () => {
    await page.goto('/disclosures');
    await expect(
      page.getByRole('heading', { name: 'You need the legal or privacy officer role', level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Disclosures' })).toHaveCount(0);
  });

  await test.step('the account’s tab lists the entries naming it, without links to pages support cannot open', async () => {
    await page.goto(`/accounts/${knownDisclosureAccount}`);
    await page.getByRole('tab', { name: 'Disclosures' }).click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${knownDisclosureAccount}/disclosures$`));
    const table = page.getByRole('table', { name: 'Disclosures naming this account' });
    await expect(table.locator('tbody tr[data-row-key]').first()).toBeVisible();
    expect(await table.locator('tbody tr[data-row-key]').count()).toBeGreaterThan(1);
    await expect(table.locator('a[href^="/disclosures"]')).toHaveCount(0);
  });
  await expectNoAxeViolations(page, 'account disclosures tab');
});
