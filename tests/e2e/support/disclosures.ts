import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Ledger entries and recipients the mock API seeds with known ids and traits whatever the seed,
 * copied from `mocks/db/known-disclosures.ts`: the e2e drives the built demo and never imports
 * the mock, so the values are literals here. If the mock changes them, change them here too.
 */
export const knownDisclosures = {
  /** An authority request (criminal investigation) with a reference and two documents. */
  authorityRequest: 'dis_k4q5er',
  /** A consent-basis share whose first account withdrew the consent since. */
  withdrawnSince: 'dis_ke07ay',
  /** A contract share corrected by `correction`. */
  correctedOriginal: 'dis_kna975',
  correction: 'dis_wgqkg0',
} as const;

export const knownRecipients = {
  /** Seller "Nordlicht Mode GmbH", DE, agreement `DPA-SEL-2021-014`: thousands of entries. */
  seller: 'rcp_7k2m9q',
  /** Authority "Landeskriminalamt Nordmark", DE, no agreement. */
  authority: 'rcp_6j1s8f',
} as const;

/** "Lena Hoffmann": named by several entries (the account page's Disclosures tab). */
export const knownDisclosureAccount = 'acc_ele67v';

/** The ledger's parts, by role and label. */
export function ledger(page: Page) {
  const table = page.getByRole('table', { name: 'Disclosures' });
  const filters = page.getByRole('search', { name: 'Filter the disclosures' });
  return {
    heading: page.getByRole('heading', { name: 'Disclosures', level: 1 }),
    table,
    rows: table.locator('tbody tr[data-row-key]'),
    row: (id: string) => table.locator(`tbody tr[data-row-key="${id}"]`),
    search: page.getByRole('textbox', { name: 'Search disclosures' }),
    recipientCategory: filters.getByRole('combobox', { name: 'Recipient category', exact: true }),
    legalBasis: filters.getByRole('combobox', { name: 'Legal basis', exact: true }),
    recipient: filters.getByRole('combobox', { name: 'Recipient', exact: true }),
    /** "1,234 entries" on the table's own line. */
    count: page.getByText(/^[\d,]+ (entry|entries)$/),
    exportButton: page.getByRole('button', { name: 'Export CSV' }),
    recipientCard: page.getByRole('region', { name: 'Recipient' }),
  };
}

/** The number in "1,234 entries", once the list has settled (not busy). */
export async function settledTotal(page: Page): Promise<number> {
  const parts = ledger(page);
  await expect(parts.table).toHaveAttribute('aria-busy', 'false');
  const text = (await parts.count.textContent()) ?? '';
  const total = Number(/^([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  expect(total, `the list's count (${text})`).not.toBeNaN();
  return total;
}

/** The text under each column header of the table's body rows, read in one go. */
export function readCells(table: Locator): Promise<Record<string, string>[]> {
  return table.evaluate((element) => {
    const headers = Array.from(element.querySelectorAll('thead th'), (cell) => cell.textContent.trim());
    return Array.from(element.querySelectorAll('tbody tr[data-row-key]'), (row) =>
      Object.fromEntries(
        Array.from(row.querySelectorAll('td'), (cell, index) => [
          headers[index] ?? String(index),
          cell.textContent.trim(),
        ]),
      ),
    );
  });
}
