import { expect, test, type Page } from '@playwright/test';
import { demoPassword } from './accounts';
import { shell, signInPage } from './console';

/**
 * Policy versions the mock API seeds with known ids and traits whatever the seed, copied from
 * `mocks/db/known-policies.ts` (`knownPolicies`): the e2e drives the built demo and never imports
 * the mock, so the values are literals here. If the mock changes them, change them here too.
 */
export const knownPolicies = {
  /** 2026.1: superseded by `inForce`. */
  previous: 'pol_uid70m',
  /** 2026.3: published, the version in force. */
  inForce: 'pol_ujgr0f',
  /** 2026.4: approved by dpo@, written by legal2@. */
  approved: 'pol_ukkb08',
  /** 2026.5: in review, written by legal2@. */
  inReview: 'pol_ulnv01',
  /** 2026.6: a draft by legal@. */
  draft: 'pol_umrezu',
} as const;

/** The label of the version in force in the seed. */
export const inForceLabel = '2026.3';

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

/**
 * Signs in by typing the email of a demo staff member the sign-in page offers no button for
 * (legal2@, a second legal member for four-eyes), and waits for the signed-in shell.
 */
export async function signInByEmail(page: Page, email: string, rolesText: string): Promise<void> {
  await test.step(`sign in as ${email}`, async () => {
    const form = signInPage(page);
    await expect(form.heading).toBeVisible();
    await form.email.fill(email);
    await form.password.fill(demoPassword);
    await form.submit.click();
    await expect(shell(page).name).toBeVisible();
    await expect(shell(page).roles).toHaveText(rolesText);
  });
}

/** The mock API's server time (ms), as `privacyConsoleMock.clock` says in the page. */
export function mockNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const mock = (globalThis as unknown as { privacyConsoleMock: { clock: { now: () => number } } })
      .privacyConsoleMock;
    return mock.clock.now();
  });
}

/** Moves the mock API's clock forward by `ms` (kept in localStorage for the browser context). */
export async function advanceMockClock(page: Page, ms: number): Promise<void> {
  await page.evaluate((by) => {
    const mock = (globalThis as unknown as { privacyConsoleMock: { clock: { advance: (ms: number) => void } } })
      .privacyConsoleMock;
    mock.clock.advance(by);
  }, ms);
}

/**
 * A `datetime-local` value (`YYYY-MM-DDTHH:mm`) for `ms`, whole minutes; the journeys run with
 * `timezoneId: 'UTC'` (playwright.config.ts), so the local time is UTC.
 */
export function localInput(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString().slice(0, 16);
}

/** The list page's parts, by role and label. */
export function policiesList(page: Page) {
  const section = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  return {
    heading: page.getByRole('heading', { name: 'Policy versions', level: 1 }),
    newDraft: page.getByRole('button', { name: 'New draft from…' }),
    section,
    inForce: section('In force'),
    history: section('History'),
    scheduled: section('Scheduled'),
    versionLink: (label: string) => page.getByRole('link', { name: label, exact: true }),
  };
}

/** The version page's parts. */
export function versionPage(page: Page) {
  const review = page.getByRole('region', { name: 'Review' });
  return {
    policyText: page.getByRole('article', { name: 'Policy text' }),
    review,
    submit: page.getByRole('button', { name: 'Submit for review' }),
    approve: page.getByRole('button', { name: 'Approve…' }),
    reject: page.getByRole('button', { name: 'Reject…' }),
    edit: page.getByRole('link', { name: 'Edit', exact: true }),
    schedule: page.getByRole('link', { name: 'Schedule', exact: true }),
    compare: page.getByRole('link', { name: 'Compare with the version in force' }),
    history: page.getByRole('region', { name: 'History' }),
    scheduledPanel: page.getByRole('region', { name: 'Scheduled to take effect' }),
    countdown: page.getByRole('timer', { name: 'Time until it takes effect' }),
    reconsent: page.getByRole('region', { name: 'Re-consent progress' }),
  };
}

/** The draft editor's parts. */
export function policyEditor(page: Page) {
  return {
    saveState: page.getByRole('status', { name: 'Save state' }),
    title: page.getByRole('textbox', { name: 'Title' }),
    summary: page.getByRole('textbox', { name: 'Summary' }),
    body: page.getByRole('textbox', { name: 'Body (Markdown)' }),
    significant: page.getByRole('switch', { name: 'Significant change' }).or(
      page.getByRole('checkbox', { name: 'Significant change' }),
    ),
    category: (name: string) => page.getByRole('group', { name: 'Change categories' }).getByRole('checkbox', { name }),
    preview: page.getByRole('region', { name: 'Preview' }),
  };
}

/** The schedule page's parts. */
export function scheduleForm(page: Page) {
  const preview = page.getByRole('region', { name: 'Publish preview' });
  return {
    form: page.getByRole('form', { name: /^Schedule version / }),
    channel: (name: string) => page.getByRole('group', { name: 'Notice channels' }).getByRole('checkbox', { name }),
    sendAt: page.getByLabel('Notice goes out'),
    effectiveAt: page.getByLabel('Takes effect'),
    purpose: (name: string) => page.getByRole('group', { name: 'Re-consent purposes' }).getByRole('checkbox', { name }),
    submit: page.getByRole('button', { name: 'Schedule…' }),
    summary: page.getByRole('alert').filter({ hasText: /to fix before this can be scheduled/ }),
    preview,
    askedPerPurpose: preview.getByRole('table', { name: 'Accounts asked per purpose' }),
    reachPerChannel: preview.getByRole('list', { name: 'Reach per channel' }),
    banner: preview.getByRole('figure', { name: 'Site banner' }),
    email: preview.getByRole('figure', { name: 'Email' }),
    confirm: page.getByRole('dialog', { name: /^Schedule version .*\?$/ }),
  };
}
