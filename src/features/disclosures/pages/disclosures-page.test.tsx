import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { disclosureExportColumns, type RecipientTotals } from '@/shared/contract/disclosures';
import { knownRecipients } from '@mocks/db/known-disclosures';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { failing, healthy } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { rows } from '@tests/table-rows';

async function ledgerRows(): Promise<HTMLTableRowElement[]> {
  const table = await screen.findByRole('table', { name: 'Disclosures' });
  await waitFor(() => {
    expect(rows(table).length).toBeGreaterThan(0);
    expect(table).toHaveAttribute('aria-busy', 'false');
  });
  return rows(table);
}

/** The text of one column in every row on screen, by its header. */
function column(header: string): string[] {
  const table = screen.getByRole('table', { name: 'Disclosures' });
  const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return rows(table).map((row) => row.querySelectorAll('td')[index]?.textContent.trim() ?? '');
}

/** The list's total as its own line says it ("1,234 entries"). */
async function shownTotal(): Promise<number> {
  const line = await screen.findByText(/^[\d,]+ (entry|entries)$/);
  return Number(line.textContent.split(' ')[0]?.replace(/,/g, ''));
}

describe('Disclosures ledger', () => {
  it('lists the newest entries first, each row a link to its entry', async () => {
    await signedInAs('legal');
    renderApp('/disclosures');
    const shown = await ledgerRows();
    expect(shown).toHaveLength(50);
    const times = shown.map((row) => Date.parse(row.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = shown[0];
    if (!first) throw new Error('no row');
    const id = first.dataset.rowKey ?? '';
    expect(within(first).getAllByRole('link')[0]).toHaveAttribute('href', `/disclosures/${id}`);
    expect(await shownTotal()).toBeGreaterThanOrEqual(50_000);
    expect(screen.getByRole('link', { name: 'Record a disclosure' })).toHaveAttribute(
      'href',
      '/disclosures/new',
    );
  });

  it('keeps its filters, sort and page in the URL, and the rows follow them', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp('/disclosures?legalBasis=consent');
    await ledgerRows();
    expect(screen.getByRole('combobox', { name: 'Legal basis' })).toHaveValue('consent');
    for (const basis of column('Legal basis')) expect(basis).toBe('Consent');

    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Recipient category' }), 'seller');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/disclosures?legalBasis=consent&recipientCategory=seller');
    });
    await waitFor(() => {
      for (const recipient of column('Recipient')) expect(recipient).toMatch(/Seller · [A-Z]{2}$/);
    });

    await user.click(screen.getByRole('button', { name: 'Subjects' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(
        '/disclosures?legalBasis=consent&recipientCategory=seller&sort=subjectCount',
      );
    });
    await waitFor(() => {
      const subjects = column('Subjects').map((text) => Number(text.replace(/,/g, '')));
      expect(subjects).toEqual([...subjects].sort((a, b) => b - a));
    });

    const before = column('Occurred').join('|');
    await user.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => {
      expect(currentUrl(router)).toContain('page=2');
    });
    await waitFor(() => {
      expect(column('Occurred').join('|')).not.toBe(before);
    });
  });

  it('opens an entry from the keyboard, and its back link returns to the filtered list and the row', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp('/disclosures?legalBasis=contract');
    const shown = await ledgerRows();
    const second = shown[1];
    if (!second) throw new Error('no second row');
    const id = second.dataset.rowKey ?? '';
    // The search has the focus on arrival; Escape returns to the rows (the first), j moves down.
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Search disclosures' })).toHaveFocus();
    });
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(shown[0]).toHaveFocus();
    });
    await user.keyboard('j');
    await waitFor(() => {
      expect(second).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/disclosures/${id}`);
    });
    const breadcrumb = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await user.click(within(breadcrumb).getByRole('link', { name: 'Disclosures' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/disclosures?legalBasis=contract');
    });
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('data-row-key')).toBe(id);
    });
  });

  it('searches by recipient or purpose without writing the text into the URL', async () => {
    await signedInAs('legal');
    const requests = recordRequests();
    const { user, router } = renderApp('/disclosures');
    await ledgerRows();
    await user.type(screen.getByRole('textbox', { name: 'Search disclosures' }), 'Nordlicht');
    await waitFor(() => {
      for (const recipient of column('Recipient')) expect(recipient).toContain('Nordlicht Mode GmbH');
    });
    expect(currentUrl(router)).toBe('/disclosures');
    const sent = await requests.matching({ method: 'GET', path: '/disclosures' });
    expect(sent.some((request) => request.search.get('q') === 'Nordlicht')).toBe(true);
  });

  it('shows a recipient’s card with its agreement and its totals by legal basis and data category', async () => {
    await signedInAs('legal');
    const totals = await callApi<RecipientTotals>(`/recipients/${knownRecipients.seller}/totals`);
    renderApp(`/disclosures?recipientId=${knownRecipients.seller}`);
    const card = await screen.findByRole('region', { name: 'Recipient' });
    expect(await within(card).findByRole('heading', { name: 'Nordlicht Mode GmbH' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Seller');
    expect(card).toHaveTextContent('DE');
    expect(card).toHaveTextContent('DPA-SEL-2021-014');
    await waitFor(() => {
      expect(card).toHaveTextContent(`Entries${totals.body.entries.toLocaleString()}`);
    });
    expect(card).toHaveTextContent(`Data subjects${totals.body.subjects.toLocaleString()}`);
    const byBasis = within(card).getByRole('heading', { name: 'Entries by legal basis' }).parentElement;
    if (!byBasis) throw new Error('no legal basis totals');
    expect(within(byBasis).getAllByRole('listitem')).toHaveLength(totals.body.byLegalBasis.length);
    const byCategory = within(card).getByRole('heading', { name: 'Entries by data category' }).parentElement;
    if (!byCategory) throw new Error('no data category totals');
    expect(within(byCategory).getAllByRole('listitem')).toHaveLength(totals.body.byDataCategory.length);
    for (const row of await ledgerRows()) expect(row).toHaveTextContent('Nordlicht Mode GmbH');
    expect(await shownTotal()).toBe(totals.body.entries);
  });

  it('links a row’s recipient to the recipient’s view', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp('/disclosures');
    const [first] = await ledgerRows();
    if (!first) throw new Error('no row');
    const link = within(first).getAllByRole('link')[1];
    if (!link) throw new Error('no recipient link');
    const href = link.getAttribute('href') ?? '';
    expect(href).toMatch(/^\/disclosures\?recipientId=rcp_/);
    await user.click(link);
    await waitFor(() => {
      expect(currentUrl(router)).toBe(href);
    });
    expect(await screen.findByRole('region', { name: 'Recipient' })).toBeInTheDocument();
  });

  it('says when nothing matches, and clearing brings the rows back', async () => {
    await signedInAs('legal');
    const { user } = renderApp('/disclosures?recipientCategory=acquirer&legalBasis=consent');
    expect(await screen.findByText('No disclosures match')).toBeInTheDocument();
    const [clear] = screen.getAllByRole('button', { name: 'Clear filters' });
    if (!clear) throw new Error('no Clear filters');
    await user.click(clear);
    expect((await ledgerRows()).length).toBeGreaterThan(0);
  });

  it('shows an error with Retry when the ledger cannot be read, and recovers', async () => {
    await signedInAs('legal');
    failing('disclosures', 503);
    const { user } = renderApp('/disclosures');
    expect(await screen.findByText('This could not be loaded')).toBeInTheDocument();
    healthy('disclosures');
    const [retry] = screen.getAllByRole('button', { name: 'Retry' });
    if (!retry) throw new Error('no Retry');
    await user.click(retry);
    expect((await ledgerRows()).length).toBeGreaterThan(0);
  });

  it('shows an error with Retry when the recipient’s totals cannot be read', async () => {
    await signedInAs('legal');
    failing('disclosures', 503);
    const { user } = renderApp(`/disclosures?recipientId=${knownRecipients.seller}`);
    const card = await screen.findByRole('region', { name: 'Recipient' });
    expect(await within(card).findByText('The recipient’s totals could not be loaded')).toBeInTheDocument();
    expect(within(card).getByText('The recipient could not be loaded')).toBeInTheDocument();
    healthy('disclosures');
    for (const retry of within(card).getAllByRole('button', { name: 'Retry' })) await user.click(retry);
    expect(await within(card).findByRole('heading', { name: 'Nordlicht Mode GmbH' })).toBeInTheDocument();
    expect(await within(card).findByText('Entries by legal basis')).toBeInTheDocument();
  });
});

describe('Export CSV', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Catches what the page saves: the file's name and contents. */
  function catchDownloads() {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:export-${String(blobs.size)}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => undefined,
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    return saved;
  }

  it('downloads exactly the filtered set, sends the filters and sort, and names the file after them', async () => {
    pinClock('2026-11-30T12:00:00Z');
    await signedInAs('legal');
    const saved = catchDownloads();
    const requests = recordRequests();
    const { user } = renderApp(
      `/disclosures?recipientId=${knownRecipients.authority}&legalBasis=criminal_investigation&dir=asc`,
    );
    await ledgerRows();
    const total = await shownTotal();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    const [file] = saved;
    if (!file) throw new Error('nothing was saved');
    expect(file.name).toBe('disclosures_landeskriminalamt-nordmark_criminal-investigation_2026-11-30.csv');
    const text = await file.blob.text();
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe(disclosureExportColumns.join(','));
    expect(lines).toHaveLength(total + 1);
    const [sent] = await requests.matching({ method: 'GET', path: '/disclosures/export' });
    expect(sent?.search.get('recipientId')).toBe(knownRecipients.authority);
    expect(sent?.search.get('legalBasis')).toBe('criminal_investigation');
    expect(sent?.search.get('sort')).toBe('occurredAt:asc');
    expect(sent?.search.has('page')).toBe(false);
    expect(sent?.search.has('pageSize')).toBe(false);
    expect(await screen.findByText(`Exported to ${file.name}.`)).toBeInTheDocument();
  });

  it('shows the rows received of the total while the whole ledger arrives, and Cancel keeps nothing', async () => {
    await signedInAs('dpo');
    const saved = catchDownloads();
    const requests = recordRequests();
    const { user } = renderApp('/disclosures');
    await ledgerRows();
    const total = await shownTotal();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText(
        new RegExp(`^Exporting: [1-9][\\d,]* of ${total.toLocaleString()} rows received$`),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    const [sent] = await requests.matching({ method: 'GET', path: '/disclosures/export' });
    await waitFor(() => {
      expect(sent?.aborted).toBe(true);
    });
    expect(saved).toHaveLength(0);
    expect(screen.queryByText(/^Exported to/)).not.toBeInTheDocument();
  });

  it('says why an export failed and offers Retry, which downloads it', async () => {
    await signedInAs('legal');
    const saved = catchDownloads();
    const { user } = renderApp(`/disclosures?recipientId=${knownRecipients.authority}`);
    await ledgerRows();
    failing('disclosures', 500);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/^The export failed:/)).toBeInTheDocument();
    healthy('disclosures');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
  });

  it('is not offered to support, who cannot open the ledger at all', async () => {
    await signedInAs('support');
    renderApp('/disclosures');
    expect(
      await screen.findByRole('heading', { name: 'You need the legal or privacy officer role' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });
});
