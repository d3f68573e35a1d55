import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

// The keyboard cursor in the queue: its own mark, apart from the selection, kept while the person
// is in the search, and the row Escape comes back to.

function rows(table: HTMLElement): HTMLTableRowElement[] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-key]')];
}

describe('The queue’s keyboard cursor', () => {
  it('marks the cursor row apart from the selected one, keeps it from the search, and Escape returns to it', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('analyst');
    const { user } = renderApp('/alerts?status=new');
    const table = await screen.findByRole('table', { name: 'Risk alerts' });
    await waitFor(() => {
      expect(rows(table).length).toBeGreaterThan(3);
    });
    const [first, second] = rows(table);

    await user.keyboard('j');
    await waitFor(() => {
      expect(first).toHaveFocus();
    });
    expect(first).toHaveAttribute('data-cursor');
    await user.keyboard('x');
    await user.keyboard('j');
    expect(second).toHaveFocus();

    // Selected: its own state and tint, not the cursor's outline.
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveClass('Mui-selected');
    expect(first).not.toHaveAttribute('data-cursor');
    // The cursor: its own mark, on a row that is not selected.
    expect(second).toHaveAttribute('data-cursor');
    expect(second).toHaveAttribute('aria-selected', 'false');
    expect(second).not.toHaveClass('Mui-selected');
    expect(table.querySelectorAll('tr[data-cursor]')).toHaveLength(1);

    await user.keyboard('/');
    const search = screen.getByRole('textbox', { name: 'Search alerts' });
    await waitFor(() => {
      expect(search).toHaveFocus();
    });
    // Still visible where the person left it while they type.
    expect(second).toHaveAttribute('data-cursor');
    await user.keyboard('{Escape}');
    expect(second).toHaveFocus();
  });
});
