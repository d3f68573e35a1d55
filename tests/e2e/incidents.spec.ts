import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { signIn, signOut } from './support/console';
import {
  acknowledgedAlert,
  apiGetJson,
  factCell,
  incidentsList,
  knownIncidents,
  noticeDialog,
  noticePartLabels,
  rowIds,
  statusChip,
  workspace,
  type ApiIncident,
  type ApiNotice,
} from './support/incidents';
import { advanceMockClock, signInByEmail } from './support/policies';

/** Records the console's writes whose path matches `pattern` (method, path, Idempotency-Key). */
function recordWrites(page: Page, method: string, pattern: RegExp) {
  const writes: { path: string; idempotencyKey: string | undefined }[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === method && pattern.test(path)) {
      writes.push({ path, idempotencyKey: request.headers()['idempotency-key'] });
    }
  });
  return writes;
}

test('an analyst escalates an acknowledged alert to a new incident, opens it and fills the facts, which stay after a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const ws = workspace(page);
  const incidentTitle = `Credential stuffing on a locked account ${String(Date.now())}`;
  const facts = {
    nature: 'Login attempts with leaked passwords succeeded on one customer account.',
    cause: 'Password reuse from a third-party breach; no second factor on the account.',
    likelyConsequences: 'The attacker could read the order history and the delivery address.',
    measuresTaken: 'Account locked, sessions revoked, the customer asked to set a new password.',
  };
  const categories = ['Contact details', 'Order history'];
  const escalations = recordWrites(page, 'POST', /\/api\/v1\/alerts\/[^/]+\/escalate$/);

  await page.goto('/sign-in');
  await signIn(page, 'analyst');

  await test.step('the alert page offers Escalate; the dialog opens a new incident', async () => {
    await page.goto(`/alerts/${acknowledgedAlert}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Alert summary' });
    await expect(summary.getByText('acknowledged', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open incident' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Escalate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Escalate the alert' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'A new incident' }).check();
    const titleField = dialog.getByRole('textbox', { name: /^Incident title/ });
    await titleField.fill(incidentTitle);
    await dialog.getByRole('button', { name: 'Escalate', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(summary.getByText('escalated', { exact: true })).toBeVisible();
    expect(escalations).toHaveLength(1);
  });

  const incidentId = await test.step('"Open incident" lands in the new incident\'s workspace', async () => {
    const open = page.getByRole('link', { name: 'Open incident' });
    await expect(open).toBeVisible();
    await open.click();
    await expect(page).toHaveURL(/\/incidents\/inc_[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expect(id, 'a new incident, not the seeded open one').not.toBe(knownIncidents.open);
    await expect(ws.heading).toHaveText(incidentTitle);
    await expect(ws.statusChip('Open')).toBeVisible();
    // A new incident's clock has its 72 hours nearly whole (counted in whole hours, rounded down).
    await expect(ws.clock).toContainText(/\b7[12] h left/);
    // The escalated alert is linked, back to the alerts view.
    await expect(ws.linkedAlerts.getByRole('link', { name: acknowledgedAlert, exact: true })).toHaveAttribute(
      'href',
      `/alerts/${acknowledgedAlert}`,
    );
    return id;
  });

  await test.step('the analyst fills the facts and saves them', async () => {
    await expect(ws.factsTable).toBeVisible();
    await ws.editFacts.click();
    await expect(ws.factsForm).toBeVisible();
    await ws.factField('Nature of the incident').fill(facts.nature);
    await ws.factField('Cause').fill(facts.cause);
    for (const category of categories) {
      await ws.addCategory.fill(category);
      await ws.addCategory.press('Enter');
    }
    await expect(
      ws.factsForm.getByRole('list', { name: 'Data categories' }).getByRole('listitem'),
    ).toHaveCount(categories.length);
    await ws.factField('Affected accounts (count)').fill('1250');
    await ws.factField('Likely consequences').fill(facts.likelyConsequences);
    await ws.factField('Measures taken').fill(facts.measuresTaken);
    await ws.saveFacts.click();
    await expect(ws.factsForm).toBeHidden();
    await expect(factCell(ws.factsTable, 'Nature')).toHaveText(facts.nature);
  });

  await test.step('after a reload the facts are shown as saved, and the API holds them', async () => {
    await page.reload();
    await expect(ws.heading).toHaveText(incidentTitle);
    await expect(ws.factsTable).toBeVisible();
    await expect(factCell(ws.factsTable, 'Nature')).toHaveText(facts.nature);
    await expect(factCell(ws.factsTable, 'Cause')).toHaveText(facts.cause);
    for (const category of categories) {
      await expect(
        factCell(ws.factsTable, 'Data categories').getByRole('listitem').filter({ hasText: category }),
      ).toBeVisible();
    }
    await expect(factCell(ws.factsTable, 'Affected accounts')).toContainText('1,250');
    await expect(factCell(ws.factsTable, 'Likely consequences')).toHaveText(facts.likelyConsequences);
    await expect(factCell(ws.factsTable, 'Measures taken')).toHaveText(facts.measuresTaken);
    const saved = await apiGetJson<ApiIncident>(page, `/incidents/${incidentId}`);
    expect(saved).toMatchObject({
      nature: facts.nature,
      cause: facts.cause,
      dataCategories: categories,
      affectedAccountCount: 1250,
      likelyConsequences: facts.likelyConsequences,
      measuresTaken: facts.measuresTaken,
    });
  });
});

test('legal drafts a notice, is not offered Approve on it, legal2 approves it, and legal sends it and watches it complete', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const incidentId = knownIncidents.open;
  const ws = workspace(page);
  const form = noticeDialog(page);
  const notice = ws.notice(1);
  const parts = [
    'Someone signed in to some customer accounts with passwords leaked elsewhere; they could see orders and addresses.',
    'We locked the accounts, ended every session and now ask for a second step at sign-in.',
    'Choose a new password that you use nowhere else, and turn on two-step sign-in.',
    'You may complain to us or to the data protection authority, and ask us for the data we hold.',
    'Write to privacy@digfashions.example or call our privacy line.',
  ];
  const sends = recordWrites(page, 'POST', /\/api\/v1\/incidents\/[^/]+\/notifications$/);

  await page.goto('/sign-in');
  const legalName = await signIn(page, 'legal');
  await page.goto(`/incidents/${incidentId}`);
  await expect(ws.notices).toBeVisible();
  await expect(ws.notices.getByText('No notice drafted yet')).toBeVisible();
  const incident = await apiGetJson<ApiIncident>(page, `/incidents/${incidentId}`);
  const size = incident.affectedAccountCount.toLocaleString('en');

  await test.step('legal drafts the notice: all affected, by email and push, its five parts', async () => {
    await ws.draftNotice.click();
    await expect(form.dialog).toBeVisible();
    await expect(form.audience(/^All affected customers/)).toBeChecked();
    await expect(form.audience(/^All affected customers/)).toHaveAccessibleName(
      new RegExp(`\\(${size} affected accounts?\\)$`),
    );
    await expect(form.channel('Email')).toBeChecked();
    await form.channel('Push notification').check();
    await expect(form.partsNote).toContainText('Still to write');
    for (const [index, label] of noticePartLabels.entries()) {
      await form.part(label).fill(parts[index] ?? '');
    }
    await expect(form.partsNote).toContainText('All five parts are written');
    await form.save.click();
    await expect(form.dialog).toBeHidden();
  });

  await test.step('the draft shows its parts, and its author is not offered Approve', async () => {
    await expect(notice).toBeVisible();
    await expect(statusChip(notice, 'Draft')).toBeVisible();
    await expect(notice).toContainText(parts[0] ?? '');
    await expect(notice).toContainText('email and push notification');
    await expect(notice).toContainText(legalName);
    await expect(notice).toContainText('Another person must approve a notice you wrote.');
    await expect(notice.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await expect(notice.getByRole('button', { name: /^Send/ })).toHaveCount(0);
  });

  await signOut(page);
  await signInByEmail(page, 'legal2@digfashions.example', 'legal');

  await test.step('legal2 approves it', async () => {
    await page.goto(`/incidents/${incidentId}`);
    await expect(notice).toBeVisible();
    const approve = notice.getByRole('button', { name: 'Approve', exact: true });
    await expect(approve).toBeVisible();
    await approve.click();
    await expect(statusChip(notice, 'Approved')).toBeVisible();
    await expect(approve).toHaveCount(0);
    const [saved] = await apiGetJson<ApiNotice[]>(page, `/incidents/${incidentId}/notices`);
    expect(saved?.status).toBe('approved');
    expect(saved?.approverId).toBeTruthy();
    expect(saved?.approverId).not.toBe(saved?.authorId);
  });

  await signOut(page);
  await signIn(page, 'legal');

  const batchId =
    await test.step('legal sends it; the confirmation restates the audience size and channels', async () => {
      await page.goto(`/incidents/${incidentId}`);
      await expect(notice).toBeVisible();
      await notice.getByRole('button', { name: 'Send…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Send this notice?' });
      await expect(confirm).toBeVisible();
      await expect(confirm).toContainText(
        `Send to ${size} affected account${incident.affectedAccountCount === 1 ? '' : 's'} by email and push notification?`,
      );
      expect(sends, 'nothing is sent before the confirmation').toEqual([]);
      await expectNoAxeViolations(page, 'send notice confirmation');
      await confirm.getByRole('button', { name: 'Send notice' }).click();
      await expect(confirm).toBeHidden();
      await expect(statusChip(notice, 'Sent')).toBeVisible();
      expect(sends).toHaveLength(1);
      expect(sends[0]?.idempotencyKey, 'the send carries an Idempotency-Key').toBeTruthy();
      const [sent] = await apiGetJson<ApiNotice[]>(page, `/incidents/${incidentId}/notices`);
      expect(sent?.batchId).toBeTruthy();
      return sent?.batchId ?? '';
    });

  await test.step('with the mock clock past the sending, the progress shows it completed with per-channel counts', async () => {
    const progress = notice.getByRole('region', { name: `Sending of batch ${batchId}` });
    await expect(progress).toBeVisible();
    // 500 messages a second on the mock's clock: ten minutes finish any audience of this size.
    await advanceMockClock(page, 10 * 60_000);
    await expect(progress.getByText(/^Completed: /)).toBeVisible({ timeout: 60_000 });
    await expect(progress.getByRole('progressbar', { name: 'Messages sent' })).toHaveAttribute(
      'aria-valuetext',
      `${size} of ${size} sent`,
    );
    const channels = progress.getByRole('table', { name: 'Delivery by channel' });
    const rows = channels.getByRole('row').filter({ has: page.getByRole('rowheader') });
    await expect(rows).toHaveCount(2);
    await expect(rows.getByRole('rowheader')).toHaveText(['Email', 'Push notification']);
    let sentSum = 0;
    for (const row of await rows.all()) {
      const [sentCell, delivered, failed] = (await row.getByRole('cell').allTextContents()).map((text) =>
        Number(text.replace(/[^\d]/g, '')),
      );
      expect(Number(delivered) + Number(failed), 'each message sent is delivered or failed').toBe(sentCell);
      sentSum += sentCell ?? 0;
    }
    expect(sentSum, 'the channels together sent to the whole audience').toBe(incident.affectedAccountCount);
    expect(sends, 'sent once').toHaveLength(1);
  });
  await expectNoAxeViolations(page, 'incident workspace with a completed send');
});

test('legal files the regulator report on an overdue incident: the reason for the delay is required, then it is filed as late with its reason', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const incidentId = knownIncidents.overdue;
  const ws = workspace(page);
  const reports = recordWrites(page, 'POST', /\/api\/v1\/incidents\/[^/]+\/regulator-reports$/);
  const reference = `DPA-2026-${String(Date.now()).slice(-6)}`;
  const lateReason = 'The scale of the incident was only known once the log analysis finished on day four.';

  await page.goto('/sign-in');
  await signIn(page, 'legal');
  await page.goto(`/incidents/${incidentId}`);

  await test.step('the clock and the section say plainly that the deadline has passed', async () => {
    await expect(ws.clock).toContainText(/Overdue by/);
    await expect(ws.regulator).toContainText('the 72-hour deadline passed');
  });

  await test.step('the report form has "Reason for the delay", and filing without it shows why and sends nothing', async () => {
    await ws.fileReport.click();
    await expect(ws.reportForm).toBeVisible();
    await expect(ws.reportField('Reason for the delay')).toBeVisible();
    await ws.reportField('Authority').fill('Data Protection Authority');
    await ws.reportField('Reference').fill(reference);
    await ws
      .reportField('Summary of the report')
      .fill(
        'Account takeover by credential stuffing; about two hundred accounts; contained and customers told.',
      );
    await ws.submitReport.click();
    await expect(
      ws.reportForm.getByText('Explain the delay: the report comes after the 72-hour deadline'),
    ).toBeVisible();
    await expect(ws.reportField('Reason for the delay')).toHaveAttribute('aria-invalid', 'true');
    expect(reports, 'nothing was sent').toEqual([]);
  });
  await expectNoAxeViolations(page, 'regulator report form with the missing reason');

  await test.step('with the reason it is filed, shown late and with its reason', async () => {
    await ws.reportField('Reason for the delay').fill(lateReason);
    await ws.submitReport.click();
    await expect(ws.reportForm).toBeHidden();
    await expect(ws.filedReport).toBeVisible();
    await expect(factCell(ws.filedReport, 'Reference')).toHaveText(reference);
    await expect(factCell(ws.filedReport, 'Submitted at')).toContainText('after the 72-hour deadline');
    await expect(factCell(ws.filedReport, 'Reason for the delay')).toHaveText(lateReason);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.idempotencyKey, 'the report carries an Idempotency-Key').toBeTruthy();
    const saved = await apiGetJson<ApiIncident>(page, `/incidents/${incidentId}`);
    expect(saved.regulatorReport).toMatchObject({ reference, lateReason });
    // The header's clock stops: reported, no longer overdue.
    await expect(ws.clock).toContainText(/^Reported /);
    await expect(ws.clock).not.toContainText('Overdue');
  });

  await test.step('after a reload the report is still shown late with its reason', async () => {
    await page.reload();
    await expect(ws.filedReport).toBeVisible();
    await expect(factCell(ws.filedReport, 'Reason for the delay')).toHaveText(lateReason);
    await expect(ws.fileReport).toHaveCount(0);
  });
});

test('the privacy officer closes an incident that may close, and is shown what is missing on one that may not', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const ws = workspace(page);

  await page.goto('/sign-in');
  await signIn(page, 'dpo');

  await test.step('an incident whose report is filed and notices sent closes', async () => {
    await page.goto(`/incidents/${knownIncidents.readyToClose}`);
    await expect(ws.statusChip('Monitoring')).toBeVisible();
    const close = ws.move('Close incident');
    await expect(close).toBeVisible();
    await close.click();
    await expect(ws.statusChip('Closed')).toBeVisible();
    await expect(ws.moves).toHaveCount(0);
    const saved = await apiGetJson<ApiIncident>(page, `/incidents/${knownIncidents.readyToClose}`);
    expect(saved.status).toBe('closed');
  });

  await test.step('after a reload it is still closed', async () => {
    await page.reload();
    await expect(ws.statusChip('Closed')).toBeVisible();
    await expect(ws.move('Close incident')).toHaveCount(0);
  });

  await test.step('an incident with an approved notice not sent lists what is missing instead of a Close button', async () => {
    await page.goto(`/incidents/${knownIncidents.withApprovedNotice}`);
    await expect(ws.statusChip('Notifying')).toBeVisible();
    // Closing is a move from monitoring only: the officer moves it there first.
    await ws.move('Move to monitoring').click();
    await expect(ws.statusChip('Monitoring')).toBeVisible();
    await expect(ws.beforeClosing).toBeVisible();
    const notices = await apiGetJson<ApiNotice[]>(
      page,
      `/incidents/${knownIncidents.withApprovedNotice}/notices`,
    );
    const approved = notices.find((each) => each.status === 'approved');
    expect(approved, 'the seeded approved notice').toBeDefined();
    await expect(
      ws.beforeClosing
        .getByRole('listitem')
        .filter({ hasText: `Send the approved notice ${approved?.id ?? ''}` }),
    ).toBeVisible();
    await expect(ws.move('Close incident')).toHaveCount(0);
    const saved = await apiGetJson<ApiIncident>(page, `/incidents/${knownIncidents.withApprovedNotice}`);
    expect(saved.status).toBe('monitoring');
  });
});

test('axe finds no violations on the incidents list, a workspace with notices and a report, and the notice-draft dialog', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const list = incidentsList(page);
  const ws = workspace(page);

  await page.goto('/sign-in');
  await signIn(page, 'legal');

  await test.step('the incidents list', async () => {
    await page.goto('/incidents');
    await expect(list.heading).toBeVisible();
    await expect(list.rows.first()).toBeVisible();
    await expect(list.table).toHaveAttribute('aria-busy', 'false');
  });
  await expectNoAxeViolations(page, 'incidents list');

  await test.step('a workspace with a filed report and a sent notice', async () => {
    await page.goto(`/incidents/${knownIncidents.reported}`);
    await expect(ws.heading).toBeVisible();
    await expect(ws.filedReport).toBeVisible();
    await expect(ws.notice(1)).toBeVisible();
    await expect(ws.notices.getByRole('region', { name: /^Sending of batch / }).first()).toBeVisible();
    await expect(ws.notices.getByText(/^Completed: /).first()).toBeVisible();
    await expect(ws.timeline).toBeVisible();
  });
  await expectNoAxeViolations(page, 'incident workspace');

  await test.step('at 1024×768 the workspace fits the width', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(ws.filedReport).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  });
  await expectNoAxeViolations(page, 'incident workspace at 1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });

  await test.step('the notice-draft dialog, open', async () => {
    await ws.draftNotice.click();
    await expect(noticeDialog(page).dialog).toBeVisible();
    await expect(noticeDialog(page).part(noticePartLabels[0])).toBeVisible();
  });
  await expectNoAxeViolations(page, 'notice draft dialog');
});

test('the list opens on running clocks, least time left first, says "Overdue" plainly, and keeps a filter in the URL across a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const list = incidentsList(page);

  await page.goto('/sign-in');
  await signIn(page, 'legal');
  await page.goto('/incidents');
  await expect(list.heading).toBeVisible();
  await expect(list.rows.first()).toBeVisible();

  await test.step('incidents whose clock runs come first, least time left first', async () => {
    const ids = await rowIds(list);
    expect(ids.length).toBeGreaterThan(3);
    const incidents = await Promise.all(
      ids.map((id) => apiGetJson<ApiIncident & { regulatorDecision?: unknown }>(page, `/incidents/${id}`)),
    );
    const running = incidents.map(
      (incident) => incident.status !== 'closed' && !incident.regulatorReport && !incident.regulatorDecision,
    );
    const firstStopped = running.indexOf(false);
    if (firstStopped >= 0) {
      expect(running.slice(firstStopped), 'no running clock after a reported or decided one').not.toContain(
        true,
      );
    }
    const deadlines = incidents
      .filter((_, index) => running[index])
      .map((incident) => Date.parse(incident.regulatorDeadlineAt));
    expect(deadlines, 'running clocks by deadline, soonest first').toEqual(
      [...deadlines].sort((a, b) => a - b),
    );
    expect(ids.indexOf(knownIncidents.overdue)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(knownIncidents.overdue), 'overdue before due soon').toBeLessThan(
      ids.indexOf(knownIncidents.dueSoon),
    );
    expect(ids.indexOf(knownIncidents.dueSoon), 'due soon before the open one').toBeLessThan(
      ids.indexOf(knownIncidents.open),
    );
  });

  await test.step('the overdue incident says "Overdue" in words, the one due soon its time left', async () => {
    await expect(list.row(knownIncidents.overdue)).toContainText(/Overdue by 8 h/);
    await expect(list.row(knownIncidents.dueSoon)).toContainText(/4 h \d+ min left/);
    // Colour as well as words: error once overdue, warning with under a day left.
    await expect(statusChip(list.row(knownIncidents.overdue), 'Overdue by 8 h')).toHaveAttribute(
      'data-tone',
      'error',
    );
    await expect(
      list
        .row(knownIncidents.dueSoon)
        .locator('[data-tone]')
        .filter({ hasText: /^4 h \d+ min left$/ }),
    ).toHaveAttribute('data-tone', 'warning');
  });

  await test.step('a severity filter goes to the URL and survives a reload', async () => {
    await page.getByRole('button', { name: 'More filters', exact: true }).click();
    await page
      .getByRole('group', { name: 'Severity' })
      .getByRole('button', { name: 'Critical', exact: true })
      .click();
    await expect(page).toHaveURL(/[?&]severity=critical(&|$)/);
    await page.reload();
    await expect(list.heading).toBeVisible();
    await expect(page).toHaveURL(/[?&]severity=critical(&|$)/);
    await expect(page.getByRole('button', { name: 'More filters (1)' })).toBeVisible();
    await expect(list.row(knownIncidents.dueSoon)).toBeVisible();
    const ids = await rowIds(list);
    const severities = await Promise.all(
      ids.map(async (id) => (await apiGetJson<{ severity: string }>(page, `/incidents/${id}`)).severity),
    );
    expect(new Set(severities)).toEqual(new Set(['critical']));
  });
});
