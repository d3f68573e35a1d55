import { expect, test, type Locator, type Page } from '@playwright/test';

/** The risk-alert queue's parts, by role and label. */
export function alertsQueue(page: Page) {
  const table = page.getByRole('table', { name: 'Risk alerts' });
  const savedViews = page.getByRole('navigation', { name: 'Saved views' });
  const status = page.getByRole('group', { name: 'Status' });
  const rows = table.locator('tbody tr[data-row-key]');
  return {
    heading: page.getByRole('heading', { name: 'Risk alerts', level: 1 }),
    savedViews,
    view: (name: 'My open' | 'Critical & high unassigned' | 'New today') =>
      savedViews.getByRole('button', { name, exact: true }),
    /** A status toggle; its name carries the count ("New 279") once the counts are in. */
    statusToggle: (label: string) =>
      status.getByRole('button', { name: new RegExp(`^${label}( [\\d,]+)?$`) }),
    search: page.getByRole('textbox', { name: 'Search alerts' }),
    toolbar: page.getByRole('toolbar', { name: 'Change the selected alerts' }),
    table,
    /** Body rows (skeleton rows while loading carry no key). */
    rows,
    row: (alertId: string) => table.locator(`tbody tr[data-row-key="${alertId}"]`),
    /**
     * The outcome of a change: "4 of 5 alerts dismissed; 1 failed:" above the rows, or a success
     * ("1 alert assigned to you.") in a toast; both can be closed.
     */
    result: page
      .getByRole('status')
      .filter({ has: page.getByRole('button', { name: 'Close', exact: true }) }),
    failures: page.getByRole('list', { name: 'Failed alerts' }),
  };
}

/** An alert page's parts. */
export function alertPage(page: Page) {
  const summary = page.getByRole('region', { name: 'Alert summary' });
  const notes = page.getByRole('region', { name: 'Notes' });
  return {
    heading: page.getByRole('heading', { level: 1 }),
    summary,
    incidentLink: summary.getByRole('link', { name: /^inc_/ }),
    notes,
    noteList: notes.getByRole('list', { name: 'Notes, oldest first' }),
    newNote: notes.getByRole('textbox', { name: /^New note/ }),
    addNote: notes.getByRole('button', { name: 'Add note', exact: true }),
  };
}

/** A body row of the queue as shown: its alert id and the text under each column header. */
export interface QueueRow {
  id: string;
  cells: Record<string, string>;
}

/** The queue's rows on screen, read in one go. */
export function readRows(table: Locator): Promise<QueueRow[]> {
  return table.evaluate((element) => {
    const headers = Array.from(element.querySelectorAll('thead th'), (cell) => cell.textContent.trim());
    return Array.from(element.querySelectorAll<HTMLElement>('tbody tr[data-row-key]'), (row) => {
      const texts = Array.from(row.querySelectorAll('td'), (cell) => cell.textContent.trim());
      return {
        id: row.dataset.rowKey ?? '',
        cells: Object.fromEntries(headers.map((header, index) => [header, texts[index] ?? ''])),
      };
    });
  });
}

/** The text of one row's cell under a column header. */
export async function cellText(table: Locator, alertId: string, header: string): Promise<string> {
  const row = (await readRows(table)).find((each) => each.id === alertId);
  expect(row, `the queue shows ${alertId}`).toBeDefined();
  const text = row?.cells[header];
  expect(text, `the queue has a "${header}" column`).toBeDefined();
  return text ?? '';
}

/** Waits until the row's cell under `header` reads `expected`. */
export async function expectCell(table: Locator, alertId: string, header: string, expected: string) {
  await expect
    .poll(() => cellText(table, alertId, header), { message: `"${header}" of ${alertId}` })
    .toBe(expected);
}

/** The key (alert id) of the row that has focus, if a row has it. */
export function focusedRowKey(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest<HTMLElement>('tr[data-row-key]')?.dataset.rowKey ?? null,
  );
}

/**
 * Presses Tab (from wherever focus is) until `target` has focus: how a keyboard user reaches a
 * control. Fails when it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, name: string, limit = 60): Promise<void> {
  await test.step(`Tab to ${name}`, async () => {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    await expect(target, `${name} is reached with Tab within ${String(limit)} presses`).toBeFocused({
      timeout: 1,
    });
  });
}
