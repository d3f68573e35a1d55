import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failing } from '@mocks/scenarios/faults';
import { signedInAs, signedOut } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { sharedActivityKey } from '@/shared/session/shared-activity';
import { idleSignOutAfterWarningMs, idleWarningAfterMs } from './shell/idle-guard';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.removeItem(sharedActivityKey);
});

async function signInWithForm(user: ReturnType<typeof renderApp>['user'], email: string, password = 'demo') {
  await user.type(await screen.findByLabelText(/email/i), email);
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/**
 * Support signed in on the home page with a fake clock (intervals and Date), once the shell's
 * effects have run, so the idle clock is counting when the test moves time on.
 */
async function homeWithIdleClock() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  await signedInAs('support');
  const rendered = renderApp('/');
  expect(await screen.findByRole('heading', { name: 'Hello, Maya' })).toBeInTheDocument();
  // Let the shell's effects run (the idle clock starts in one) before the clock jumps.
  await act(async () => {
    await Promise.resolve();
  });
  return rendered;
}

describe('signing in', () => {
  it('signs in with the right password and greets the person with their views', async () => {
    const { user, router } = renderApp('/sign-in');
    await signInWithForm(user, 'dpo@digfashions.example');
    expect(await screen.findByRole('heading', { name: 'Hello, Sofia' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.getByTestId('signed-in-roles')).toHaveTextContent('privacy officer');
  });

  it('says so on a wrong password, keeps the email and clears the password', async () => {
    const { user, router } = renderApp('/sign-in');
    await signInWithForm(user, 'support@digfashions.example', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account',
    );
    expect(screen.getByLabelText(/email/i)).toHaveValue('support@digfashions.example');
    expect(screen.getByLabelText(/password/i)).toHaveValue('');
    expect(currentUrl(router)).toBe('/sign-in');
  });

  it('asks for both fields before sending anything', async () => {
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your work email')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('returns to the deep link after signing in', async () => {
    const { user, router } = renderApp('/audit?action=session.sign_in');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/sign-in?next=${encodeURIComponent('/audit?action=session.sign_in')}`);
    });
    await signInWithForm(user, 'dpo@digfashions.example');
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/audit?action=session.sign_in');
  });

  it.each(['//evil.example/x', '/\\evil.example/x'])(
    'ignores a next parameter that points outside the console (%s)',
    async (next) => {
      const { user, router } = renderApp(`/sign-in?next=${encodeURIComponent(next)}`);
      await signInWithForm(user, 'support@digfashions.example');
      expect(await screen.findByRole('heading', { name: 'Hello, Maya' })).toBeInTheDocument();
      expect(currentUrl(router)).toBe('/');
    },
  );
});

describe('navigation by role', () => {
  it('shows the audit log to the privacy officer', async () => {
    await signedInAs('dpo');
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toBeInTheDocument();
  });

  it('hides the audit log from support, and a deep link names the role it needs', async () => {
    await signedInAs('support');
    renderApp('/audit');
    expect(
      await screen.findByRole('heading', { name: 'You need the privacy officer role' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });

  it('gives a person with several roles the union of their views', async () => {
    await signedInAs('multi');
    renderApp('/');
    expect(await screen.findByTestId('signed-in-roles')).toHaveTextContent('support · legal');
  });

  it('shows a not-found page for an unknown path', async () => {
    await signedInAs('support');
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('session hygiene', () => {
  it('sends the person to sign in when the session ends mid-work, and back afterwards', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit');
    expect(await screen.findByRole('table', { name: 'Audit events' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole('row').length).toBeGreaterThan(2);
    });

    signedOut();
    await user.click(screen.getByRole('button', { name: /sort|when/i }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/audit?dir=asc');
    await signInWithForm(user, 'dpo@digfashions.example');
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/audit?dir=asc');
  });

  it('drops every cached record on sign-out', async () => {
    await signedInAs('dpo');
    const { user, router, queryClient } = renderApp('/audit');
    await waitFor(() => {
      expect(screen.getAllByRole('row').length).toBeGreaterThan(2);
    });
    expect(queryClient.getQueryCache().findAll({ queryKey: ['audit-events'] })).not.toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
    expect(queryClient.getQueryCache().findAll({ queryKey: ['audit-events'] })).toHaveLength(0);
    expect(queryClient.getQueryCache().findAll({ queryKey: ['staff'] })).toHaveLength(0);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('warns after 30 minutes idle, then signs out', async () => {
    const { router } = await homeWithIdleClock();

    act(() => {
      vi.advanceTimersByTime(idleWarningAfterMs - 5_000);
    });
    expect(screen.queryByRole('dialog', { name: 'Are you still there?' })).not.toBeInTheDocument();
    // Async act: the warning's dialog suspends on its lazy chunk, and act waits for it to render.
    await act(async () => {
      vi.advanceTimersByTime(6_000);
      await Promise.resolve();
    });
    expect(await screen.findByRole('dialog', { name: 'Are you still there?' })).toHaveTextContent(
      'signed out in 2:00',
    );

    act(() => {
      vi.advanceTimersByTime(idleSignOutAfterWarningMs);
    });
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in');
    });
  });

  it('keeps the person signed in when they answer the idle warning', async () => {
    const { router } = await homeWithIdleClock();
    await act(async () => {
      vi.advanceTimersByTime(idleWarningAfterMs + 1_000);
      await Promise.resolve();
    });
    const stay = await screen.findByRole('button', { name: 'Stay signed in' });
    act(() => {
      stay.click();
    });
    act(() => {
      vi.advanceTimersByTime(idleSignOutAfterWarningMs + 1_000);
    });
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { name: 'Hello, Maya' })).toBeInTheDocument();
  });
});

describe('idle sign-out across tabs', () => {
  it('keeps this tab signed in while the person works in another tab', async () => {
    const { router } = await homeWithIdleClock();

    // 20 minutes here without a touch, then the person works in another tab of the console.
    act(() => {
      vi.advanceTimersByTime(20 * 60_000);
    });
    localStorage.setItem(sharedActivityKey, String(Date.now()));
    await act(async () => {
      vi.advanceTimersByTime(15 * 60_000);
      await Promise.resolve();
    });
    expect(screen.queryByRole('dialog', { name: 'Are you still there?' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');

    // Once every tab has been idle for 30 minutes, the warning comes.
    await act(async () => {
      vi.advanceTimersByTime(idleWarningAfterMs - 15 * 60_000 + 2_000);
      await Promise.resolve();
    });
    expect(await screen.findByRole('dialog', { name: 'Are you still there?' })).toBeInTheDocument();

    // Answered in the other tab: the warning here is withdrawn and nobody is signed out.
    localStorage.setItem(sharedActivityKey, String(Date.now() + 1));
    act(() => {
      vi.advanceTimersByTime(idleSignOutAfterWarningMs + 5_000);
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Are you still there?' })).not.toBeInTheDocument();
    });
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the warning in the tab the person looks at, not in a hidden one', async () => {
    await homeWithIdleClock();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));

    await act(async () => {
      vi.advanceTimersByTime(idleWarningAfterMs + 2_000);
      await Promise.resolve();
    });
    expect(screen.queryByRole('dialog', { name: 'Are you still there?' })).not.toBeInTheDocument();

    visibility.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByRole('dialog', { name: 'Are you still there?' })).toBeInTheDocument();
  });
});

describe('start-up failures', () => {
  it('explains a failed start and recovers on Retry', async () => {
    failing('session', 503, { times: 4 });
    const { user } = renderApp('/');
    expect(
      await screen.findByText('The console could not start', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
