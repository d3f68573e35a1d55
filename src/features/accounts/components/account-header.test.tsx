import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clock, isoAt } from '@mocks/clock';
import { commitLock } from '@mocks/db/accounts/state';
import { knownAccounts } from '@mocks/db/known-accounts';
import { demoStaff } from '@mocks/db/staff';
import { server } from '@mocks/node';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

const accountId = knownAccounts.marketingOptIn;

async function openAccount(id: string = accountId) {
  const rendered = renderApp(`/accounts/${id}`);
  await screen.findByRole('tab', { name: 'Profile & devices' });
  return rendered;
}

/** Counts the POSTs to one path ending (`/lock`, `/reveal`) that reach the mock. */
function countPosts(ending: string) {
  const seen = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(ending)) seen.count += 1;
  });
  return seen;
}

describe('Account header', () => {
  it('shows the account name next to its id', async () => {
    await signedInAs('support');
    await openAccount();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Lena Hoffmann');
    const header = heading.parentElement;
    if (!header) throw new Error('the heading has no header around it');
    expect(header).toHaveTextContent(`Account ${accountId}`);
    expect(within(header).getByRole('button', { name: 'Copy the account id' })).toBeInTheDocument();
  });

  it('offers no Reveal on an anonymized account and says why', async () => {
    await signedInAs('privacy_officer');
    await openAccount(knownAccounts.anonymized);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anonymized customer');
    const summary = screen.getByRole('region', { name: 'Account summary' });
    expect(within(summary).queryByRole('button', { name: /^Reveal/ })).not.toBeInTheDocument();
    expect(within(summary).getAllByText('Anonymized — nothing to reveal')).toHaveLength(2);
    expect(screen.getByLabelText('email address: Anonymized — nothing to reveal')).toBeInTheDocument();
  });

  it('folds a 10,000-character lock reason, with the whole of it on demand', async () => {
    const reason = `Fraud ring ${'x'.repeat(10_000)} end of reason`;
    commitLock({ type: 'lock', accountId, reason, at: isoAt(clock.now()), by: demoStaff.analyst.id });
    await signedInAs('analyst');
    const { user } = await openAccount();
    const banner = screen.getByText(/^Locked:/).closest('.MuiAlert-root');
    if (!(banner instanceof HTMLElement)) throw new Error('no lock banner');
    // The whole reason is in the document (screen readers, copying), folded on screen.
    expect(banner).toHaveTextContent(reason);
    expect(banner.querySelector('[data-folded="true"]')).not.toBeNull();
    const showAll = within(banner).getByRole('button', { name: 'Show all the lock reason' });
    expect(showAll).toHaveTextContent('show all');
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(showAll);
    expect(within(banner).getByRole('button', { name: 'Hide the lock reason' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(banner.querySelector('[data-folded="true"]')).toBeNull();
  });

  it('shows a short lock reason whole, with nothing to unfold', async () => {
    commitLock({ type: 'lock', accountId, reason: 'Takeover suspected', at: isoAt(clock.now()), by: demoStaff.analyst.id });
    await signedInAs('analyst');
    await openAccount();
    const banner = screen.getByText(/^Locked:/).closest('.MuiAlert-root');
    if (!(banner instanceof HTMLElement)) throw new Error('no lock banner');
    expect(within(banner).queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
  });

  it('says the lock reason limit and refuses a longer reason before sending', async () => {
    await signedInAs('analyst');
    const locks = countPosts('/lock');
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Lock account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock the account' });
    expect(within(dialog).getByText('0 / 500 characters')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await user.paste('y'.repeat(501));
    expect(within(dialog).getByText('501 / 500 characters: shorten it by 1')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(await within(dialog).findByText('Keep the reason to 500 characters or fewer')).toBeInTheDocument();
    expect(locks.count).toBe(0);
  });

  it('says the reveal reason limit and refuses a longer reason before revealing', async () => {
    await signedInAs('support');
    const reveals = countPosts('/reveal');
    const { user } = await openAccount();
    await user.click(screen.getByRole('button', { name: 'Reveal the email address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the email address' });
    expect(within(dialog).getByText('0 / 500 characters')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: /reason/i }));
    await user.paste('z'.repeat(600));
    expect(within(dialog).getByText('600 / 500 characters: shorten it by 100')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await within(dialog).findByText('Keep the reason to 500 characters or fewer')).toBeInTheDocument();
    await waitFor(() => {
      expect(reveals.count).toBe(0);
    });
  });
});
