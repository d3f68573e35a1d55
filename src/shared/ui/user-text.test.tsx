import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isolatedPlainText } from '@/shared/lib/bidi';
import { UserText } from './user-text';

const override = '\u202E';

describe('UserText', () => {
  it('shows a right-to-left override as a visible mark, in logical order, inside an isolate', () => {
    const { container } = render(
      <p>
        File <UserText>{`invoice${override}fdp.exe`}</UserText> was attached
      </p>,
    );
    const isolate = container.querySelector('bdi');
    expect(isolate).not.toBeNull();
    expect(isolate?.textContent).toBe('invoice⟨U+202E⟩fdp.exe');
    expect(container.textContent).not.toContain(override);
    expect(container.querySelector('abbr')).toHaveAttribute('title', 'Right-to-left override');
  });

  it('prints ordinary text as it is, right-to-left scripts included', () => {
    const { container } = render(<UserText>{'שלום Müller 陈静'}</UserText>);
    expect(container.querySelector('bdi')?.textContent).toBe('שלום Müller 陈静');
  });
});

describe('isolatedPlainText', () => {
  it('isolates a string for titles and labels and makes its controls visible', () => {
    expect(isolatedPlainText(`a${override}b`)).toBe('\u2068a⟨U+202E⟩b\u2069');
  });
});
