import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clock, isoAt } from '@mocks/clock';
import { commitAlert } from '@mocks/db/alerts/state';
import { demoStaff } from '@mocks/db/staff';
import { server } from '@mocks/node';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';
import { checkboxOf, idOf, rows } from '@tests/table-rows';

// Successes in the queue are toasts outside the table (the rows never move); an assignment can be
// undone on the versions it left, never over a colleague's later change.

interface BulkRequest {
  items: { id: string; version: number }[];
  patch: Record<string, unknown>;
}

function watchBulkRequests(): BulkRequest[] {
  const bodies: BulkRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST' || !request.url.endsWith('/alerts/bulk')) return;
    const index = bodies.length;
    bodies.push({ items: [], patch: {} });
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        bodies[index] = body as BulkRequest;
      });
  });
  return bodies;
}

/** Unassigned new alerts, so "Assign to me" changes each of them and has one assignee to put back. */
async function openUnassignedQueue() {
  pinClock('2026-11-25T09:00:00Z');
  await signedInAs('analyst');
  const rendered = renderApp('/alerts?status=new&assignee=none');
  const table = await screen.findByRole('table', { name: 'Risk alerts' });
  await waitFor(() => {
    expect(rows(table).length).toBeGreaterThan(3);
  });
  return { ...rendered, table };
}

describe('Toasts in the queue', () => {
  it('says a success in a toast outside the table, leaving the rows where they were', async () => {
    const { user, table } = await openUnassignedQueue();
    const container = table.closest<HTMLElement>('[role="region"]');
    const before = rows(table).map((row) => row.dataset.rowKey);
    const tableTop = table.getBoundingClientRect().top;
    const first = idOf(table, 0);

    await user.click(checkboxOf(table, first));
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const toast = (await screen.findByText('1 alert acknowledged.')).closest<HTMLElement>('[data-toast]');
    expect(toast).not.toBeNull();
    // Not in the table's container nor in the page's flow above it: nothing is pushed down.
    expect(container?.contains(toast ?? null)).toBe(false);
    expect(document.getElementById('main')?.contains(toast ?? null)).toBe(false);
    expect(toast?.closest('[aria-live="polite"]')).not.toBeNull();
    expect(table.getBoundingClientRect().top).toBe(tableTop);
    // The changed alert stays in the view until it is refreshed: the same rows, in the same order.
    expect(rows(table).map((row) => row.dataset.rowKey)).toEqual(before);
    // The success is not also reported above the rows.
    expect(screen.queryByRole('list', { name: 'Failed alerts' })).not.toBeInTheDocument();
    // Acknowledging has no move back in the contract (acknowledged → new is refused): no Undo.
    expect(within(toast ?? document.body).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('undoes an assignment on the versions it left, putting back who had the alerts', async () => {
    const bulk = watchBulkRequests();
    const { user, table } = await openUnassignedQueue();
    const chosen = [idOf(table, 0), idOf(table, 1)];
    for (const id of chosen) await user.click(checkboxOf(table, id));
    await user.click(screen.getByRole('button', { name: 'Assign to me' }));
    const toast = (await screen.findByText('2 alerts assigned to you.')).closest<HTMLElement>('[data-toast]');
    await waitFor(() => {
      expect(bulk[0]?.items).toHaveLength(2);
    });
    const sent = bulk[0]?.items ?? [];

    await user.click(within(toast ?? document.body).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: 2 alerts unassigned again.')).toBeInTheDocument();
    await waitFor(() => {
      expect(bulk[1]?.items).toHaveLength(2);
    });
    expect(bulk[1]?.patch).toEqual({ assigneeId: null });
    // Each on the version the assignment produced (If-Match per item), not the one first seen.
    for (const item of bulk[1]?.items ?? []) {
      const original = sent.find((each) => each.id === item.id);
      expect(original).toBeDefined();
      expect(item.version).toBeGreaterThan(original?.version ?? Infinity);
    }
  });

  it('does not undo over a colleague who changed the alert since, and says so', async () => {
    const bulk = watchBulkRequests();
    const { user, table } = await openUnassignedQueue();
    const [mine, theirs] = [idOf(table, 0), idOf(table, 1)];
    for (const id of [mine, theirs]) await user.click(checkboxOf(table, id));
    await user.click(screen.getByRole('button', { name: 'Assign to me' }));
    const toast = (await screen.findByText('2 alerts assigned to you.')).closest<HTMLElement>('[data-toast]');

    // After my assignment, a colleague takes one of them.
    commitAlert({
      type: 'patch',
      alertId: theirs,
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
      assigneeId: demoStaff.analyst2.id,
    });

    await user.click(within(toast ?? document.body).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^Not undone for 1 of 2 alerts/)).toHaveTextContent(
      'a colleague changed it after you, so it was left as they made it',
    );
    await waitFor(() => {
      expect(bulk).toHaveLength(2);
    });
    // Nothing was resent over their version.
    expect(bulk).toHaveLength(2);
    const row = table.querySelector<HTMLElement>(`tr[data-row-key="${theirs}"]`);
    await waitFor(() => {
      expect(row).toHaveTextContent(demoStaff.analyst2.name);
    });
  });
});
