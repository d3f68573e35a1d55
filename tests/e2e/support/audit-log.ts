import { expect, test, type Locator, type Page } from '@playwright/test';

export interface AuditRow {
  /** The event's time (`<time dateTime>`), ISO 8601. */
  at: string;
  actor: string;
  action: string;
  target: string;
}

/** The audit log page's parts, by role and label. */
export function auditLog(page: Page) {
  const table = page.getByRole('table', { name: 'Audit events' });
  return {
    heading: page.getByRole('heading', { name: 'Audit log', level: 1 }),
    table,
    /** Body rows: the header row holds column headers, not cells. */
    rows: table.getByRole('row').filter({ has: page.getByRole('cell') }),
    actor: page.getByRole('combobox', { name: /^Actor/ }),
    action: page.getByRole('combobox', { name: /^Action/ }),
    targetType: page.getByRole('combobox', { name: /^Target type/ }),
    targetId: page.getByRole('textbox', { name: 'Target id' }),
    from: page.getByLabel('From'),
    to: page.getByLabel('To'),
  };
}

/** Picks an option of a list filter (a native select) by its visible label. */
export async function choose(combobox: Locator, option: string): Promise<void> {
  await test.step(`choose "${option}"`, async () => {
    await combobox.selectOption({ label: option });
    await expect(chosen(combobox)).toHaveText(option);
  });
}

/** The label of the option a list filter shows as chosen. */
export function chosen(combobox: Locator): Locator {
  return combobox.locator('option:checked');
}

/** The rows on screen, read in one go: time, actor's name, action code, target. */
export async function readRows(page: Page): Promise<AuditRow[]> {
  return auditLog(page).rows.evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('td'), (cell) => cell.textContent.trim());
      return {
        at: row.querySelector('time')?.getAttribute('datetime') ?? '',
        actor: cells[1] ?? '',
        action: cells[2] ?? '',
        target: cells[3] ?? '',
      };
    }),
  );
}

/**
 * Waits until the table has settled (not busy, actor names resolved) and every row passes `check`,
 * then returns the rows.
 */
export async function settledRows(
  page: Page,
  check: (row: AuditRow) => boolean,
  what: string,
): Promise<AuditRow[]> {
  const { table } = auditLog(page);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  let rows: AuditRow[] = [];
  await expect
    .poll(
      async () => {
        rows = await readRows(page);
        return rows.length > 0 && rows.every((row) => check(row) && !row.actor.startsWith('stf_'));
      },
      { message: `every audit row shows ${what}` },
    )
    .toBe(true);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  return readRows(page);
}
