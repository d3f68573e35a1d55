import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { failing, healthy, malformed, slow } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

async function accountRows() {
  const table = await screen.findByRole('table', { name: 'Accounts' });
  await waitFor(() => {
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  });
  return within(table).getAllByRole('row').slice(1);
}

/** The `q` of every accounts-list request the mock received, and of those that were aborted. */
function watchSearches() {
  const sent: string[] = [];
  const aborted: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname !== '/api/v1/accounts') return;
    const q = url.searchParams.get('q') ?? '';
    sent.push(q);
    request.signal.addEventListener('abort', () => aborted.push(q));
  });
  return { sent, aborted };
}

describe('Accounts list', () => {
  it('searches once typing pauses, keeps the previous rows meanwhile, and aborts a stale search', async () => {
    await signedInAs('support');
    const { user } = renderApp('/accounts');
    const idsOf = (rows: HTMLElement[]) => rows.map((row) => /acc_[a-z0-9]{6}/.exec(row.textContent)?.[0]);
    const before = idsOf(await accountRows());
    const searches = watchSearches();
    slow('accounts', 3000);

    await user.type(screen.getByRole('textbox', { name: 'Search accounts' }), 'Hoffmann');
    await waitFor(() => {
      expect(searches.sent).toEqual(['Hoffmann']);
    });
    // While the search is on its way, the rows already on screen stay.
    expect(idsOf(await accountRows())).toEqual(before);
    expect(screen.getByRole('table', { name: 'Accounts' })).toHaveAttribute('aria-busy', 'true');

    await user.type(screen.getByRole('textbox', { name: 'Search accounts' }), ' Lena');
    await waitFor(() => {
      expect(searches.sent).toEqual(['Hoffmann', 'Hoffmann Lena']);
    });
    await waitFor(() => {
      expect(searches.aborted).toContain('Hoffmann');
    });
    healthy('accounts');
  });

  it('finds accounts by a name fragment', async () => {
    await signedInAs('support');
    const { user } = renderApp('/accounts');
    await accountRows();
    await user.type(screen.getByRole('textbox', { name: 'Search accounts' }), 'hoffmann{Enter}');
    await waitFor(async () => {
      const rows = await accountRows();
      for (const row of rows) expect(row).toHaveTextContent(/hoffmann/i);
    });
  });

  it('keeps filters in the URL but never the search text, and Back restores the text of that entry', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts');
    await accountRows();
    const search = screen.getByRole('textbox', { name: 'Search accounts' });
    await user.type(search, 'lena');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'locked');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/accounts?status=locked');
    });
    // As a person would: the list shows the new filter before the search is changed.
    await screen.findByRole('button', { name: 'Clear filters' });
    expect(search).toHaveValue('lena');
    await user.clear(search);
    await user.type(search, 'jonas');

    await router.navigate(-1);
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/accounts');
    });
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Search accounts' })).toHaveValue('lena');
    });
    await router.navigate(1);
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Search accounts' })).toHaveValue('jonas');
    });

    expect(JSON.stringify(router.state.location)).not.toMatch(/lena|jonas/);
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        expect(`${key}=${storage.getItem(key) ?? ''}`).not.toMatch(/lena|jonas/);
      }
    }
  });

  it('moves through the rows with the keyboard and opens one with Enter', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts');
    const rows = await accountRows();
    await user.click(screen.getByRole('textbox', { name: 'Search accounts' }));
    await user.keyboard('{ArrowDown}');
    expect(rows[0]).toHaveFocus();
    await user.keyboard('j');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('k');
    expect(rows[0]).toHaveFocus();
    const id = /acc_[a-z0-9]{6}/.exec(rows[0]?.textContent ?? '')?.[0];
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${id ?? ''}/profile`);
    });
  });

  it('sorts by a column and keeps the sort in the URL', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts');
    await accountRows();
    await user.click(screen.getByRole('button', { name: 'Risk' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/accounts?sort=riskScore');
    });
    await waitFor(async () => {
      const risks = (await accountRows()).map((row) =>
        Number(within(row).getAllByRole('cell')[5]?.textContent),
      );
      expect(risks).toEqual([...risks].sort((a, b) => b - a));
    });
  });

  it('says what to try when nothing matches', async () => {
    await signedInAs('support');
    const { user } = renderApp('/accounts');
    await accountRows();
    await user.type(screen.getByRole('textbox', { name: 'Search accounts' }), 'zzqqxxnomatch{Enter}');
    expect(await screen.findByText('No accounts match')).toBeInTheDocument();
    expect(screen.getByText(/search by part of the email/)).toBeInTheDocument();
  });

  it('refuses a risk threshold out of range without changing the list', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts');
    await accountRows();
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Min. risk score' }), '150{Enter}');
    expect(screen.getByText('Enter a whole number from 0 to 100')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/accounts');
  });

  it('shows an error with Retry on a server fault, and recovers', async () => {
    await signedInAs('support');
    failing('accounts', 503);
    const { user } = renderApp('/accounts');
    expect(await screen.findByText(/had a problem answering/, {}, { timeout: 10_000 })).toBeInTheDocument();
    healthy('accounts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await accountRows()).not.toHaveLength(0);
  });

  it('goes to the last page when a link points past the end, and never counts past the total', async () => {
    await signedInAs('support');
    const { router } = renderApp('/accounts?page=999999');
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/accounts\?page=\d+$/);
      expect(currentUrl(router)).not.toBe('/accounts?page=999999');
    });
    const rows = await accountRows();
    expect(rows.length).toBeGreaterThan(0);
    const count = await screen.findByText(/^[\d,]+–[\d,]+ of [\d,]+$/);
    const [, to, total] = /–([\d,]+) of ([\d,]+)/.exec(count.textContent) ?? [];
    expect(to).toBe(total);
    expect(screen.queryByText('No accounts match')).not.toBeInTheDocument();
    // Back does not return to the page that does not exist.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('keeps the rows on screen with the error and Retry when the next page fails to load', async () => {
    await signedInAs('support');
    const { user } = renderApp('/accounts');
    const before = (await accountRows()).map((row) => row.textContent);
    expect(screen.getByText(/^1–25 of/)).toBeInTheDocument();
    failing('accounts', 503);
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText(/had a problem answering/)).toBeInTheDocument();
    expect((await accountRows()).map((row) => row.textContent)).toEqual(before);
    expect(screen.getByText(/^1–25 of/)).toBeInTheDocument();
    healthy('accounts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/^26–50 of/)).toBeInTheDocument();
  });

  it('puts the focus back on the opened row, not in the search, when coming Back from an account', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts');
    const rows = await accountRows();
    expect(screen.getByRole('textbox', { name: 'Search accounts' })).toHaveFocus();
    await user.keyboard('{ArrowDown}j');
    const opened = rows[1]?.dataset.rowKey ?? '';
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${opened}/profile`);
    });
    await act(async () => {
      await router.navigate(-1);
    });
    const table = await screen.findByRole('table', { name: 'Accounts' });
    await waitFor(() => {
      expect(table.querySelector(`tr[data-row-key="${opened}"]`)).toHaveFocus();
    });
    // The next j moves the cursor instead of typing into the search.
    await user.keyboard('j');
    expect(screen.getByRole('textbox', { name: 'Search accounts' })).toHaveValue('');
  });

  it('explains a malformed reply', async () => {
    await signedInAs('support');
    malformed('accounts');
    renderApp('/accounts');
    expect(await screen.findByText(/does not understand/)).toBeInTheDocument();
  });

  it('makes each account name a real link to the account (middle click, copy link)', async () => {
    await signedInAs('support');
    renderApp('/accounts');
    const [first] = await accountRows();
    const id = first?.dataset.rowKey ?? '';
    expect(id).toMatch(/^acc_/);
    const link = within(first ?? document.body).getByRole('link');
    expect(link).toHaveAttribute('href', `/accounts/${id}`);
    // The row is the keyboard stop; the link is there for the mouse and screen readers.
    expect(link).toHaveAttribute('tabindex', '-1');
  });

  it('does not send a search longer than the API takes, and says how much to shorten it', async () => {
    await signedInAs('support');
    const { user } = renderApp('/accounts');
    await accountRows();
    const searches = watchSearches();
    const search = screen.getByRole('textbox', { name: 'Search accounts' });
    await user.click(search);
    await user.paste('a'.repeat(201));
    expect(await screen.findByText('201 / 200 characters: shorten it by 1 to search')).toBeInTheDocument();
    // Past the search pause, nothing longer than 200 characters has left.
    await user.type(search, '{Enter}');
    await waitFor(() => {
      expect(searches.sent.every((q) => q.length <= 200)).toBe(true);
    });
    expect(searches.sent).not.toContain('a'.repeat(201));
    expect(screen.queryByText('The list does not understand this query')).not.toBeInTheDocument();
  });
});
