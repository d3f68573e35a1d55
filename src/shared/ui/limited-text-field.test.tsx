import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LimitedTextField } from './limited-text-field';

function Reason({ errorMessage }: { errorMessage?: string }) {
  const [value, setValue] = useState('');
  return (
    <LimitedTextField
      label="Reason"
      value={value}
      onChange={(event) => {
        setValue(event.target.value);
      }}
      limit={10}
      length={value.length}
      errorMessage={errorMessage}
    />
  );
}

describe('LimitedTextField', () => {
  it('says its limit before sending, and keeps a text that is too long whole', async () => {
    const user = userEvent.setup();
    render(<Reason />);
    const field = screen.getByRole('textbox', { name: 'Reason' });
    expect(field).toHaveAccessibleDescription('0 / 10 characters');
    await user.type(field, 'locked after');
    expect(field).toHaveValue('locked after');
    expect(field).toHaveAccessibleDescription('12 / 10 characters: shorten it by 2');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a validation message in place of the count', () => {
    render(<Reason errorMessage="Give a reason" />);
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription('Give a reason');
  });
});
