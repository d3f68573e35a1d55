import { expect, type Page } from '@playwright/test';

/**
 * The record-a-disclosure form (`/disclosures/new`), by role and label. Recipients and the
 * accounts' consent logs come from the demo's mock API, so a journey needs only known ids.
 */
export function disclosureForm(page: Page) {
  const form = page.getByRole('form', { name: /^(Record a disclosure|Correct entry dis_\w+)$/ });
  return {
    form,
    heading: page.getByRole('heading', { level: 1 }),
    recipient: form.getByRole('combobox', { name: /^Recipient/ }),
    legalBasis: form.getByRole('combobox', { name: /^Legal basis/ }),
    purpose: form.getByRole('textbox', { name: /^Purpose/ }),
    category: (label: string) => form.getByRole('checkbox', { name: new RegExp(`^${label}`) }),
    accountIds: form.getByRole('textbox', { name: /^Account ids/ }),
    accountChip: (id: string) => form.getByRole('button', { name: new RegExp(`^${id}: `) }),
    subjects: form.getByRole('textbox', { name: /^People concerned/ }),
    reference: form.getByRole('textbox', { name: /^Request reference/ }),
    fileInput: form.getByLabel('Documents to hash'),
    documents: form.getByRole('list', { name: 'Documents' }),
    summary: form.getByRole('alert').filter({ hasText: 'before this can be recorded' }),
    correcting: (id: string) => form.getByText(`Correcting entry ${id}`),
    submit: form.getByRole('button', { name: /^Record the (disclosure|correction)$/ }),
  };
}

/** Picks a recipient by typing part of its name and choosing the option. */
export async function chooseRecipient(page: Page, namePart: string): Promise<void> {
  const { recipient } = disclosureForm(page);
  await recipient.click();
  await recipient.fill(namePart);
  await page.getByRole('option', { name: new RegExp(namePart) }).click();
  await expect(recipient).toHaveValue(new RegExp(namePart));
}

/** `GET /api/v1<path>` from the page (its session cookie), parsed. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
    return (await response.json()) as unknown;
  }, `/api/v1${path}`) as Promise<T>;
}
