import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { minute } from '@mocks/clock';
import { demoStaff } from '@mocks/db/staff';
import { server } from '@mocks/node';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { failing, healthy, slow } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { savedViewsStorageKey } from '../queue/saved-views';

const now = '2026-11-25T09:00:00Z';

interface SeenRequest {
  method: string;
  url: URL;
  body: unknown;
}

/** Every request to the alerts API, with its JSON body. */
function watchAlertRequests() {
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.includes('/alerts')) return;
    const entry: SeenRequest = { method: request.method, url, body: undefined };
    seen.push(entry);
    if (request.method !== 'GET') {
      void request
        .clone()
        .json()
        .then((body: unknown) => {
          entry.body = body;
        });
    }
  });
  return {
    lists: () => seen.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/alerts')),
    bulk: () => seen.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/alerts/bulk')),
    /** One alert's changes: `PATCH /alerts/{id}`. */
    patches: () => seen.filter((r) => r.method === 'PATCH'),
  };
}

async function openQueue(path = '/alerts', who: Parameters<typeof signedInAs>[0] = 'analyst') {
  pinClock(now);
  await signedInAs(who);
  const rendered = renderApp(path);
  const table = await screen.findByRole('table', { name: 'Risk alerts' });
  await waitFor(() => {
    expect(rowsOf(table).length).toBeGreaterThan(0);
  });
  return { ...rendered, table };
}

/** The item at `index`, or the test fails. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Nothing at ${String(index)}`);
  return item;
}

function rowsOf(table: HTMLElement): HTMLTableRowElement[] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-key]')];
}

function rowIds(table: HTMLElement): string[] {
  return rowsOf(table).map((row) => row.dataset.rowKey ?? '');
}

function row(table: HTMLElement, index: number): HTMLTableRowElement {
  const found = rowsOf(table)[index];
  if (!found) throw new Error(`No row ${String(index)}`);
  return found;
}

describe('Risk alerts queue', () => {
  it('reads its filters from the URL, sends them to the API and writes changes back', async () => {
    const requests = watchAlertRequests();
    const { user, router, table } = await openQueue('/alerts?status=new&severity=critical,high');
    const lastList = requests.lists().at(-1)?.url.searchParams;
    expect(lastList?.getAll('status')).toEqual(['new']);
    expect(lastList?.getAll('severity')).toEqual(['high', 'critical']);
    for (const r of rowsOf(table)) expect(within(r).getByText('new')).toBeInTheDocument();

    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(within(statuses).getByRole('button', { name: /^New \d/ })).toHaveAttribute('aria-pressed', 'true');
    // The chips carry the counts of the other filters, per status.
    expect(within(statuses).getByRole('button', { name: /^Resolved [\d,]+$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(within(statuses).getByRole('button', { name: /^Acknowledged/ }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/alerts?status=new%2Cacknowledged&severity=critical%2Chigh');
    });
    // Severity is set by the URL: the folded filters say how many of them are on.
    await user.click(screen.getByRole('button', { name: 'More filters (1)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Phishing URL');
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.getAll('type')).toEqual(['phishing_url']);
    });
    expect(currentUrl(router)).toContain('type=phishing_url');
    await waitFor(() => {
      for (const r of rowsOf(table)) expect(r).toHaveTextContent('Phishing URL');
    });
  });

  it('opens on the open alerts, keeps "All" one click away and in the link, and keeps every repeated status', async () => {
    const requests = watchAlertRequests();
    const { user, router } = await openQueue();
    // No status in the URL: new, acknowledged and escalated, not all 20,000.
    expect(requests.lists().at(-1)?.url.searchParams.getAll('status')).toEqual([
      'new',
      'acknowledged',
      'escalated',
    ]);
    const views = screen.getByRole('navigation', { name: 'Saved views' });
    expect(within(views).getByRole('button', { name: 'Open' })).toHaveAttribute('aria-pressed', 'true');
    // The pager's line says the total: "1–25 of 531".
    const totalShown = (line: HTMLElement) =>
      Number(/of ([\d,]+)$/.exec(line.textContent)?.[1]?.replace(/\D/g, ''));
    const pagerLine = /^[\d,]+–[\d,]+ of [\d,]+$/;
    const openCount = totalShown(await screen.findByText(pagerLine));

    await user.click(within(views).getByRole('button', { name: 'All' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/alerts?status=all');
    });
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.has('status')).toBe(false);
    });
    await waitFor(() => {
      expect(totalShown(screen.getByText(pagerLine))).toBe(20_000);
    });
    expect(openCount).toBeLessThan(20_000);
    expect(within(views).getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');

    // A link in the API's own form (the key repeated) keeps both values, and writes them back as one.
    await act(async () => {
      await router.navigate('/alerts?status=new&status=escalated');
    });
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.getAll('status')).toEqual(['new', 'escalated']);
    });
    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(within(statuses).getByRole('button', { name: /^New/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(statuses).getByRole('button', { name: /^Escalated/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(statuses).getByRole('button', { name: /^Acknowledged/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('applies the built-in views and keeps the analyst’s own views in this browser, without the search text', async () => {
    const requests = watchAlertRequests();
    const { user, router } = await openQueue();
    const views = screen.getByRole('navigation', { name: 'Saved views' });

    await user.click(within(views).getByRole('button', { name: 'Critical & high unassigned' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(
        '/alerts?status=new%2Cacknowledged&severity=high%2Ccritical&assignee=none',
      );
    });
    await waitFor(() => {
      expect(within(views).getByRole('button', { name: 'Critical & high unassigned' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.getAll('assigneeId')).toEqual(['none']);
    });

    await user.click(within(views).getByRole('button', { name: 'My open' }));
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.getAll('assigneeId')).toEqual([demoStaff.analyst.id]);
    });

    await user.click(within(views).getByRole('button', { name: 'New today' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/alerts?status=new&from=2026-11-25');
    });

    // An own view: the filters, a name, and no search text.
    await user.type(screen.getByRole('textbox', { name: 'Search alerts' }), 'checkout{Enter}');
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.get('q')).toBe('checkout');
    });
    // Typed text never reaches the address or the browser's history.
    expect(JSON.stringify(router.state.location)).not.toContain('checkout');
    await user.click(within(views).getByRole('button', { name: 'Save view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(within(dialog).getByText('Give the view a name')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'New since breakfast');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const own = await within(views).findByRole('button', { name: 'New since breakfast' });
    const storageKey = savedViewsStorageKey(demoStaff.analyst.id);
    const stored = localStorage.getItem(storageKey) ?? '';
    expect(stored).toContain('status=new&from=2026-11-25');
    expect(stored).not.toContain('checkout');

    await user.click(within(views).getByRole('button', { name: 'My open' }));
    await waitFor(() => {
      expect(own).toHaveAttribute('aria-pressed', 'false');
    });
    await user.click(own);
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/alerts?status=new&from=2026-11-25');
    });
    await user.click(within(views).getByRole('button', { name: 'Delete the view New since breakfast' }));
    expect(within(views).queryByRole('button', { name: 'New since breakfast' })).not.toBeInTheDocument();
    expect(localStorage.getItem(storageKey)).toBe('[]');
    localStorage.clear();
  });

  it('keeps own views per staff member: the next person at the same browser does not get them', async () => {
    const { user, unmount } = await openQueue('/alerts?severity=critical');
    const views = screen.getByRole('navigation', { name: 'Saved views' });
    await user.click(within(views).getByRole('button', { name: 'Save view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Daniel’s criticals{Enter}');
    expect(await within(views).findByRole('button', { name: 'Daniel’s criticals' })).toBeInTheDocument();
    unmount();

    await openQueue('/alerts', 'analyst2');
    const next = screen.getByRole('navigation', { name: 'Saved views' });
    expect(within(next).getByRole('button', { name: 'My open' })).toBeInTheDocument();
    expect(within(next).queryByRole('button', { name: 'Daniel’s criticals' })).not.toBeInTheDocument();
    localStorage.clear();
  });

  it('keeps every character typed into the search while replies are slow, and keeps the text out of the URL', async () => {
    const requests = watchAlertRequests();
    const { router } = await openQueue();
    slow('alerts', 300);
    // One key every 300 ms, as a person types; the queue's replies take longer than that.
    const typist = userEvent.setup({ delay: 300 });
    const search = screen.getByRole('textbox', { name: 'Search alerts' });
    await typist.type(search, 'login');
    expect(search).toHaveValue('login');
    await waitFor(() => {
      expect(requests.lists().at(-1)?.url.searchParams.get('q')).toBe('login');
    });
    expect(search).toHaveValue('login');
    expect(currentUrl(router)).toBe('/alerts');
    healthy('alerts');
  });

  it('says so when the browser will not keep a saved view, and keeps the dialog open', async () => {
    const { user } = await openQueue('/alerts?status=new');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const views = screen.getByRole('navigation', { name: 'Saved views' });
    await user.click(within(views).getByRole('button', { name: 'Save view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Only new');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(
      await within(dialog).findByText('This browser did not keep the view (its storage is full or blocked)'),
    ).toBeInTheDocument();
    expect(within(views).queryByRole('button', { name: 'Only new' })).not.toBeInTheDocument();
    setItem.mockRestore();
  });

  it('moves with j and k, selects with x, and assigns and acknowledges the focused alert from the keyboard', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=new&assignee=none');

    await user.keyboard('j');
    expect(row(table, 0)).toHaveFocus();
    await user.keyboard('jj');
    expect(row(table, 2)).toHaveFocus();
    await user.keyboard('k');
    expect(row(table, 1)).toHaveFocus();
    await user.keyboard('[ArrowDown]');
    expect(row(table, 2)).toHaveFocus();
    await user.keyboard('x');
    expect(row(table, 2)).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    await user.keyboard('x');
    expect(row(table, 2)).toHaveAttribute('aria-selected', 'false');

    const focusedId = row(table, 2).dataset.rowKey ?? '';
    await user.keyboard('m');
    expect(await screen.findByText('1 alert assigned to you.')).toBeInTheDocument();
    // One alert is changed with its own PATCH, recorded as the update of that alert.
    expect(requests.bulk()).toHaveLength(0);
    expect(requests.patches()[0]?.url.pathname).toBe(`/api/v1/alerts/${focusedId}`);
    await waitFor(() => {
      expect(requests.patches()[0]?.body).toEqual({ assigneeId: demoStaff.analyst.id });
    });
    // The row keeps its place under the cursor, with its new assignee.
    expect(row(table, 2).dataset.rowKey).toBe(focusedId);
    expect(within(row(table, 2)).getByText('Daniel Okafor')).toBeInTheDocument();
    expect(row(table, 2)).toHaveFocus();

    await user.keyboard('a');
    expect(await screen.findByText('1 alert acknowledged.')).toBeInTheDocument();
    expect(requests.patches()[1]?.url.pathname).toBe(`/api/v1/alerts/${focusedId}`);
    await waitFor(() => {
      expect(requests.patches()[1]?.body).toEqual({ status: 'acknowledged' });
    });
    expect(within(row(table, 2)).getByText('acknowledged')).toBeInTheDocument();

    // Nothing fires while typing in a field.
    const search = screen.getByRole('textbox', { name: 'Search alerts' });
    await user.click(search);
    await user.keyboard('jam');
    expect(search).toHaveValue('jam');
    expect(requests.patches()).toHaveLength(2);
  });

  it('opens the focused alert with Enter, and Back puts the cursor on its row again', async () => {
    const { user, router, table } = await openQueue('/alerts?status=new');
    await user.keyboard('jjj');
    const opened = row(table, 2).dataset.rowKey ?? '';
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/alerts/${opened}`);
    });
    await screen.findByRole('region', { name: 'Evidence' });

    await act(async () => {
      await router.navigate(-1);
    });
    const again = await screen.findByRole('table', { name: 'Risk alerts' });
    await waitFor(() => {
      expect(again.querySelector(`tr[data-row-key="${opened}"]`)).toHaveFocus();
    });
    expect(currentUrl(router)).toBe('/alerts?status=new');
  });

  it('assigns the selection to a colleague among those who may change alerts', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=new&assignee=none');
    const boxes = () => within(table).getAllByRole('checkbox', { name: /^Select (?!all)/ });
    await user.click(nth(boxes(), 0));
    await user.click(nth(boxes(), 1));

    await user.click(screen.getByRole('button', { name: 'Assign…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign 2 alerts' });
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(within(dialog).getByText('Choose someone, or Unassigned')).toBeInTheDocument();
    // Only people who may change alerts are offered.
    const choices = within(dialog).getByRole('combobox', { name: 'Assign to' });
    expect(within(choices).queryByRole('option', { name: 'Maya Lindqvist' })).not.toBeInTheDocument();
    await user.selectOptions(choices, 'Priya Raman');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('2 alerts assigned to Priya Raman.')).toBeInTheDocument();
    expect(requests.bulk()[0]?.body).toMatchObject({ patch: { assigneeId: demoStaff.analyst2.id } });
    expect(within(row(table, 0)).getByText('Priya Raman')).toBeInTheDocument();
    expect(within(row(table, 1)).getByText('Priya Raman')).toBeInTheDocument();
  });

  it('asks for the note before dismissing and for a resolution before resolving, and sends nothing without them', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=new');
    await user.click(within(table).getByRole('checkbox', { name: 'Select all on this page' }));
    const count = rowsOf(table).length;
    expect(screen.getByText(`${String(count)} selected`)).toBeInTheDocument();

    // new → resolved is not a move the state machine allows: it says what to do, and opens nothing.
    await user.click(screen.getByRole('button', { name: 'Resolve…' }));
    expect(
      await screen.findByText(
        'None of the selected alerts changed. A new alert is not resolved directly: acknowledge it first (a), then resolve — or dismiss it (d).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(await within(dialog).findByText('Say in a note why the alert is dismissed')).toBeInTheDocument();
    expect(requests.bulk()).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /why is it dismissed/i }),
      'Test traffic from the QA team.',
    );
    expect(within(dialog).getByText('30 / 5,000 characters')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(`${String(count)} alerts dismissed.`)).toBeInTheDocument();
    expect(requests.bulk()[0]?.body).toMatchObject({
      patch: { status: 'dismissed', note: 'Test traffic from the QA team.' },
    });
  });

  it('reopens a selection of closed alerts from the bar, after asking', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=resolved');
    await user.click(within(row(table, 0)).getByRole('checkbox'));
    await user.click(within(row(table, 1)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Reopen…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reopen 2 alerts?' });
    expect(requests.bulk()).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Reopen 2' }));
    expect(await screen.findByText('2 alerts reopened.')).toBeInTheDocument();
    await waitFor(() => {
      expect(requests.bulk()).toHaveLength(1);
    });
  });

  it('says why a move does not apply to the focused alert instead of sending it, and reopens only when asked', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=resolved');
    await user.keyboard('j');
    expect(row(table, 0)).toHaveFocus();
    const focusedId = row(table, 0).dataset.rowKey ?? '';
    await user.keyboard('d');
    expect(
      await screen.findByText(
        'A resolved alert is closed: reopen it first with Shift+A (it asks first), then dismiss.',
      ),
    ).toBeInTheDocument();
    await user.keyboard('e');
    expect(
      await screen.findByText(
        'A resolved alert is closed: reopen it first with Shift+A (it asks first), then escalate.',
      ),
    ).toBeInTheDocument();
    // "a" means acknowledge: on a closed alert it would reopen it, so it does nothing but say so.
    await user.keyboard('a');
    expect(
      await screen.findByText(
        'A resolved alert is closed: to work on it again, reopen it with Shift+A (it asks first).',
      ),
    ).toBeInTheDocument();
    expect(requests.bulk()).toHaveLength(0);
    expect(requests.patches()).toHaveLength(0);

    await user.keyboard('A');
    const ask = await screen.findByRole('dialog', { name: 'Reopen the alert?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(requests.patches()).toHaveLength(0);
    await user.keyboard('A');
    const confirm = await screen.findByRole('dialog', { name: 'Reopen the alert?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByText('1 alert reopened.')).toBeInTheDocument();
    expect(requests.patches()[0]?.url.pathname).toBe(`/api/v1/alerts/${focusedId}`);
    await waitFor(() => {
      expect(requests.patches()[0]?.body).toEqual({ status: 'acknowledged' });
    });
    expect(within(row(table, 0)).getByText('acknowledged')).toBeInTheDocument();
  });

  it('acts on the selected alerts a key applies to, and says how many it skipped and why', async () => {
    const requests = watchAlertRequests();
    const { user, table } = await openQueue('/alerts?status=new');
    const freshId = row(table, 0).dataset.rowKey ?? '';
    const workedId = row(table, 1).dataset.rowKey ?? '';
    // The second is acknowledged first; it stays in its place, shown acknowledged.
    await user.keyboard('jj');
    await user.keyboard('a');
    await waitFor(() => {
      expect(within(row(table, 1)).getByText('acknowledged')).toBeInTheDocument();
    });
    await user.click(within(row(table, 0)).getByRole('checkbox'));
    await user.click(within(row(table, 1)).getByRole('checkbox'));

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    // Said with the outcome, in one toast.
    expect(
      await screen.findByText(
        '1 alert acknowledged. Skipped 1 of 2 selected alerts. Acknowledged (1): An acknowledged alert is already being worked on: nothing to acknowledge.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(within(row(table, 0)).getByText('acknowledged')).toBeInTheDocument();
    });
    expect(requests.bulk()).toHaveLength(0);
    expect(requests.patches().map((request) => request.url.pathname)).toEqual([
      `/api/v1/alerts/${workedId}`,
      `/api/v1/alerts/${freshId}`,
    ]);
  });

  it('escalates the focused alert with e, and the row shows it escalated in place', async () => {
    const { user, table } = await openQueue('/alerts?status=acknowledged');
    await user.keyboard('jj');
    const focusedId = row(table, 1).dataset.rowKey ?? '';

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    await user.click(within(dialog).getByRole('radio', { name: 'A new incident' }));
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(row(table, 1).dataset.rowKey).toBe(focusedId);
    expect(await within(row(table, 1)).findByText('escalated')).toBeInTheDocument();
  });

  it('announces new alerts without moving the rows, and shows them on request', async () => {
    const { user, table, queryClient } = await openQueue('/alerts?status=new');
    const before = rowIds(table);
    await user.keyboard('jj');
    expect(row(table, 1)).toHaveFocus();

    advanceClock(10 * minute);
    await act(async () => {
      await queryClient.refetchQueries({ queryKey: ['alerts', 'arrivals'] });
    });
    const banner = await screen.findByText(/^\d+ new alerts? match(es)? this view$/);
    expect(rowIds(table)).toEqual(before);
    expect(row(table, 1)).toHaveFocus();

    await user.click(
      within(banner.closest('[role="alert"]') ?? document.body).getByRole('button', { name: 'Show' }),
    );
    await waitFor(() => {
      expect(rowIds(table)[0]).not.toBe(before[0]);
    });
    expect(rowIds(table)).toEqual(expect.arrayContaining([before[0]]));
    await waitFor(() => {
      expect(screen.queryByText(/new alerts? match/)).not.toBeInTheDocument();
    });
  });

  it('shows a failed load with Retry, and a failed bulk change with Retry, keeping the rows', async () => {
    pinClock(now);
    await signedInAs('analyst');
    failing('alerts', 503);
    const { user } = renderApp('/alerts');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    healthy('alerts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const table = await screen.findByRole('table', { name: 'Risk alerts' });
    await waitFor(() => {
      expect(rowsOf(table).length).toBeGreaterThan(0);
    });

    failing('alerts', 503, { method: 'POST', times: 1 });
    await user.click(nth(within(table).getAllByRole('checkbox', { name: /^Select (?!all)/ }), 0));
    await user.click(nth(within(table).getAllByRole('checkbox', { name: /^Select (?!all)/ }), 1));
    await user.click(screen.getByRole('button', { name: 'Assign to me' }));
    const failure = await screen.findByText(/^Nothing was changed:/);
    expect(rowsOf(table).length).toBeGreaterThan(0);
    await user.click(
      within(failure.closest<HTMLElement>('[role="alert"]') ?? document.body).getByRole('button', {
        name: 'Retry',
      }),
    );
    expect(await screen.findByText('2 alerts assigned to you.')).toBeInTheDocument();
  });
});
