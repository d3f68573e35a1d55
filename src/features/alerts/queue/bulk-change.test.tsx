import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { clock, isoAt } from '@mocks/clock';
import { commitAlert } from '@mocks/db/alerts/state';
import { demoStaff } from '@mocks/db/staff';
import { server } from '@mocks/node';
import { pinClock } from '@mocks/scenarios/clock';
import { slow } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';
import { checkboxOf, idOf, rows } from '@tests/table-rows';

// Bulk changes from the queue: what a run reports, what it never resends on its own, and keys
// that must act once.

interface BulkRequest {
  items: { id: string; version: number }[];
  patch: Record<string, unknown>;
}

/**
 * Every change the queue sent, in the order they left: `POST /alerts/bulk` for several alerts, and
 * `PATCH /alerts/{id}` (its If-Match as the item's version) for one.
 */
function watchBulkRequests(): (BulkRequest & { via: 'bulk' | 'patch' })[] {
  const bodies: (BulkRequest & { via: 'bulk' | 'patch' })[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const single = request.method === 'PATCH' && /\/alerts\/alr_[^/]+$/.test(url.pathname);
    if (!single && !(request.method === 'POST' && url.pathname.endsWith('/alerts/bulk'))) return;
    const index = bodies.length;
    const id = url.pathname.split('/').at(-1) ?? '';
    const version = Number((request.headers.get('If-Match') ?? '').replaceAll('"', ''));
    bodies.push({ items: [], patch: {}, via: single ? 'patch' : 'bulk' });
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        bodies[index] = single
          ? { items: [{ id, version }], patch: body as Record<string, unknown>, via: 'patch' }
          : { ...(body as BulkRequest), via: 'bulk' };
      });
  });
  return bodies;
}

async function openQueue(path: string) {
  pinClock('2026-11-25T09:00:00Z');
  await signedInAs('analyst');
  const rendered = renderApp(path);
  const table = await screen.findByRole('table', { name: 'Risk alerts' });
  await waitFor(() => {
    expect(rows(table).length).toBeGreaterThan(3);
  });
  return { ...rendered, table };
}

function reportOf(text: string): HTMLElement {
  return screen.getByText(text).closest<HTMLElement>('[role="status"]') ?? document.body;
}

describe('Bulk changes in the queue', () => {
  it('shows a colleague’s newer version, resends nothing by itself, and applies mine on theirs only when asked', async () => {
    const bulk = watchBulkRequests();
    const { user, table } = await openQueue('/alerts?status=new');
    const chosen = [0, 1, 2, 3].map((index) => idOf(table, index));
    for (const id of chosen) await user.click(checkboxOf(table, id));
    expect(screen.getByText('4 selected')).toBeInTheDocument();
    const stale = chosen[1] ?? '';

    // Meanwhile a colleague takes one of them.
    commitAlert({
      type: 'patch',
      alertId: stale,
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
      assigneeId: demoStaff.analyst2.id,
    });

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByText('3 of 4 alerts acknowledged; 1 failed:');
    const report = reportOf('3 of 4 alerts acknowledged; 1 failed:');
    const failure = within(within(report).getByRole('list', { name: 'Failed alerts' })).getByRole('listitem');
    expect(failure).toHaveTextContent(`(${stale}) — Changed by someone else`);
    // Their state, so the person can decide on it.
    expect(failure).toHaveTextContent(`now new, assigned to ${demoStaff.analyst2.name}`);
    expect(within(report).queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument();
    expect(bulk).toHaveLength(1);
    // The failed alert stays selected, and only it: the others are done.
    expect(checkboxOf(table, stale)).toBeChecked();
    for (const id of chosen.filter((chosenId) => chosenId !== stale)) {
      expect(checkboxOf(table, id)).not.toBeChecked();
    }
    expect(screen.getByText('1 selected')).toBeInTheDocument();

    await user.click(within(report).getByRole('button', { name: 'Apply to their version' }));
    expect(await screen.findByText('1 alert acknowledged.')).toBeInTheDocument();
    expect(bulk).toHaveLength(2);
    await waitFor(() => {
      expect(bulk[1]?.items).toEqual([{ id: stale, version: expect.any(Number) as number }]);
    });
    // One alert goes as its own PATCH: the audit log records the update of that alert.
    expect(bulk.map((change) => change.via)).toEqual(['bulk', 'patch']);
    expect(bulk[1]?.items[0]?.version).toBeGreaterThan(bulk[0]?.items[1]?.version ?? Infinity);
  });

  it('never offers to resend on an alert a colleague closed, nor one the state refuses (409)', async () => {
    const { user, table } = await openQueue('/alerts?status=new');
    const closed = idOf(table, 0);
    const open = idOf(table, 1);
    await user.click(checkboxOf(table, closed));
    await user.click(checkboxOf(table, open));
    commitAlert({
      type: 'patch',
      alertId: closed,
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
      status: 'dismissed',
      note: { id: 'note_colleague01', body: 'Known test traffic' },
    });

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByText('1 of 2 alerts acknowledged; 1 failed:');
    const report = reportOf('1 of 2 alerts acknowledged; 1 failed:');
    expect(within(report).getByRole('listitem')).toHaveTextContent('now dismissed');
    expect(within(report).queryByRole('button', { name: /^Apply to their/ })).not.toBeInTheDocument();
    expect(within(report).queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument();
  });

  it('reports a refusal (409) with its reason and never offers it again: it cannot succeed', async () => {
    const { user, table } = await openQueue('/alerts?status=new');
    const [first, second] = [idOf(table, 0), idOf(table, 1)];
    await user.click(checkboxOf(table, first));
    await user.click(checkboxOf(table, second));
    // The API refuses both for the state it holds them in (e.g. moved by a rule the queue has not seen).
    server.use(
      http.post('*/api/v1/alerts/bulk', () =>
        HttpResponse.json({
          updated: [],
          failed: [first, second].map((id) => ({
            id,
            problem: {
              type: 'https://api.digfashions.example/problems/conflict',
              title: 'Not allowed in this state',
              status: 409,
              detail: 'A resolved alert is closed: reopen it first, then acknowledge it.',
            },
          })),
        }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByText('0 of 2 alerts acknowledged; 2 failed:');
    const report = reportOf('0 of 2 alerts acknowledged; 2 failed:');
    const failures = within(report).getAllByRole('listitem');
    expect(failures[0]).toHaveTextContent(
      'A resolved alert is closed: reopen it first, then acknowledge it.',
    );
    expect(within(report).queryByRole('button', { name: /retry/i })).not.toBeInTheDocument();
    expect(within(report).queryByRole('button', { name: /^Apply to their/ })).not.toBeInTheDocument();
  });

  it('acts once for a key pressed twice quickly, ignores keys while a change is pending, and a held key', async () => {
    const bulk = watchBulkRequests();
    const { user, table } = await openQueue('/alerts?status=new');
    const first = idOf(table, 0);
    await user.keyboard('j');
    await waitFor(() => {
      expect(table.querySelector(`tr[data-row-key="${first}"]`)).toHaveFocus();
    });
    // The first request is still on its way when the second press comes.
    slow('alerts', 1500, { method: 'PATCH', times: 1 });
    await user.keyboard('aa');
    // Nor does another action's key: no dismissal dialog opens over a change on its way.
    await user.keyboard('d');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('1 alert acknowledged.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bulk).toHaveLength(1);
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();

    // A key held down repeats its keydown: the repeats do nothing.
    const second = idOf(table, 1);
    await user.keyboard('j');
    await waitFor(() => {
      expect(table.querySelector(`tr[data-row-key="${second}"]`)).toHaveFocus();
    });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'm', repeat: true });
    await user.keyboard('a');
    expect(await screen.findByText('1 alert acknowledged.')).toBeInTheDocument();
    await waitFor(() => {
      expect(bulk).toHaveLength(2);
    });
    expect(bulk[1]?.patch).toEqual({ status: 'acknowledged' });
    expect(bulk.map((change) => change.via)).toEqual(['patch', 'patch']);
  });
});
