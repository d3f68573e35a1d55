import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberRoles } from '@/shared/session/role-hint';
import { knownAccounts } from '@mocks/db/known-accounts';
import { slow } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { Providers } from '../providers';
import { createQueryClient } from '../query-client';
import { createRouteObjects } from '../router';
import { DevToolsContext } from './dev-tools';

const originalMatchMedia = Object.getOwnPropertyDescriptor(window, 'matchMedia');

function setMatchMedia(matchMedia: typeof window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', { configurable: true, value: matchMedia });
}

afterEach(() => {
  if (originalMatchMedia) Object.defineProperty(window, 'matchMedia', originalMatchMedia);
});

/** A window narrower than 900 px: every `max-width` media query matches. */
function narrowWindow() {
  setMatchMedia((query: string) =>
    Object.assign(new EventTarget(), {
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
    }),
  );
}

async function accountRows() {
  const table = await screen.findByRole('table', { name: 'Accounts' });
  await waitFor(() => {
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  });
  return within(table).getAllByRole('row').slice(1);
}

describe('the browser tab’s title', () => {
  it('names a record by its id, never the customer', async () => {
    await signedInAs('support');
    renderApp(`/accounts/${knownAccounts.locked}/profile`);
    expect(await screen.findByRole('heading', { level: 1, name: '陈静' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe(`${knownAccounts.locked} · Privacy Console`);
    });
  });

  it('names an alert by its id', async () => {
    await signedInAs('analyst');
    renderApp('/alerts/alr_none');
    expect(await screen.findByRole('heading', { name: 'Alert not found' })).toBeInTheDocument();
    expect(document.title).toBe('alr_none · Privacy Console');
  });

  it('says "Sign in" on the sign-in page, not the name of the record or person shown before', async () => {
    await signedInAs('support');
    const { user } = renderApp(`/accounts/${knownAccounts.locked}/profile`);
    await screen.findByRole('heading', { level: 1, name: '陈静' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Sign in · Privacy Console');
    });
  });

  it('names each view, and the home page says "Home", not the person', async () => {
    await signedInAs('dpo');
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Hello, Sofia' });
    await waitFor(() => {
      expect(document.title).toBe('Home · Privacy Console');
    });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit log' }),
    );
    await waitFor(() => {
      expect(document.title).toBe('Audit log · Privacy Console');
    });
  });
});

describe('the focus after a change of page', () => {
  it('stays at the document’s start on the first load, then moves to the new page’s heading', async () => {
    await signedInAs('dpo');
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Hello, Sofia' });
    expect(document.body).toHaveFocus();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit log' }),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Audit log' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });

  it('waits for a record’s heading when the record is still loading', async () => {
    await signedInAs('support');
    const { router } = renderApp('/');
    await screen.findByRole('heading', { name: 'Hello, Maya' });
    await router.navigate(`/accounts/${knownAccounts.marketingOptIn}/profile`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Lena Hoffmann' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });

  it('leaves the focus where the page put it: the accounts search', async () => {
    await signedInAs('support');
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Hello, Maya' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Accounts' }),
    );
    await accountRows();
    expect(screen.getByRole('textbox', { name: 'Search accounts' })).toHaveFocus();
    // Its name is announced instead, politely.
    await waitFor(() => {
      expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain('Accounts');
    });
  });
});

describe('requests for pages the role cannot open', () => {
  it('sends none for a deep link to a page the role lacks: only the session check', async () => {
    await signedInAs('support');
    const requests = recordRequests();
    renderApp('/audit?action=session.sign_in');
    expect(
      await screen.findByRole('heading', { name: 'You need the privacy officer role' }),
    ).toBeInTheDocument();
    await requests.settled();
    expect(requests.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /session']);
  });

  it('sends none for a tab the role lacks, while the page itself loads', async () => {
    await signedInAs('legal');
    const requests = recordRequests();
    renderApp(`/accounts/${knownAccounts.locked}/alerts`);
    expect(await screen.findByRole('heading', { name: /^You need/ })).toBeInTheDocument();
    await requests.settled();
    expect(requests.requests.map((request) => request.path)).not.toContainEqual(
      expect.stringMatching(/alerts/),
    );
  });

  it('sends only the session check for a signed-out deep link, until the person signs in', async () => {
    const requests = recordRequests();
    const { router } = renderApp(`/accounts/${knownAccounts.locked}/profile`);
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/sign-in\?next=/);
    });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await requests.settled();
    expect(requests.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /session']);
  });

  it('sends the page’s first request beside the session check when this browser session’s role hint opens the page', async () => {
    await signedInAs('support');
    rememberRoles(['support']);
    // The session check does not answer within the test: the page's request cannot be waiting for it.
    slow('session', 60_000);
    const requests = recordRequests();
    renderApp(`/accounts/${knownAccounts.locked}/profile`);
    await waitFor(() => {
      expect(requests.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'GET /session',
        `GET /accounts/${knownAccounts.locked}`,
      ]);
    });
  });

  it('waits for the session when the role hint does not open the page, and then sends nothing', async () => {
    await signedInAs('support');
    rememberRoles(['support']);
    const requests = recordRequests();
    renderApp('/audit?action=session.sign_in');
    expect(
      await screen.findByRole('heading', { name: 'You need the privacy officer role' }),
    ).toBeInTheDocument();
    await requests.settled();
    expect(requests.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /session']);
  });

  it('still sends the page’s first request for a role that may open it', async () => {
    await signedInAs('support');
    const requests = recordRequests();
    renderApp(`/accounts/${knownAccounts.locked}/profile`);
    await screen.findByRole('heading', { level: 1, name: '陈静' });
    expect(
      await requests.matching({ method: 'GET', path: `/accounts/${knownAccounts.locked}` }),
    ).toHaveLength(1);
  });
});

describe('the way back from a record', () => {
  it('leads to the list with the filters the person left it with, as a step Back to the row opened', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/accounts?status=locked');
    const rows = await accountRows();
    const opened = rows[0]?.dataset.rowKey ?? '';
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${opened}/profile`);
    });
    const backLink = () =>
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Accounts' });
    await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(backLink()).toHaveAttribute('href', '/accounts?status=locked');

    // Still so on another tab of the same account.
    await user.click(screen.getByRole('tab', { name: 'Activity' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${opened}/activity`);
    });
    expect(backLink()).toHaveAttribute('href', '/accounts?status=locked');

    await user.click(backLink());
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/accounts?status=locked');
    });
    // The same history entry as before: the cursor is back on the row that was opened.
    const table = await screen.findByRole('table', { name: 'Accounts' });
    await waitFor(() => {
      expect(table.querySelector(`tr[data-row-key="${opened}"]`)).toHaveFocus();
    });
    expect(router.state.historyAction).toBe('POP');
  });

  it('leads to the plain list when the record was opened by a link from elsewhere', async () => {
    await signedInAs('analyst');
    renderApp('/alerts/alr_none');
    const breadcrumb = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Risk alerts' })).toHaveAttribute('href', '/alerts');
  });
});

describe('below 900 px wide', () => {
  it('opens the navigation from a menu button, with the focus inside, and Escape gives it back', async () => {
    narrowWindow();
    await signedInAs('dpo');
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { name: 'Hello, Sofia' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    // The top bar keeps the help, the theme and "Sign out".
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('button', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: /Switch to (dark|light) theme/ })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    const menu = within(banner).getByRole('button', { name: 'Menu' });
    await user.click(menu);
    const drawer = await screen.findByRole('dialog', { name: 'Navigation' });
    const nav = within(drawer).getByRole('navigation', { name: 'Main' });
    await waitFor(() => {
      expect(within(nav).getByRole('link', { name: 'Home' })).toHaveFocus();
    });
    for (const view of ['Accounts', 'Risk alerts', 'Audit log']) {
      expect(within(nav).getByRole('link', { name: view })).toBeInTheDocument();
    }

    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Navigation' })).not.toBeInTheDocument();
    });
    expect(menu).toHaveFocus();

    await user.click(menu);
    const reopened = await screen.findByRole('dialog', { name: 'Navigation' });
    await user.click(within(reopened).getByRole('link', { name: 'Audit log' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit');
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Navigation' })).not.toBeInTheDocument();
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Audit log' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });
});

describe('the demo’s dev tools', () => {
  function renderWithDevTools(path: string) {
    const queryClient = createQueryClient();
    const router = createMemoryRouter(createRouteObjects(queryClient), { initialEntries: [path] });
    render(
      <Providers queryClient={queryClient}>
        <DevToolsContext
          value={(placement) => <button type="button">Mock API settings ({placement})</button>}
        >
          <RouterProvider router={router} />
        </DevToolsContext>
      </Providers>,
    );
    return { user: userEvent.setup() };
  }

  it('sit in the top bar, not over the page, once signed in', async () => {
    await signedInAs('analyst');
    renderWithDevTools('/alerts');
    await screen.findByRole('table', { name: 'Risk alerts' });
    await waitFor(() => {
      expect(
        within(screen.getByRole('banner')).getByRole('button', { name: /Mock API settings/ }),
      ).toHaveTextContent('top-bar');
    });
    expect(screen.getAllByRole('button', { name: /Mock API settings/ })).toHaveLength(1);
  });

  it('float on the sign-in page, which has no top bar and no table', async () => {
    renderWithDevTools('/sign-in');
    expect(await screen.findByRole('button', { name: 'Mock API settings (floating)' })).toBeInTheDocument();
  });
});
