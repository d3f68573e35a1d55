import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { signIn, signOut } from './support/console';
import { apiGet } from './support/disclosure-form';
import {
  advanceMockClock,
  dayMs,
  hourMs,
  inForceLabel,
  knownPolicies,
  localInput,
  mockNow,
  policiesList,
  policyEditor,
  scheduleForm,
  signInByEmail,
  versionPage,
} from './support/policies';

interface Version {
  id: string;
  label: string;
  status: string;
  title: string;
  body: string;
  significant: boolean;
  changeCategories: string[];
  history: { action: string; comment?: string }[];
}

interface Progress {
  purposeId: string;
  asked: number;
  granted: number;
  withdrawn: number;
  pending: number;
}

/** The numbers of one row of the re-consent table, by column header. */
async function reconsentRow(page: Page, purpose: string): Promise<Omit<Progress, 'purposeId'>> {
  const table = versionPage(page).reconsent.getByRole('table');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: purpose }) });
  await expect(row).toBeVisible();
  const cells = await row.getByRole('cell').allTextContents();
  const [asked, granted, withdrawn, pending] = cells.map((cell) => Number(cell.replace(/[^\d]/g, '')));
  return { asked: asked ?? NaN, granted: granted ?? NaN, withdrawn: withdrawn ?? NaN, pending: pending ?? NaN };
}

const newSection = 'Fit advice from your measurements';
const newSectionText =
  'When you enter your height and usual sizes, we use them to suggest the size that fits you best. ' +
  'We only do so after you opt in to personalized recommendations, and you can withdraw at any time.';
const purposeName = 'Personalized recommendations';

test('legal drafts a new purpose, legal2 approves it from the diff, legal schedules it after one refused plan, and it takes effect with re-consent', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const list = policiesList(page);
  const version = versionPage(page);
  const editor = policyEditor(page);
  const plan = scheduleForm(page);
  const publishes: { path: string; body: unknown; idempotencyKey: string | undefined }[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && /\/api\/v1\/policies\/[^/]+\/publish$/.test(path))
      publishes.push({ path, body: request.postDataJSON(), idempotencyKey: request.headers()['idempotency-key'] });
  });

  await page.goto('/sign-in');
  await signIn(page, 'legal');

  await test.step('the list shows the version in force first', async () => {
    await page.goto('/policies');
    await expect(list.heading).toBeVisible();
    await expect(list.inForce.getByRole('link', { name: inForceLabel, exact: true })).toBeVisible();
    await expect(list.history).toBeVisible();
  });
  await expectNoAxeViolations(page, 'policy versions');

  const id = await test.step('"New draft from…" copies the version in force and opens the editor', async () => {
    await list.newDraft.click();
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await expect(dialog.getByRole('combobox', { name: 'Copy of' })).toHaveValue(knownPolicies.inForce);
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\/policies\/pol_\w+\/edit$/);
    return new URL(page.url()).pathname.split('/').at(-2) ?? '';
  });
  expect(id).not.toBe(knownPolicies.inForce);

  const base = await apiGet<Version>(page, `/policies/${knownPolicies.inForce}`);
  const title = `Fit advice from measurements ${String(Date.now())}`;

  await test.step('legal adds a section for the new use, marks it significant (purpose or use) and it is saved', async () => {
    await expect(editor.body).toHaveValue(base.body);
    await expect(editor.saveState).toBeVisible();
    await editor.title.fill(title);
    await editor.summary.fill('We now suggest sizes from the measurements you give us, if you opt in.');
    await editor.body.fill(`${base.body.trimEnd()}\n\n## ${newSection}\n\n${newSectionText}\n`);
    if (!(await editor.significant.isChecked())) await editor.significant.check();
    await expect(editor.significant).toBeChecked();
    const purposeOrUse = editor.category('Purpose or use');
    if (!(await purposeOrUse.isChecked())) await purposeOrUse.check();
    await expect(purposeOrUse).toBeChecked();
    await expect(editor.preview.getByRole('heading', { name: newSection })).toBeVisible();
    await expect(editor.saveState).toHaveText(/^Saved \d/);
    // What the API holds, not only what the status line says.
    await expect
      .poll(async () => {
        const saved = await apiGet<Version>(page, `/policies/${id}`);
        return {
          title: saved.title,
          hasSection: saved.body.includes(`## ${newSection}`),
          significant: saved.significant,
          purposeOrUse: saved.changeCategories.includes('purpose_or_use'),
        };
      })
      .toEqual({ title, hasSection: true, significant: true, purposeOrUse: true });
    await expect(editor.saveState).toHaveText(/^Saved \d/);
  });
  await expectNoAxeViolations(page, 'policy editor');
  await test.step('at 1024×768 the editor fits the width', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(editor.body).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  });
  await expectNoAxeViolations(page, 'policy editor at 1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });

  const label = await test.step('the author submits the draft for review and is not offered Approve', async () => {
    await page.goto(`/policies/${id}`);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(version.policyText.getByRole('heading', { name: newSection })).toBeVisible();
    await expectNoAxeViolations(page, 'policy version (draft)');
    await version.submit.click();
    await expect(version.review).toContainText('its author cannot approve or reject it');
    await expect(version.approve).toHaveCount(0);
    await expect(version.reject).toHaveCount(0);
    const submitted = await apiGet<Version>(page, `/policies/${id}`);
    expect(submitted.status).toBe('in_review');
    return submitted.label;
  });

  await signOut(page);
  await signInByEmail(page, 'legal2@digfashions.example', 'legal');
  const comment = `The new use is opt-in and named in the section ${newSection}. Approved.`;

  await test.step('legal2 sees the diff against the version in force: the new section and the counted lines', async () => {
    await page.goto(`/policies/${id}`);
    await expect(version.approve).toBeVisible();
    await version.compare.click();
    await expect(page).toHaveURL(new RegExp(`/policies/${id}/diff`));
    await expect(page.getByRole('heading', { name: `What changed in ${label}`, level: 1 })).toBeVisible();
    const counts = page.getByRole('status', { name: 'Counts' });
    await expect(counts).toContainText(/\+\d+ lines? added/);
    const countsText = (await counts.textContent()) ?? '';
    const added = Number(/\+(\d+) lines? added/.exec(countsText)?.[1]);
    const removed = Number(/−(\d+) lines? removed/.exec(countsText)?.[1]);
    // The heading and the paragraph at least; a trailing blank line may count too.
    expect(added, countsText).toBeGreaterThanOrEqual(2);
    expect(added, countsText).toBeLessThanOrEqual(5);
    expect(removed, countsText).toBeLessThanOrEqual(1);
    const sections = page.getByRole('navigation', { name: 'Changed sections' });
    await expect(sections.getByRole('link', { name: newSection })).toBeVisible();
    const changes = page.getByRole('region', { name: /^Changes of / });
    await expect(changes).toContainText(`## ${newSection}`);
    await expect(changes.getByRole('group', { name: /added/ }).first()).toContainText(newSection);
  });
  await expectNoAxeViolations(page, 'policy diff');

  await test.step('legal2 approves with a comment', async () => {
    await page.goto(`/policies/${id}`);
    await version.approve.click();
    const dialog = page.getByRole('dialog', { name: 'Approve this version' });
    await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(version.history).toContainText(comment);
    await expect(version.approve).toHaveCount(0);
    expect((await apiGet<Version>(page, `/policies/${id}`)).status).toBe('approved');
  });

  await signOut(page);
  await signIn(page, 'legal');

  await test.step('legal opens the schedule form from the version page', async () => {
    await page.goto(`/policies/${id}`);
    await expect(version.history).toContainText(comment);
    await version.schedule.click();
    await expect(page).toHaveURL(new RegExp(`/policies/${id}/schedule$`));
    await expect(plan.form).toBeVisible();
    await expect(plan.preview).toContainText('Replaces the version in force');
  });
  await expectNoAxeViolations(page, 'schedule');

  const now = await mockNow(page);
  const sendAt = now + hourMs;

  await test.step('a notice period of three days is refused before sending, naming the rule', async () => {
    await expect(plan.channel('Email')).toBeChecked();
    await expect(plan.channel('Site banner')).toBeChecked();
    await plan.sendAt.fill(localInput(sendAt));
    await plan.effectiveAt.fill(localInput(sendAt + 3 * dayMs));
    await plan.purpose(purposeName).check();
    await plan.submit.click();
    await expect(plan.summary).toContainText('Takes effect');
    await expect(page.getByText('A significant change takes effect at least 7 days after the notice')).toBeVisible();
    await expect(plan.confirm).toBeHidden();
    expect(publishes, 'nothing was sent').toEqual([]);
  });
  await expectNoAxeViolations(page, 'schedule with errors');

  await test.step('at 1024×768 the schedule form fits the width', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(plan.submit).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  });
  await expectNoAxeViolations(page, 'schedule at 1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });

  const effectiveAt = sendAt + 8 * dayMs;
  await test.step('with eight days of notice the preview counts the reach and shows the notice text', async () => {
    await plan.effectiveAt.fill(localInput(effectiveAt));
    await expect(page.getByText('A significant change takes effect at least 7 days after the notice')).toBeHidden();
    await expect(plan.preview.getByRole('link', { name: new RegExp(`^${inForceLabel} `) })).toBeVisible();
    const asked = plan.askedPerPurpose.getByRole('row').filter({ has: page.getByRole('rowheader', { name: purposeName }) });
    await expect(asked.getByRole('cell')).toHaveText(/^[1-9][\d,]*$/);
    await expect(plan.reachPerChannel.getByRole('listitem')).toHaveCount(2);
    await expect(plan.reachPerChannel).toContainText('Email:');
    await expect(plan.reachPerChannel).toContainText('Site banner:');
    await expect(plan.reachPerChannel).toContainText(/\d/);
    await expect(plan.banner).not.toBeEmpty();
    await expect(plan.email).toContainText('Subject:');
    await expect(plan.email).toContainText('suggest sizes');
  });
  await expectNoAxeViolations(page, 'schedule with the publish preview');

  await test.step('the plan is confirmed and published once', async () => {
    await plan.submit.click();
    await expect(plan.confirm).toBeVisible();
    await expect(plan.confirm).toContainText(purposeName);
    await expect(plan.confirm).toContainText(/accounts/);
    expect(publishes).toEqual([]);
    await plan.confirm.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/policies/${id}$`));
    await expect(version.scheduledPanel).toBeVisible();
    await expect(version.countdown).toHaveText(/Takes effect in 8 days/);
    expect(publishes).toHaveLength(1);
    expect(publishes[0]).toMatchObject({
      path: `/api/v1/policies/${id}/publish`,
      body: {
        effectiveAt: new Date(localInput(effectiveAt) + 'Z').toISOString(),
        notice: {
          channels: ['email', 'site_banner'],
          sendAt: new Date(localInput(sendAt) + 'Z').toISOString(),
          reconsentPurposes: ['personalized_recommendations'],
        },
      },
    });
    expect(publishes[0]?.idempotencyKey, 'the publish carries an Idempotency-Key').toBeTruthy();
  });
  await expectNoAxeViolations(page, 'policy version (scheduled)');

  await test.step('the list shows it scheduled with its countdown', async () => {
    await page.goto('/policies');
    await expect(list.scheduled.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(list.scheduled.getByRole('row').filter({ hasText: label })).toContainText(/in 8 days/);
  });

  await test.step('once the mock clock passes the effective time the version is in force and the old one in history', async () => {
    await advanceMockClock(page, effectiveAt - now + hourMs);
    await page.reload();
    await expect(list.heading).toBeVisible();
    await expect(list.inForce.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(list.inForce.getByRole('link', { name: inForceLabel, exact: true })).toHaveCount(0);
    await expect(list.history.getByRole('link', { name: inForceLabel, exact: true })).toBeVisible();
    await expect(list.scheduled).toHaveCount(0);
  });

  await test.step('its page shows the re-consent progress per purpose', async () => {
    await list.inForce.getByRole('link', { name: label, exact: true }).click();
    await expect(version.reconsent).toBeVisible();
    const first = await reconsentRow(page, purposeName);
    expect(first.asked).toBeGreaterThan(0);
    expect(first.granted + first.withdrawn + first.pending).toBe(first.asked);
    const api = await apiGet<Progress[]>(page, `/policies/${id}/reconsent-progress`);
    expect(api.find((entry) => entry.purposeId === 'personalized_recommendations')?.asked).toBe(first.asked);
  });
  await expectNoAxeViolations(page, 'policy version (in force)');

  await test.step('a few days later answers have arrived', async () => {
    await advanceMockClock(page, 4 * dayMs);
    await page.reload();
    await expect(version.reconsent).toBeVisible();
    const later = await reconsentRow(page, purposeName);
    expect(later.asked).toBeGreaterThan(0);
    expect(later.granted + later.withdrawn).toBeGreaterThan(0);
    expect(later.pending).toBeLessThan(later.asked);
    expect(later.granted + later.withdrawn + later.pending).toBe(later.asked);
  });
});

test('support reads the policy in force but is offered no editing, and the editor refuses them', async ({ page }) => {
  test.setTimeout(180_000);
  const list = policiesList(page);
  const version = versionPage(page);
  await page.goto('/sign-in');
  await signIn(page, 'support');

  await test.step('the list has no "New draft from…"', async () => {
    await page.goto('/policies');
    await expect(list.inForce.getByRole('link', { name: inForceLabel, exact: true })).toBeVisible();
    await expect(list.newDraft).toHaveCount(0);
  });

  await test.step('the version in force reads as text, with no Edit or Schedule', async () => {
    await list.inForce.getByRole('link', { name: inForceLabel, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/policies/${knownPolicies.inForce}$`));
    await expect(version.policyText.getByRole('heading').first()).toBeVisible();
    // Rendered, not the Markdown source.
    await expect(version.policyText).not.toContainText('## ');
    await expect(version.policyText.getByRole('textbox')).toHaveCount(0);
    await expect(version.edit).toHaveCount(0);
    await expect(version.schedule).toHaveCount(0);
  });

  await test.step('a version in review offers no Approve or Reject, a draft no Edit or Submit', async () => {
    await page.goto(`/policies/${knownPolicies.inReview}`);
    await expect(version.policyText).toBeVisible();
    await expect(version.approve).toHaveCount(0);
    await expect(version.reject).toHaveCount(0);
    await page.goto(`/policies/${knownPolicies.draft}`);
    await expect(version.policyText).toBeVisible();
    await expect(version.edit).toHaveCount(0);
    await expect(version.submit).toHaveCount(0);
    await page.goto(`/policies/${knownPolicies.approved}`);
    await expect(version.policyText).toBeVisible();
    await expect(version.schedule).toHaveCount(0);
  });

  await test.step('opening the editor directly is refused with the roles it needs', async () => {
    await page.goto(`/policies/${knownPolicies.draft}/edit`);
    await expect(page.getByRole('heading', { name: /^You need .*legal/, level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Body (Markdown)' })).toHaveCount(0);
  });

  await test.step('opening the schedule form directly is refused too', async () => {
    await page.goto(`/policies/${knownPolicies.approved}/schedule`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Schedule…' })).toHaveCount(0);
    await expect(page.getByText('Only legal and the privacy officer schedule policy versions')).toBeVisible();
  });
});
