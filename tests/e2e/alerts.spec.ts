import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import {
  alertPage,
  alertsQueue,
  cellText,
  expectCell,
  focusedRowKey,
  readRows,
  tabTo,
} from './support/alerts';
import { shell, signIn } from './support/console';
import { knownAlerts } from './support/known-alerts';

async function hasMark(page: Page, name: string): Promise<boolean> {
  return page.evaluate((markName) => performance.getEntriesByName(markName, 'mark').length > 0, name);
}

test('a security analyst triages from the keyboard: the critical alert assigned, acknowledged, noted and escalated to a new incident', async ({
  page,
}) => {
  // Two pages, a dialog and four axe runs on a busy machine.
  test.setTimeout(240_000);
  const alertId = knownAlerts.newCritical;
  const queue = alertsQueue(page);
  const alert = alertPage(page);
  const note = 'Customer confirmed by phone: not them. Card blocked.';
  const incidentTitle = 'Account takeover of a locked account via password reset';

  await page.goto('/sign-in');
  const analystName = await signIn(page, 'analyst');

  await test.step('Risk alerts from the side navigation, with the keyboard', async () => {
    const link = shell(page).navLink('Risk alerts');
    await tabTo(page, link, 'the "Risk alerts" link');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/alerts$/);
    await expect(queue.heading).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(queue.rows.first()).toBeVisible();
    await expect(queue.table).toHaveAttribute('aria-busy', 'false');
    await expect(queue.statusToggle('New')).toHaveAccessibleName(/^New [\d,]+$/);
    // Nothing selected: the selection's actions wait for one.
    await expect(queue.toolbar.getByRole('button', { name: 'Acknowledge', exact: true })).toBeDisabled();
    expect(await hasMark(page, 'alerts:first-rows'), 'performance mark alerts:first-rows').toBe(true);
  });
  await expectNoAxeViolations(page, 'risk alerts queue');

  await test.step('the "Critical & high unassigned" view: only open, high or critical, unassigned alerts', async () => {
    const view = queue.view('Critical & high unassigned');
    await tabTo(page, view, 'the "Critical & high unassigned" view');
    await page.keyboard.press('Enter');
    await expect(view).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]assignee=none(&|$)/);
    await expect(queue.row(alertId)).toBeVisible();
    await expect(queue.table).toHaveAttribute('aria-busy', 'false');
    // Every row on screen is open, high or critical, and unassigned (the previous rows stay while
    // the view loads, so this waits for the new ones).
    await expect
      .poll(async () => {
        const rows = await readRows(queue.table);
        const off = rows.filter(
          ({ cells }) =>
            !/^(high|critical)$/.test(cells.Severity ?? '') ||
            !/^(new|acknowledged)$/.test(cells.Status ?? '') ||
            cells.Assignee !== 'Unassigned',
        );
        return {
          rows: rows.length > 1,
          off: off.map((row) => `${row.id}: ${Object.values(row.cells).join(' | ')}`),
        };
      })
      .toEqual({ rows: true, off: [] });
  });

  await test.step(`j into the rows and down to ${alertId}, one past it and k back`, async () => {
    await page.keyboard.press('j');
    await expect(queue.rows.first()).toBeFocused();
    const count = await queue.rows.count();
    for (let step = 0; step < count && (await focusedRowKey(page)) !== alertId; step += 1) {
      await page.keyboard.press('j');
    }
    await expect(queue.row(alertId)).toBeFocused();
    await page.keyboard.press('j');
    await expect(queue.row(alertId)).not.toBeFocused();
    await page.keyboard.press('k');
    await expect(queue.row(alertId)).toBeFocused();
  });

  const row = queue.row(alertId);
  await test.step('m assigns the focused alert to me: the row stays, shows my name and keeps focus', async () => {
    await page.keyboard.press('m');
    await expect(queue.result).toContainText('1 alert assigned to you.');
    await expectCell(queue.table, alertId, 'Assignee', analystName);
    await expect(row).toBeFocused();
  });

  await test.step('a acknowledges it', async () => {
    await page.keyboard.press('a');
    await expect(queue.result).toContainText('1 alert acknowledged.');
    await expectCell(queue.table, alertId, 'Status', 'acknowledged');
    await expectCell(queue.table, alertId, 'Assignee', analystName);
    await expect(row).toBeFocused();
  });

  const title = await cellText(queue.table, alertId, 'Title');
  await test.step('Enter opens the alert: acknowledged, assigned to me', async () => {
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/alerts/${alertId}$`));
    await expect(alert.heading).toHaveText(title);
    await expect(alert.summary.getByText('acknowledged', { exact: true })).toBeVisible();
    await expect(alert.summary).toContainText(analystName);
    await expect(page.getByRole('button', { name: 'Escalate', exact: true })).toBeVisible();
    // Already acknowledged: the page no longer offers it.
    await expect(page.getByRole('button', { name: 'Acknowledge', exact: true })).toHaveCount(0);
    expect(await hasMark(page, 'alert:first-data'), 'performance mark alert:first-data').toBe(true);
  });
  await expectNoAxeViolations(page, 'alert page');

  await test.step('add a note, typed and sent with the keyboard', async () => {
    await tabTo(page, alert.newNote, 'the "New note" field');
    await page.keyboard.type(note);
    await expect(alert.notes).toContainText(`${String(note.length)} / 5,000`);
    // Typing in the field never fires the page's shortcuts (the note has an "e", an "a", an "m").
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(alert.addNote).toBeFocused();
    await page.keyboard.press('Enter');
    const added = alert.noteList.getByRole('listitem').filter({ hasText: note });
    await expect(added).toBeVisible();
    await expect(added).toContainText(analystName);
    await expect(alert.newNote).toHaveValue('');
  });

  await test.step('e opens "Escalate the alert"; a new incident with a title of my own', async () => {
    // Focus off the field, so the key is a shortcut and not text.
    await expect(alert.newNote).not.toBeFocused();
    await page.keyboard.press('e');
    const dialog = page.getByRole('dialog', { name: 'Escalate the alert' });
    await expect(dialog).toBeVisible();
    const existing = dialog.getByRole('radio', { name: 'An existing open incident' });
    const fresh = dialog.getByRole('radio', { name: 'A new incident' });
    await expect(existing).toBeChecked();
    await expectNoAxeViolations(page, 'escalate dialog');
    await tabTo(page, existing, 'the "An existing open incident" choice', 10);
    await page.keyboard.press('ArrowRight');
    await expect(fresh).toBeChecked();
    await expect(fresh).toBeFocused();
    const titleField = dialog.getByRole('textbox', { name: /^Incident title/ });
    // The new incident starts from the alert's title.
    await expect(titleField).toHaveValue(title);
    await page.keyboard.press('Tab');
    await expect(titleField).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(incidentTitle);
    await expect(titleField).toHaveValue(incidentTitle);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  });

  await test.step('the alert is escalated and links its new incident', async () => {
    await expect(alert.summary.getByText('escalated', { exact: true })).toBeVisible();
    await expect(alert.incidentLink).toBeVisible();
    await expect(alert.incidentLink).toHaveAttribute('href', /^\/incidents\/inc_[a-z0-9]+$/);
    // Escalated: only resolving is left.
    await expect(page.getByRole('button', { name: 'Escalate', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Resolve', exact: true })).toBeVisible();
    await expect(alert.noteList).toContainText(note);
  });
  await expectNoAxeViolations(page, 'alert page, escalated');
});

test('a bulk dismiss where another tab changed one alert meanwhile: four dismissed, the fifth named with its reason, then retried', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const queue = alertsQueue(page);
  await page.goto('/sign-in');
  await signIn(page, 'analyst');

  await page.goto('/alerts?status=new');
  await expect(queue.heading).toBeVisible();
  await expect(queue.statusToggle('New')).toHaveAttribute('aria-pressed', 'true');
  await expect(queue.rows.nth(4)).toBeVisible();
  await expect(queue.table).toHaveAttribute('aria-busy', 'false');

  const shown = await readRows(queue.table);
  for (const { id, cells } of shown) expect(cells.Status, `status of ${id}`).toBe('new');
  const order = shown.map((row) => row.id);
  const titles = new Map(shown.map((row) => [row.id, row.cells.Title ?? '']));
  const [first, second, third, fourth, fifth] = order;
  if (!first || !second || !third || !fourth || !fifth)
    throw new Error('the queue shows fewer than five alerts');
  const changedElsewhere = second;

  await test.step('select five new alerts: three checkboxes, then x on two focused rows', async () => {
    for (const id of [first, second, third]) {
      await queue.row(id).getByRole('checkbox').click();
      await expect(queue.row(id)).toHaveAttribute('aria-selected', 'true');
    }
    for (const id of [fourth, fifth]) {
      await queue.row(id).focus();
      await page.keyboard.press('x');
      await expect(queue.row(id)).toHaveAttribute('aria-selected', 'true');
    }
    await expect(queue.toolbar).toContainText('5 selected');
    await expect(queue.toolbar.getByRole('button', { name: 'Dismiss…', exact: true })).toBeEnabled();
  });

  await test.step(`meanwhile another tab acknowledges ${changedElsewhere}`, async () => {
    const other = await context.newPage();
    await other.goto(`/alerts/${changedElsewhere}`);
    const otherAlert = alertPage(other);
    await expect(otherAlert.summary.getByText('new', { exact: true })).toBeVisible();
    await other.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect(otherAlert.summary.getByText('acknowledged', { exact: true })).toBeVisible();
    await other.close();
    await page.bringToFront();
  });

  const dismissNote = 'Test traffic from the load-testing team, not a customer.';
  await test.step('d with the selection: "Dismiss 5 alerts" needs a note', async () => {
    await queue.row(fifth).focus();
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog', { name: 'Dismiss 5 alerts' });
    await expect(dialog).toBeVisible();
    const field = dialog.getByRole('textbox', { name: /^Why is it dismissed\?/ });
    await expect(field).toBeFocused();
    await dialog.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(dialog.getByText('Say in a note why the alert is dismissed')).toBeVisible();
    await field.fill(dismissNote);
    await dialog.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('"4 of 5 alerts dismissed; 1 failed:" names the changed alert and why', async () => {
    await expect(queue.result).toContainText('4 of 5 alerts dismissed; 1 failed:');
    const failures = queue.failures.getByRole('listitem');
    await expect(failures).toHaveCount(1);
    await expect(failures.first()).toContainText(
      `${titles.get(changedElsewhere) ?? ''} (${changedElsewhere})`,
    );
    await expect(failures.first()).toContainText('Changed by someone else');
    await expect(failures.first().getByRole('link')).toHaveAttribute('href', `/alerts/${changedElsewhere}`);
    // The rows stay where they were: four dismissed, the other one as the other tab left it.
    expect((await readRows(queue.table)).map((row) => row.id)).toEqual(order);
    for (const id of [first, third, fourth, fifth]) await expectCell(queue.table, id, 'Status', 'dismissed');
    await expectCell(queue.table, changedElsewhere, 'Status', 'acknowledged');
  });
  await expectNoAxeViolations(page, 'risk alerts queue, partial failure');

  await test.step('the changed alert shows their state; it is dismissed on their version only when asked', async () => {
    await expect(queue.failures.getByRole('listitem').first()).toContainText('now acknowledged');
    // Nothing is resent by itself: a colleague's version is the person's decision.
    await expect(queue.result.getByRole('button', { name: 'Retry failed', exact: true })).toHaveCount(0);
    await queue.result.getByRole('button', { name: 'Apply to their version', exact: true }).click();
    await expect(queue.result).toContainText('1 alert dismissed.');
    await expect(queue.failures).toHaveCount(0);
    await expectCell(queue.table, changedElsewhere, 'Status', 'dismissed');
  });
});
