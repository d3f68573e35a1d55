import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { clock, isoAt } from '@mocks/clock';
import { commitLock } from '@mocks/db/accounts/state';
import { knownAccounts } from '@mocks/db/known-accounts';
import { demoStaff } from '@mocks/db/staff';
import { conflict } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { failing, healthy } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { withText } from '@tests/text-matchers';

const accountId = knownAccounts.marketingOptIn;

/** Bodies of the reveal requests the mock received. */
function watchReveals() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/reveal')) {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

async function openAccount(path = `/accounts/${accountId}`) {
  const rendered = renderApp(path);
  await screen.findByRole('tab', { name: 'Profile & devices' });
  return rendered;
}

describe('Account page', () => {
  it('shows the header, masked contact data and the profile tab by default', async () => {
    await signedInAs('support');
    const { router } = await openAccount();
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${accountId}/profile`);
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lena Hoffmann');
    expect(screen.getByLabelText('email address (masked)')).toHaveTextContent(/\*\*\*/);
    expect(await screen.findByRole('table', { name: 'Devices' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Retention' })).toBeInTheDocument();
  });

  it('reveals the email only with a reason of 10 characters, and forgets it when the page is left', async () => {
    await signedInAs('support');
    const reveals = watchReveals();
    const { user, router } = await openAccount();

    await user.click(screen.getByRole('button', { name: 'Reveal the email address' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'too short');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await within(dialog).findByText('Give a reason of at least 10 characters')).toBeInTheDocument();
    expect(reveals).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /reason/i }),
      ' — customer asked to confirm it',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    const shown = screen.getByLabelText('email address');
    expect(shown.textContent).toMatch(/^[^*]+@[^*]+$/);
    expect(reveals).toEqual([{ field: 'email', reason: 'too short — customer asked to confirm it' }]);

    // Another tab of the same account keeps it; leaving the account drops it.
    await user.click(screen.getByRole('tab', { name: 'Activity' }));
    expect(screen.getByLabelText('email address')).toHaveTextContent(shown.textContent);
    await router.navigate('/accounts');
    await screen.findByRole('heading', { name: 'Accounts', level: 1 });
    await router.navigate(`/accounts/${accountId}`);
    expect(await screen.findByLabelText('email address (masked)')).toHaveTextContent(/\*\*\*/);
  });

  it('keeps the keyboard where the person was after Reveal and Hide', async () => {
    await signedInAs('support');
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Reveal the email address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the email address' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'Customer asked to confirm it');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    const hide = await screen.findByRole('button', { name: 'Hide the email address' });
    await waitFor(() => {
      expect(hide).toHaveFocus();
    });

    await user.keyboard('{Enter}');
    const reveal = await screen.findByRole('button', { name: 'Reveal the email address' });
    await waitFor(() => {
      expect(reveal).toHaveFocus();
    });

    // Cancelling the dialog gives focus back to Reveal, which is still there.
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Reveal the email address' });
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Reveal the email address' })).toHaveFocus();
    });
  });

  it('keeps the reason when a reveal fails, and reveals on a second try', async () => {
    await signedInAs('support');
    const { user } = await openAccount();
    failing('accounts', 503, { method: 'POST', times: 1 });
    await user.click(screen.getByRole('button', { name: 'Reveal the phone number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the phone number' });
    const reason = within(dialog).getByRole('textbox', { name: /reason/i });
    await user.type(reason, 'Customer asked to confirm the number on file');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server had a problem answering');
    expect(reason).toHaveValue('Customer asked to confirm the number on file');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.getByLabelText('phone number').textContent).not.toContain('*');
  });

  it('offers Reveal only for what the role may see', async () => {
    await signedInAs('legal');
    await openAccount();
    expect(screen.queryByRole('button', { name: /^Reveal the/ })).not.toBeInTheDocument();
  });

  it('lets support reveal contact data but not device addresses', async () => {
    await signedInAs('support');
    await openAccount();
    expect(screen.getByRole('button', { name: 'Reveal the email address' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Devices' });
    expect(screen.queryByRole('button', { name: /Reveal the MAC address/ })).not.toBeInTheDocument();
  });

  it('shows who changed the account first when a lock meets a newer version, and keeps the reason typed', async () => {
    await signedInAs('analyst');
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Lock account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock the account' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /reason/i }),
      'Takeover suspected, ticket 77',
    );

    // Meanwhile a colleague locks it.
    commitLock({
      type: 'lock',
      accountId,
      reason: 'Chargeback fraud ring',
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));

    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(within(conflict).getByText('Chargeback fraud ring')).toBeInTheDocument();
    expect(within(conflict).getByText('Takeover suspected, ticket 77')).toBeInTheDocument();
    // Locking an account that is already locked makes no sense: only their version or mine-as-typed.
    expect(within(conflict).queryByRole('button', { name: /apply my change/i })).not.toBeInTheDocument();

    await user.click(within(conflict).getByRole('button', { name: 'Back to my change' }));
    expect(screen.getByRole('textbox', { name: /reason/i })).toHaveValue('Takeover suspected, ticket 77');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('explains a 409 and shows the current state', async () => {
    await signedInAs('analyst');
    server.use(
      http.post('*/api/v1/accounts/:id/lock', () => conflict('The account is already locked.').toResponse()),
    );
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Lock account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock the account' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'Takeover suspected');
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The account is already locked. The page now shows its current state.',
    );
  });

  it('locks an account with a reason and shows it locked', async () => {
    await signedInAs('analyst');
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Lock account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock the account' });
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(await within(dialog).findByText('Give a reason')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'Takeover suspected');
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(await screen.findByText(withText('Locked: Takeover suspected'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock account' })).toBeInTheDocument();
  });

  it('says a lock is done when its first reply was lost, instead of calling it a colleague’s change', async () => {
    await signedInAs('analyst');
    // The lock reaches the API and is saved; its reply is lost on the way back.
    server.use(
      http.post(
        '*/api/v1/accounts/:id/lock',
        () => {
          commitLock({
            type: 'lock',
            accountId,
            reason: 'Takeover suspected',
            at: isoAt(clock.now()),
            by: demoStaff.analyst.id,
          });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Lock account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock the account' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'Takeover suspected');
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();

    // The person presses again: the API answers 412 with the account already locked, as asked.
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(
      await screen.findByText('The account was already locked: your change is in place.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Someone else changed this first' })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Lock the account' })).not.toBeInTheDocument();
    expect(screen.getByText(withText('Locked: Takeover suspected'))).toBeInTheDocument();
  });

  it('says when an account does not exist', async () => {
    await signedInAs('support');
    renderApp('/accounts/acc_zzzzzz');
    expect(await screen.findByText('There is no account acc_zzzzzz')).toBeInTheDocument();
  });

  it('shows an error with Retry when the account cannot be loaded', async () => {
    await signedInAs('support');
    failing('accounts', 503);
    const { user } = renderApp(`/accounts/${accountId}`);
    expect(
      await screen.findByText('The account could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    healthy('accounts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('tab', { name: 'Consent' })).toBeInTheDocument();
  });

  it('filters the activity log by type, in the URL', async () => {
    await signedInAs('analyst');
    const { user, router } = await openAccount(`/accounts/${knownAccounts.heavyHistory}/activity`);
    const table = await screen.findByRole('table', { name: 'Activity' });
    await waitFor(() => {
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Activity type' }), 'Sign-in');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/accounts/${knownAccounts.heavyHistory}/activity?type=login`);
    });
    await waitFor(() => {
      const rows = within(table).getAllByRole('row').slice(1);
      for (const row of rows) expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Sign-in');
    });
  });
});
