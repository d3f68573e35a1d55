import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownAlerts } from '@mocks/db/known-alerts';
import { failing, healthy } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

describe('Account alerts tab', () => {
  it("lists the account's alerts for support, newest first", async () => {
    await signedInAs('support');
    renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    const table = await screen.findByRole('table', { name: 'Alerts on this account' });
    await waitFor(() => {
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    });
    const rows = within(table).getAllByRole('row').slice(1);
    const times = rows.map((row) => Date.parse(row.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(within(table).getAllByText('critical').length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: 'Alerts' })).toHaveAttribute('aria-selected', 'true');
    expect(knownAlerts.newCritical).toMatch(/^alr_/);
  });

  it('opens an alert for the analyst', async () => {
    await signedInAs('analyst');
    const { user, router } = renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    const table = await screen.findByRole('table', { name: 'Alerts on this account' });
    const row = await waitFor(() => {
      const found = table.querySelector<HTMLElement>(`tr[data-row-key="${knownAlerts.newCritical}"]`);
      if (!found) throw new Error('The critical alert is not listed yet');
      return found;
    });
    row.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/alerts/${knownAlerts.newCritical}`);
    });
  });

  it('goes to the last page when a link points past the end of the account’s alerts', async () => {
    await signedInAs('support');
    const { router } = renderApp(`/accounts/${knownAccounts.locked}/alerts?page=40`);
    const table = await screen.findByRole('table', { name: 'Alerts on this account' });
    await waitFor(() => {
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    });
    expect(currentUrl(router)).toBe(`/accounts/${knownAccounts.locked}/alerts`);
    const count = screen.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/);
    const [, to, total] = /–([\d,]+) of ([\d,]+)/.exec(count.textContent) ?? [];
    expect(to).toBe(total);
  });

  it('lets support read the rows without opening them', async () => {
    await signedInAs('support');
    renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    const table = await screen.findByRole('table', { name: 'Alerts on this account' });
    await waitFor(() => {
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    });
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).not.toHaveAttribute('tabindex');
  });

  it('says so when an account has no alerts', async () => {
    await signedInAs('support');
    renderApp(`/accounts/${knownAccounts.noConsentEvents}/alerts`);
    expect(await screen.findByText('No risk alerts on this account')).toBeInTheDocument();
  });

  it('is not offered to legal, and a deep link names the role it needs', async () => {
    await signedInAs('legal');
    renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    expect(
      await screen.findByRole('heading', {
        name: /You need the support, security analyst or privacy officer role/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Alerts' })).not.toBeInTheDocument();
  });

  it('shows an error with Retry and recovers', async () => {
    await signedInAs('support');
    failing('alerts', 503);
    const { user } = renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    expect(await screen.findByText(/had a problem answering/, {}, { timeout: 10_000 })).toBeInTheDocument();
    healthy('alerts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const table = await screen.findByRole('table', { name: 'Alerts on this account' });
    await waitFor(() => {
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    });
  });
});
