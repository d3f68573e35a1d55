import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ShortcutsProvider } from '../shortcuts/shortcuts-provider';
import { FilterBar } from './filter-bar';
import { SelectFilter } from './select-filter';
import { TextFilter } from './text-filter';

/** A page with a filter bar over a list of three rows, the second of them under the cursor when asked. */
function Page({ cursorOn }: { cursorOn?: string }) {
  const [severity, setSeverity] = useState('');
  const [type, setType] = useState('');
  const [text, setText] = useState('');
  return (
    <ShortcutsProvider>
      <main>
        <FilterBar
          label="Filter the alerts"
          moreCount={(severity ? 1 : 0) + (type ? 1 : 0)}
          canClear={Boolean(severity || type || text)}
          onClear={() => {
            setSeverity('');
            setType('');
          }}
          more={
            <>
              <SelectFilter
                label="Severity"
                anyLabel="Any severity"
                value={severity}
                options={[{ value: 'high', label: 'High' }]}
                onChange={setSeverity}
              />
              <SelectFilter
                label="Type"
                anyLabel="Any type"
                value={type}
                options={[{ value: 'phishing', label: 'Phishing' }]}
                onChange={setType}
              />
            </>
          }
        >
          <TextFilter label="Search alerts" value={text} onCommit={setText} commitOn="change" search />
        </FilterBar>
        <button type="button">Elsewhere</button>
        <table aria-label="Risk alerts">
          <tbody>
            {['a', 'b', 'c'].map((key) => (
              <tr key={key} tabIndex={0} data-row-key={key} data-cursor={cursorOn === key || undefined}>
                <td>{key}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </ShortcutsProvider>
  );
}

const row = (key: string) => document.querySelector(`tr[data-row-key="${key}"]`);

describe('FilterBar', () => {
  it('folds the less-used filters behind "More filters", which counts those that are set', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const more = screen.getByRole('button', { name: 'More filters' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Severity' })).not.toBeInTheDocument();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'High');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Phishing');
    await user.click(screen.getByRole('button', { name: 'More filters (2)' }));
    // Folded again, the count still says that two of them are on.
    expect(screen.queryByRole('combobox', { name: 'Severity' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('button', { name: 'More filters' })).toBeInTheDocument();
  });

  it('returns from a search or a filter to the cursor row with Escape', async () => {
    const user = userEvent.setup();
    render(<Page cursorOn="b" />);
    await user.click(screen.getByRole('textbox', { name: 'Search alerts' }));
    await user.keyboard('{Escape}');
    expect(row('b')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'More filters' }));
    screen.getByRole('combobox', { name: 'Type' }).focus();
    await user.keyboard('{Escape}');
    expect(row('b')).toHaveFocus();
  });

  it('returns to the first row with Escape when no row has the cursor, and to the search with /', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('textbox', { name: 'Search alerts' }));
    await user.keyboard('{Escape}');
    expect(row('a')).toHaveFocus();

    act(() => {
      screen.getByRole('button', { name: 'Elsewhere' }).focus();
    });
    await user.keyboard('/');
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Search alerts' })).toHaveFocus();
    });
    // The key moved the focus; it is not typed into the search.
    expect(screen.getByRole('textbox', { name: 'Search alerts' })).toHaveValue('');
  });
});
