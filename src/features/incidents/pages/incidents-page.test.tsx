import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Incident } from '@/shared/contract/incidents';
import { regulatorClockRunning } from '@/shared/contract/incidents';
import { commitIncident } from '@mocks/db/incidents';
import { incidentFactory } from '@mocks/factories/incident';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { healthy } from '@mocks/scenarios/faults';
import { incidentsUnavailable } from '@mocks/scenarios/incidents';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { rows } from '@tests/table-rows';

async function listRows(): Promise<HTMLTableRowElement[]> {
  const table = await screen.findByRole('table', { name: 'Incidents' });
  await waitFor(() => {
    expect(rows(table).length).toBeGreaterThan(0);
    expect(table).toHaveAttribute('aria-busy', 'false');
  });
  return rows(table);
}

/** The text of one column in every row on screen, by its header. */
function column(header: string): string[] {
  const table = screen.getByRole('table', { name: 'Incidents' });
  const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return rows(table).map((row) => row.querySelectorAll('td')[index]?.textContent.trim() ?? '');
}

async function incident(id: string): Promise<Incident> {
  const reply = await callApi<Incident>(`/incidents/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('Incidents list', () => {
  it('opens on the incidents not closed, the running clocks with the least time left first, each row a link', async () => {
    pinClock('2026-11-20T10:00:00Z');
    await signedInAs('analyst');
    const requests = recordRequests();
    renderApp('/incidents');
    const shown = await listRows();
    const lists = await requests.matching({ method: 'GET', path: '/incidents' });
    expect(lists.map((each) => each.search.get('sort'))).toContain('regulatorDeadlineAt:asc');
    expect(column('Status')).not.toContain('Closed');
    const ids = shown.map((row) => row.dataset.rowKey ?? '');
    const read = await Promise.all(ids.map((id) => incident(id)));
    const running = read.map((each) => regulatorClockRunning(each));
    // Running clocks first, then the reported or decided ones.
    expect(running).toEqual([...running].sort((a, b) => Number(b) - Number(a)));
    const deadlines = read.filter((each) => regulatorClockRunning(each)).map((each) => Date.parse(each.regulatorDeadlineAt));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const first = shown[0];
    if (!first) throw new Error('no row');
    expect(within(first).getByRole('link', { name: read[0]?.title })).toHaveAttribute(
      'href',
      `/incidents/${ids[0] ?? ''}`,
    );
    for (const clock of column('Regulator clock')) {
      expect(clock).toMatch(/ left$|^Due now$|^Overdue by |^Reported |^Not reported: decision recorded$|^Closed$/);
    }
  });

  it('keeps status, severity and sort in the URL, and the rows follow them', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp('/incidents');
    await listRows();
    const statuses = screen.getByRole('group', { name: 'Status' });
    await user.click(within(statuses).getByRole('button', { name: 'Open' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/incidents?status=assessing%2Cnotifying%2Cmonitoring');
    });
    await waitFor(() => {
      expect(column('Status').every((status) => status !== 'Open' && status !== 'Closed')).toBe(true);
    });

    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.click(within(screen.getByRole('group', { name: 'Severity' })).getByRole('button', { name: 'Critical' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/incidents?status=assessing%2Cnotifying%2Cmonitoring&severity=critical');
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/incidents');
    });
    await user.click(screen.getByRole('button', { name: 'Severity' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/incidents?sort=severity&dir=desc');
    });
  });

  it('reproduces a pasted link with every status', async () => {
    await signedInAs('dpo');
    renderApp('/incidents?status=all&pageSize=100');
    await listRows();
    await waitFor(() => {
      expect(column('Status')).toContain('Closed');
    });
    const statuses = screen.getByRole('group', { name: 'Status' });
    for (const button of within(statuses).getAllByRole('button')) {
      expect(button).toHaveAttribute('aria-pressed', 'false');
    }
  });

  it('opens the incident from the keyboard', async () => {
    await signedInAs('analyst');
    const { user, router } = renderApp('/incidents');
    const shown = await listRows();
    const id = shown[1]?.dataset.rowKey ?? '';
    await user.click(document.body);
    await user.keyboard('jj');
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/incidents/${id}`);
    });
  });

  it('says when the incidents cannot be read, and reads them again on Retry', async () => {
    await signedInAs('analyst');
    incidentsUnavailable();
    const { user } = renderApp('/incidents');
    expect(await screen.findByText('This could not be loaded')).toBeInTheDocument();
    healthy('incidents');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await listRows();
  });

  it('is not open to support', async () => {
    await signedInAs('support');
    renderApp('/incidents');
    expect(await screen.findByRole('heading', { name: /^You need / })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Incidents' })).not.toBeInTheDocument();
  });

  it('opens a new incident once for a double click, and lands in its workspace', async () => {
    await signedInAs('analyst');
    const requests = recordRequests();
    const { user, router } = renderApp('/incidents');
    await listRows();
    await user.click(screen.getByRole('button', { name: 'New incident' }));
    const dialog = await screen.findByRole('dialog', { name: 'New incident' });
    await user.click(within(dialog).getByRole('button', { name: 'Open incident' }));
    expect(await within(dialog).findByText('Give the incident a title')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Incident title/ }), '  Partner saw card data  ');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Severity' }), 'critical');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Open incident' }));
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/incidents\/inc_/);
    });
    const summary = await screen.findByRole('region', { name: 'Incident summary' });
    expect(within(summary).getByRole('heading', { level: 1, name: 'Partner saw card data' })).toBeInTheDocument();
    const posts = await requests.matching({ method: 'POST', path: '/incidents' });
    expect(posts.map((each) => each.body)).toEqual([{ title: 'Partner saw card data', severity: 'critical' }]);
    expect(posts[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers legal no new incident', async () => {
    await signedInAs('legal');
    renderApp('/incidents');
    await listRows();
    expect(screen.queryByRole('button', { name: 'New incident' })).not.toBeInTheDocument();
  });

  it('prints a hostile title as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe<script>window.__pwned=1</script>';
    pinClock('2026-11-25T09:00:00Z');
    commitIncident({ type: 'create', incident: incidentFactory.build({ id: 'inc_zz9101', title: payload }) });
    await signedInAs('analyst');
    const { container } = renderApp('/incidents');
    await listRows();
    const row = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('tr[data-row-key="inc_zz9101"]');
      if (!found) throw new Error('no row');
      return found;
    });
    expect(row.textContent).toContain('<script>window.__pwned=1</script>');
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('main script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when nothing matches, and clears back to the open incidents', async () => {
    await signedInAs('analyst');
    const { user, router } = renderApp('/incidents?severity=low');
    await screen.findByRole('table', { name: 'Incidents' });
    await user.type(screen.getByRole('textbox', { name: 'Search incidents' }), 'no incident is called this');
    expect(await screen.findByText('No incidents match')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] ?? document.body);
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/incidents');
    });
    await listRows();
    expect(screen.getByRole('textbox', { name: 'Search incidents' })).toHaveValue('');
  });
});
