import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '@/shared/contract/disclosures';
import type { Page } from '@/shared/contract/common';
import { knownDisclosureAccount, knownDisclosures } from '@mocks/db/known-disclosures';
import { callApi } from '@mocks/scenarios/call-api';
import { failing, healthy } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { rows } from '@tests/table-rows';

const tabPath = (accountId: string) => `/accounts/${accountId}/disclosures`;

async function tabRows(): Promise<HTMLTableRowElement[]> {
  const table = await screen.findByRole('table', { name: 'Disclosures naming this account' });
  await waitFor(() => {
    expect(rows(table).length).toBeGreaterThan(0);
  });
  return rows(table);
}

describe('Account page: Disclosures tab', () => {
  it('lists every entry naming the account, newest first, for support without links to the ledger', async () => {
    await signedInAs('support');
    const expected = await callApi<Page<Disclosure>>(
      `/disclosures?accountId=${knownDisclosureAccount}&sort=occurredAt:desc&pageSize=25`,
    );
    renderApp(tabPath(knownDisclosureAccount));
    expect(await screen.findByRole('tab', { name: 'Disclosures', selected: true })).toBeInTheDocument();
    const shown = await tabRows();
    expect(shown.map((row) => row.dataset.rowKey)).toEqual(expected.body.items.map((item) => item.id));
    expect(await screen.findByText(`${expected.body.total.toLocaleString()} entries`)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Disclosures naming this account' });
    // Support cannot open the ledger's pages: no link to them, no row that opens one.
    expect(table.querySelector('a[href^="/disclosures"]')).toBeNull();
    for (const row of shown) expect(row).not.toHaveAttribute('tabindex');
    // The facts are in the row itself.
    expect(shown[0]).toHaveTextContent(expected.body.items[0]?.recipient.name ?? 'missing');
  });

  it('lets legal open an entry from its row', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp(tabPath(knownDisclosureAccount));
    const [first] = await tabRows();
    if (!first) throw new Error('no row');
    const id = first.dataset.rowKey ?? '';
    first.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/disclosures/${id}`);
    });
  });

  it('flags the entries whose consent this account has withdrawn since, with what to do', async () => {
    await signedInAs('legal');
    const disclosure = (await callApi<Disclosure>(`/disclosures/${knownDisclosures.withdrawnSince}`)).body;
    const [withdrawal] = disclosure.consentWithdrawnSince ?? [];
    if (!withdrawal) throw new Error('the known entry has no withdrawal since');
    const page = await callApi<Page<Disclosure>>(
      `/disclosures?accountId=${withdrawal.accountId}&sort=occurredAt:desc&pageSize=200`,
    );
    const index = page.body.items.findIndex((item) => item.id === disclosure.id);
    expect(index).toBeGreaterThanOrEqual(0);
    renderApp(`${tabPath(withdrawal.accountId)}?pageSize=200`);
    await tabRows();
    const table = screen.getByRole('table', { name: 'Disclosures naming this account' });
    const row = table.querySelector(`tr[data-row-key="${disclosure.id}"]`);
    if (!(row instanceof HTMLElement)) throw new Error('the entry is not on the tab');
    expect(
      within(row).getByText(
        /^Consent withdrawn on .+: tell the recipient to stop using this person's data\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('is not offered to a security analyst', async () => {
    await signedInAs('analyst');
    renderApp(`/accounts/${knownDisclosureAccount}/profile`);
    expect(await screen.findByRole('tab', { name: 'Alerts' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Disclosures' })).not.toBeInTheDocument();
  });

  it('shows an error with Retry when the entries cannot be loaded, and recovers', async () => {
    await signedInAs('support');
    failing('disclosures', 503);
    const { user } = renderApp(tabPath(knownDisclosureAccount));
    expect(await screen.findByText('This could not be loaded')).toBeInTheDocument();
    healthy('disclosures');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await tabRows()).length).toBeGreaterThan(0);
  });
});
