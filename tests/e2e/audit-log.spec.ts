import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { type AccountKey } from './support/accounts';
import { auditLog, choose, chosen, settledRows, type AuditRow } from './support/audit-log';
import { shell, signIn, signOut } from './support/console';

test('the privacy officer finds the sign-ins just made in this browser, filters them, and the filter survives a reload', async ({
  page,
}) => {
  // The mock's clock runs on real time in the demo build; the browser and this runner share it.
  const startedAt = Date.now() - 1_000;
  const isRecent = (row: AuditRow) => Date.parse(row.at) >= startedAt;

  // Several people sign in and out on this browser; the mock keeps their audit trail in IndexedDB.
  await page.goto('/sign-in');
  const names = new Map<AccountKey, string>();
  for (const key of ['support', 'analyst', 'legal', 'multi'] as const) {
    names.set(key, await signIn(page, key));
    await signOut(page);
  }
  const dpoName = await signIn(page, 'dpo');
  names.set('dpo', dpoName);

  const audit = auditLog(page);
  await shell(page).navLink('Audit log').click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(audit.heading).toBeVisible();
  await expect(audit.rows.first()).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('audit:first-rows').length)).toBeGreaterThan(
    0,
  );
  await expectNoAxeViolations(page, 'audit log');

  await test.step('filter by action: the five sign-ins, newest first', async () => {
    await choose(audit.action, 'session.sign_in');
    await expect(page).toHaveURL(/[?&]action=session\.sign_in(&|$)/);
    const rows = await settledRows(page, (row) => row.action === 'session.sign_in', 'session.sign_in');
    const recent = rows.filter(isRecent).map((row) => row.actor);
    expect(recent).toEqual([
      dpoName,
      names.get('multi'),
      names.get('legal'),
      names.get('analyst'),
      names.get('support'),
    ]);
    const times = rows.map((row) => Date.parse(row.at));
    expect(times, 'newest first').toEqual([...times].sort((a, b) => b - a));
  });
  await expectNoAxeViolations(page, 'audit log filtered');

  const supportName = names.get('support') ?? '';
  await test.step('and by actor: only their sign-ins', async () => {
    await choose(audit.actor, supportName);
    await expect(page).toHaveURL(/[?&]actorId=stf_[a-z0-9]+(&|$)/);
    await expect(page).toHaveURL(/[?&]action=session\.sign_in(&|$)/);
    const rows = await settledRows(
      page,
      (row) => row.action === 'session.sign_in' && row.actor === supportName,
      `${supportName}'s sign-ins`,
    );
    expect(rows.filter(isRecent)).toHaveLength(1);
  });

  await test.step('a reload keeps the filters and the session', async () => {
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(audit.heading).toBeVisible();
    await expect(chosen(audit.action)).toHaveText('session.sign_in');
    await expect(chosen(audit.actor)).toHaveText(supportName);
    const rows = await settledRows(
      page,
      (row) => row.action === 'session.sign_in' && row.actor === supportName,
      `${supportName}'s sign-ins after the reload`,
    );
    expect(rows.filter(isRecent)).toHaveLength(1);
  });
  await expectNoAxeViolations(page, 'audit log after reload');
});
