import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { signIn } from './support/console';
import { apiGet, chooseRecipient, disclosureForm } from './support/disclosure-form';
import { knownAccounts } from './support/known-accounts';

interface Entry {
  id: string;
  purpose: string;
  subjectCount: number;
  requestReference?: string;
  documents: { name: string; sha256: string }[];
  corrects?: string;
  correctedBy: string[];
}

// SHA-256 of the three bytes "abc" (FIPS 180-2 test vector).
const abcDigest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

test('legal records an authority disclosure with its document after one refused attempt, finds it, corrects it and sees the chain', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const form = disclosureForm(page);
  const purpose = `Investigation ${String(Date.now())}: order data of one customer`;
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/disclosures') posts.push(request.url());
  });

  await page.goto('/sign-in');
  await signIn(page, 'legal');
  await page.goto('/disclosures/new');
  await expect(form.heading).toHaveText('Record a disclosure');
  await expect(form.recipient).toBeEnabled();
  await expectNoAxeViolations(page, 'record a disclosure');
  await test.step('at 1024×768 the form fits the width', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  });
  await expectNoAxeViolations(page, 'record a disclosure at 1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });

  await test.step('an authority request without its reference and document is refused before sending', async () => {
    await chooseRecipient(page, 'Landeskriminalamt');
    await form.legalBasis.selectOption({ label: 'Criminal investigation' });
    await form.purpose.fill(purpose);
    await form.category('Order').check();
    await form.accountIds.fill(knownAccounts.marketingOptIn);
    await form.accountIds.press('Enter');
    await expect(form.accountChip(knownAccounts.marketingOptIn)).toContainText('DE');
    await form.subjects.fill('1');
    await form.submit.click();
    await expect(form.summary).toContainText('A disclosure to an authority needs the reference of its request.');
    await expect(form.summary).toContainText('public disclosure (2)');
    await expect(form.summary).toContainText('at least one document');
    expect(posts, 'nothing was sent').toEqual([]);
  });
  await expectNoAxeViolations(page, 'record a disclosure with errors');

  const id = await test.step('with the reference and a hashed document it is recorded', async () => {
    await form.reference.fill('LKA-NM-2026-0815');
    await form.fileInput.setInputFiles({ name: 'request-letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('abc') });
    await expect(form.documents).toContainText(`SHA-256 ${abcDigest}`);
    await expect(form.documents).toContainText('request-letter.pdf');
    await form.submit.click();
    await expect(page).toHaveURL(/\/disclosures\/dis_\w+$/);
    expect(posts).toHaveLength(1);
    return new URL(page.url()).pathname.split('/').at(-1) ?? '';
  });

  await test.step('the ledger finds it by its purpose', async () => {
    const found = await apiGet<{ total: number; items: Entry[] }>(page, `/disclosures?q=${encodeURIComponent(purpose)}`);
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      id,
      requestReference: 'LKA-NM-2026-0815',
      documents: [{ name: 'request-letter.pdf', sha256: abcDigest }],
    });
  });

  const correctionId = await test.step('it is corrected from a prefilled form', async () => {
    await page.goto(`/disclosures/new?corrects=${id}`);
    await expect(form.correcting(id)).toBeVisible();
    await expect(form.purpose).toHaveValue(purpose);
    await expect(form.reference).toHaveValue('LKA-NM-2026-0815');
    await expect(form.documents).toContainText(abcDigest);
    await form.subjects.fill('2');
    await form.submit.click();
    await expect(page).toHaveURL(/\/disclosures\/dis_\w+$/);
    const newId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expect(newId).not.toBe(id);
    return newId;
  });

  await test.step('the chain runs both ways', async () => {
    const original = await apiGet<Entry>(page, `/disclosures/${id}`);
    const correction = await apiGet<Entry>(page, `/disclosures/${correctionId}`);
    expect(original.correctedBy).toEqual([correctionId]);
    expect(correction).toMatchObject({ corrects: id, subjectCount: 2, purpose });
  });

  await test.step('correcting the corrected entry again is explained, with the way to the correction', async () => {
    await page.goto(`/disclosures/new?corrects=${id}`);
    await expect(form.form.getByRole('link', { name: correctionId })).toBeVisible();
  });
});
