import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextFilter } from './text-filter';

/**
 * A filter whose value lives elsewhere (the URL) and comes back `echoMs` after each commit, as a
 * URL write does under load; `outside` changes it from elsewhere (Back, a saved view, Clear).
 */
function Harness({ echoMs, commitOn }: { echoMs: number; commitOn: 'change' | 'enter' }) {
  const [stored, setStored] = useState('');
  const [commits, setCommits] = useState<string[]>([]);
  return (
    <>
      <TextFilter
        label="Search"
        value={stored}
        commitOn={commitOn}
        onCommit={(text) => {
          setCommits((all) => [...all, text]);
          setTimeout(() => {
            setStored(text);
          }, echoMs);
        }}
      />
      <output aria-label="stored">{stored}</output>
      <output aria-label="commits">{commits.join('|')}</output>
      <button
        type="button"
        onClick={() => {
          setStored('from a saved view');
        }}
      >
        Outside change
      </button>
    </>
  );
}

describe('TextFilter', () => {
  it('keeps every typed character while its own earlier commits come back slowly', async () => {
    const user = userEvent.setup({ delay: 120 });
    render(<Harness echoMs={300} commitOn="change" />);
    const field = screen.getByRole('textbox', { name: 'Search' });
    await user.type(field, 'login');
    expect(field).toHaveValue('login');
    await waitFor(
      () => {
        expect(screen.getByLabelText('stored')).toHaveTextContent(/^login$/);
      },
      { timeout: 5_000 },
    );
    expect(field).toHaveValue('login');
  });

  it('takes a real outside change (Back, a saved view, Clear) over what was typed', async () => {
    const user = userEvent.setup();
    render(<Harness echoMs={0} commitOn="enter" />);
    const field = screen.getByRole('textbox', { name: 'Search' });
    await user.type(field, 'acc_1{Enter}');
    await waitFor(() => {
      expect(screen.getByLabelText('stored')).toHaveTextContent('acc_1');
    });
    await user.type(field, '23');
    expect(screen.getByLabelText('commits')).toHaveTextContent(/^acc_1$/);
    // Clicked without moving the focus, so the field's own commit on leaving does not run.
    act(() => {
      screen.getByRole('button', { name: 'Outside change' }).click();
    });
    expect(field).toHaveValue('from a saved view');
  });

  it('refuses a search longer than the API takes and says so, instead of sending it', async () => {
    const user = userEvent.setup();
    const commits: string[] = [];
    render(
      <TextFilter
        label="Search accounts"
        value=""
        onCommit={(text) => commits.push(text)}
        commitOn="change"
        search
        maxLength={10}
      />,
    );
    const field = screen.getByRole('textbox', { name: 'Search accounts' });
    await user.type(field, '0123456789');
    expect(commits.at(-1)).toBe('0123456789');
    await user.type(field, 'X');
    // Kept on screen, whole, to be shortened; not sent.
    expect(field).toHaveValue('0123456789X');
    expect(commits.at(-1)).toBe('0123456789');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('11 / 10 characters: shorten it by 1 to search');
    await user.keyboard('{Backspace}');
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
