import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/console';

/** What a person sees of a list's rows at this window size, measured in the page. */
interface ListView {
  /** Body rows wholly inside the window and the rows' scroll area (not under the sticky header). */
  fullyVisibleRows: number;
  /** The header row's top, relative to the rows' scroll area's top (px; 0 when it sticks). */
  headerOffset: number;
  /** The header row is inside the window. */
  headerInWindow: boolean;
  /** Column headers wholly inside the window, left to right. */
  headersOnScreen: string[];
  /** The table is wider than its area (a horizontal scroll bar). */
  overflowsSideways: boolean;
  /** The whole page is wider than the window. */
  pageOverflowsSideways: boolean;
}

async function measure(page: Page, label: string): Promise<ListView> {
  return page.evaluate((tableLabel) => {
    const table = document.querySelector<HTMLTableElement>(`table[aria-label="${tableLabel}"]`);
    const area = table?.closest<HTMLElement>('[role="region"]');
    const headRow = table?.tHead?.rows[0];
    const headCell = headRow?.cells[0];
    const body = table?.tBodies[0];
    if (!table || !area || !headRow || !headCell || !body) {
      throw new Error(`no table "${tableLabel}" in a scroll area`);
    }
    const box = area.getBoundingClientRect();
    // The header's cells stick (the row group itself scrolls away).
    const headBox = headCell.getBoundingClientRect();
    const top = Math.max(0, headBox.bottom);
    const bottom = Math.min(window.innerHeight, box.bottom);
    const rows = [...body.rows].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.height > 0 && rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5;
    });
    const headers = [...headRow.cells]
      .filter((cell) => {
        const rect = cell.getBoundingClientRect();
        return rect.width > 0 && rect.left >= 0 && rect.right <= Math.min(window.innerWidth, box.right) + 0.5;
      })
      .map((cell) => cell.textContent.trim())
      .filter((text) => text !== '');
    return {
      fullyVisibleRows: rows.length,
      headerOffset: Math.round(headBox.top - box.top),
      headerInWindow: headBox.top >= 0 && headBox.bottom <= window.innerHeight,
      headersOnScreen: headers,
      overflowsSideways: area.scrollWidth > area.clientWidth + 1,
      // The page itself (a hidden label laid out 100% wide once made it 1,705 px at 1024).
      pageOverflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    };
  }, label);
}

async function scrollRows(page: Page, label: string, by: number): Promise<number> {
  return page.evaluate(
    ({ tableLabel, px }) => {
      const area = document.querySelector(`table[aria-label="${tableLabel}"]`)?.closest('[role="region"]');
      if (!area) throw new Error('no scroll area');
      area.scrollTop += px;
      return area.scrollTop;
    },
    { tableLabel: label, px: by },
  );
}

const lists = [
  {
    path: '/alerts?status=new',
    table: 'Risk alerts',
    who: 'analyst',
    essential: ['Severity', 'Title', 'Status', 'Assignee', 'Detected'],
  },
  {
    path: '/accounts',
    table: 'Accounts',
    who: 'support',
    essential: ['Name', 'Email', 'Status', 'Last seen'],
  },
] as const;

for (const list of lists) {
  test(`${list.table}: at least 15 one-line rows at 1280×800, a sticky header, every essential column at 1024×768`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/sign-in');
    await signIn(page, list.who);
    await page.goto(list.path);
    const table = page.getByRole('table', { name: list.table });
    await expect(table).toHaveAttribute('aria-busy', 'false');
    await expect(table.locator('tbody tr[data-row-key]').nth(20)).toBeAttached();

    const wide = await measure(page, list.table);
    test.info().annotations.push({ type: 'rows at 1280×800', description: String(wide.fullyVisibleRows) });
    expect(wide.fullyVisibleRows, 'rows wholly visible at 1280×800').toBeGreaterThanOrEqual(15);
    expect(wide.headerInWindow).toBe(true);

    // The rows scroll under the header, which stays where it was.
    expect(await scrollRows(page, list.table, 400)).toBeGreaterThan(0);
    const scrolled = await measure(page, list.table);
    expect(scrolled.headerOffset, 'the header sticks to the top of the rows').toBe(0);
    expect(scrolled.headerInWindow).toBe(true);
    expect(scrolled.fullyVisibleRows).toBeGreaterThanOrEqual(15);

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect
      .poll(async () => (await measure(page, list.table)).overflowsSideways, {
        message: 'no sideways scroll at 1024',
      })
      .toBe(false);
    const narrow = await measure(page, list.table);
    expect(narrow.pageOverflowsSideways, 'the page does not scroll sideways at 1024').toBe(false);
    test
      .info()
      .annotations.push({ type: 'columns at 1024×768', description: narrow.headersOnScreen.join(', ') });
    for (const header of list.essential) expect(narrow.headersOnScreen).toContain(header);
  });
}
