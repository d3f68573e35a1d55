import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HelpButton } from './help-button';
import { ShortcutsProvider } from './shortcuts-provider';
import { usePageHelp, useShortcuts } from './use-shortcuts';

function ListPage() {
  usePageHelp('Find a customer by name, email, phone or account id.');
  // The page and its search field both register "/": the help lists it once.
  useShortcuts([{ keys: ['/'], description: 'Search accounts', run: () => undefined }]);
  useShortcuts([{ keys: ['/'], description: 'Search accounts', run: () => undefined }]);
  return <HelpButton />;
}

describe('The page help', () => {
  it('shows the page’s explanatory lines above its keys, from the ? button, and lists each key once', async () => {
    const user = userEvent.setup();
    render(
      <ShortcutsProvider>
        <ListPage />
      </ShortcutsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Help and keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Help and keyboard shortcuts' });
    expect(
      within(dialog).getByText('Find a customer by name, email, phone or account id.'),
    ).toBeInTheDocument();
    expect(within(dialog).getAllByText('Search accounts')).toHaveLength(1);
  });
});
