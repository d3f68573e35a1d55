import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { textLimits } from '@/shared/contract/limits';
import { SaveViewDialog } from './save-view-dialog';

describe('Save view', () => {
  it('counts the name against the name limit and refuses a longer one without saving', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    render(
      <SaveViewDialog
        taken={[]}
        onClose={() => undefined}
        onSave={(name) => {
          saved.push(name);
          return true;
        }}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'x'.repeat(textLimits.name + 1) } });
    expect(
      screen.getByText(
        `${String(textLimits.name + 1)} / ${String(textLimits.name)} characters: shorten it by 1`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(saved).toEqual([]);
    expect(
      screen.getByText(`Shorten the name to ${String(textLimits.name)} characters or fewer`),
    ).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Mine');
    expect(screen.getByText(`4 / ${String(textLimits.name)} characters`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(saved).toEqual(['Mine']);
  });
});
