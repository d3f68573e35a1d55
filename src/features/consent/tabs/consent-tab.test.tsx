import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEvent } from '@/shared/contract/consent';
import { knownAccounts } from '@mocks/db/known-accounts';
import { demoStaff } from '@mocks/db/staff';
import { forbidden } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { failing, healthy, malformed } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

const accountId = knownAccounts.marketingOptIn;

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openConsent(id: string = accountId) {
  const rendered = renderApp(`/accounts/${id}/consent`);
  await screen.findByRole('table', { name: 'Current consents' });
  return rendered;
}

function rowOf(tableName: string, text: string) {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent.includes(text));
  if (!row) throw new Error(`no row with ${text} in ${tableName}`);
  return row;
}

/** The "Record withdrawal" button once the consents are loaded (it waits for them). */
async function withdrawButton() {
  const button = await screen.findByRole('button', { name: 'Record withdrawal' }, { timeout: 5_000 });
  await waitFor(() => {
    expect(button).toBeEnabled();
  });
  return button;
}

/** Fills the withdrawal dialog: a purpose (by name, or the first offered), the channel and the reason. */
async function fillWithdrawal(
  user: ReturnType<typeof renderApp>['user'],
  dialog: HTMLElement,
  { purpose, channel, reason }: { purpose?: RegExp; channel: string; reason: string },
) {
  const select = within(dialog).getByRole('combobox', { name: 'Purpose' });
  const option = within(select)
    .getAllByRole('option')
    .find(
      (candidate) => candidate.getAttribute('value') && (!purpose || purpose.test(candidate.textContent)),
    );
  if (!option) throw new Error('the purpose is not offered');
  await user.selectOptions(select, option);
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'How the customer asked' }), channel);
  const reasonField = within(dialog).getByRole('textbox', { name: 'Reason' });
  await user.click(reasonField);
  await user.paste(reason);
}

async function withdrawnEvents(purposeId: string) {
  const reply = await callApi<{ items: ConsentEvent[] }>(
    `/accounts/${accountId}/consent-events?purposeId=${purposeId}&pageSize=200`,
  );
  return reply.body.items.filter(
    (event) => event.action === 'withdrawn' && event.source === 'support_request',
  );
}

describe('Consent tab', () => {
  it('shows the state per purpose and the history with the notice shown, verbatim', async () => {
    await signedInAs('support');
    await openConsent();
    await waitFor(() => {
      expect(rowOf('Current consents', 'Marketing')).toHaveTextContent('Granted');
    });
    expect(rowOf('Current consents', 'Essential')).toHaveTextContent('required');
    const history = await screen.findByRole('table', { name: 'Consent events' });
    await waitFor(() => {
      expect(within(history).getAllByRole('row').length).toBeGreaterThan(1);
    });
    expect(within(history).getAllByRole('button', { name: 'Show the notice' }).length).toBeGreaterThan(0);
  });

  it('condenses the user agent, with the full string on demand from the keyboard', async () => {
    await signedInAs('support');
    const { user } = await openConsent(knownAccounts.heavyHistory);
    const history = await screen.findByRole('table', { name: 'Consent events' });
    await waitFor(() => {
      expect(within(history).getAllByRole('row').length).toBeGreaterThan(1);
    });
    const events = await callApi<{ items: ConsentEvent[] }>(
      `/accounts/${knownAccounts.heavyHistory}/consent-events?pageSize=25`,
    );
    const withAgent = events.body.items.find((event) => event.userAgent !== '');
    if (!withAgent) throw new Error('no event with a user agent on the first page');
    // The long string is not in the row; a short "browser version · system" is, as a disclosure.
    expect(history).not.toHaveTextContent(withAgent.userAgent);
    const [agent] = within(history).getAllByRole('button', {
      name: /^[\w ]+ \d+ · [\w ]+: show the IP address and full user agent$/,
    });
    if (!agent) throw new Error('no condensed agent');
    expect(agent).toHaveAttribute('aria-expanded', 'false');
    const cell = agent.closest('td');
    if (!cell) throw new Error('the agent is not in a cell');
    const fullBefore = cell.textContent;
    agent.focus();
    await user.keyboard('{Enter}');
    expect(agent).toHaveAttribute('aria-expanded', 'true');
    expect(agent).toHaveAccessibleName(/hide the IP address and full user agent$/);
    expect(cell.textContent.length).toBeGreaterThan(fullBefore.length + 20);
    expect(cell).toHaveTextContent(/Mozilla\/5\.0|DigFashions\//);
    expect(cell).toHaveTextContent(/IP \d+\.\d+\.\d+\.\*\*\*/);
    await user.keyboard('{Enter}');
    expect(cell.textContent).toBe(fullBefore);
  });

  it('folds the notice to one line and shows the whole of it on demand', async () => {
    await signedInAs('support');
    const { user } = await openConsent();
    const history = await screen.findByRole('table', { name: 'Consent events' });
    const [show] = await within(history).findAllByRole('button', { name: 'Show the notice' });
    if (!show) throw new Error('no notice to show');
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const cell = show.closest('td');
    expect(cell?.querySelector('[data-folded="true"]')).not.toBeNull();
    show.focus();
    await user.keyboard('{Enter}');
    expect(within(cell ?? history).getByRole('button', { name: 'Hide the notice' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(cell?.querySelector('[data-folded="true"]')).toBeNull();
  });

  it('never says nothing can be withdrawn while the consents are still loading', async () => {
    await signedInAs('support');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Holds the current consents back, then lets the mock answer.
    server.use(
      http.get('*/api/v1/accounts/:id/consents', async () => {
        await gate;
      }),
    );
    renderApp(`/accounts/${accountId}/consent`);
    const waiting = await screen.findByRole('button', { name: 'Loading consents…' });
    expect(waiting).toBeDisabled();
    expect(screen.queryByText('No optional purpose is granted')).not.toBeInTheDocument();
    release();
    expect(await withdrawButton()).toBeEnabled();
  });

  it('says when nothing can be withdrawn once the consents are known', async () => {
    await signedInAs('support');
    await openConsent(knownAccounts.noConsentEvents);
    const button = await screen.findByRole('button', { name: 'Record withdrawal' });
    await waitFor(() => {
      expect(button).toHaveAccessibleDescription('No optional purpose is granted');
    });
    expect(button).toBeDisabled();
  });

  it('offers Retry when the current consents fail, and withdrawal once they load', async () => {
    await signedInAs('support');
    let fail = true;
    server.use(
      http.get('*/api/v1/accounts/:id/consents', () => {
        if (fail) return Response.json({ title: 'Unavailable', status: 503 }, { status: 503 });
        return undefined;
      }),
    );
    const { user } = renderApp(`/accounts/${accountId}/consent`);
    expect(
      await screen.findByText('The current consents could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Record withdrawal' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/could not be loaded/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await withdrawButton()).toBeEnabled();
  });

  it('records one withdrawal for a double click, and shows it without a reload', async () => {
    await signedInAs('support');
    const { user } = await openConsent();
    const before = await withdrawnEvents('marketing_email');

    await user.click(await withdrawButton());
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    const purpose = within(dialog).getByRole('combobox', { name: 'Purpose' });
    const options = within(purpose).getAllByRole('option');
    // Required purposes can never be withdrawn, so they are not offered.
    expect(options.map((option) => option.textContent)).not.toContain('Essential cookies');
    await fillWithdrawal(user, dialog, {
      purpose: /Marketing email/i,
      channel: 'Chat',
      reason: 'Chat on 25 Nov, verified with order number',
    });
    await user.dblClick(within(dialog).getByRole('button', { name: 'Record withdrawal' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    // Focus lands on the confirmation, not on the page's body.
    await waitFor(() => {
      expect(screen.getByText(/Withdrawal of .+ recorded/).closest('[role="status"]')).toHaveFocus();
    });
    const after = await withdrawnEvents('marketing_email');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({
      recordedBy: demoStaff.support.id,
      channel: 'chat',
      reason: 'Chat on 25 Nov, verified with order number',
      noticeText: '',
    });
    await waitFor(() => {
      expect(rowOf('Current consents', 'Marketing email')).toHaveTextContent('Withdrawn');
    });
    await waitFor(() => {
      const [, first] = within(screen.getByRole('table', { name: 'Consent events' })).getAllByRole('row');
      expect(first).toHaveTextContent('Withdrawn');
      expect(first).toHaveTextContent('Maya Lindqvist');
      // How the customer asked and why, and no notice the customer was "shown".
      expect(first).toHaveTextContent('Support request · Chat');
      expect(first).toHaveTextContent('No notice shown · Maya Lindqvist:');
      expect(first).toHaveTextContent('Chat on 25 Nov, verified with order number');
    });
  });

  it('asks for the purpose, the channel and the reason before sending anything', async () => {
    await signedInAs('support');
    const { user } = await openConsent();
    await user.click(await withdrawButton());
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(await within(dialog).findByText('Choose the purpose the customer withdrew')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose how the customer asked')).toBeInTheDocument();
    expect(within(dialog).getByText('Say who asked, when, and how you verified them')).toBeInTheDocument();
  });

  it('says the reason limit and refuses a longer reason before sending', async () => {
    await signedInAs('support');
    const before = await withdrawnEvents('marketing_email');
    const { user } = await openConsent();
    await user.click(await withdrawButton());
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    expect(within(dialog).getByText('0 / 500 characters')).toBeInTheDocument();
    await fillWithdrawal(user, dialog, {
      purpose: /Marketing email/i,
      channel: 'Letter',
      reason: 'x'.repeat(501),
    });
    expect(within(dialog).getByText('501 / 500 characters: shorten it by 1')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(await within(dialog).findByText('Keep the reason to 500 characters or fewer')).toBeInTheDocument();
    expect(await withdrawnEvents('marketing_email')).toHaveLength(before.length);
  });

  it('keeps the dialog and its input when the API refuses, and says why', async () => {
    await signedInAs('support');
    server.use(
      http.post('*/api/v1/accounts/:id/consent-events', () =>
        forbidden('Staff may record a withdrawal the customer asked for, never a grant.').toResponse(),
      ),
    );
    const { user } = await openConsent();
    await user.click(await withdrawButton());
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    await fillWithdrawal(user, dialog, { channel: 'Email', reason: 'Email from the customer' });
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('never a grant');
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveValue('Email from the customer');
  });

  it('offers no withdrawal to roles that may not record one', async () => {
    await signedInAs('analyst');
    await openConsent();
    expect(screen.queryByRole('button', { name: 'Record withdrawal' })).not.toBeInTheDocument();
  });

  it('downloads the consent receipt as a JSON file named with the account and the date', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('support');
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:receipt-${String(blobs.size)}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => undefined,
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    const { user } = await openConsent();
    await user.click(screen.getByRole('button', { name: 'Export receipt' }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]?.name).toBe(`consent-receipt-${accountId}-2026-11-25.json`);
    const file = saved[0];
    if (!file) throw new Error('nothing was saved');
    const receipt = JSON.parse(await file.blob.text()) as { accountId: string; events: unknown[] };
    expect(receipt.accountId).toBe(accountId);
    expect(receipt.events.length).toBeGreaterThan(0);
  });

  it('says so when an account has no consent events', async () => {
    await signedInAs('support');
    await openConsent(knownAccounts.noConsentEvents);
    expect(await screen.findByText('No consent events recorded')).toBeInTheDocument();
  });

  it('shows errors with Retry when consent data cannot be loaded, and recovers', async () => {
    await signedInAs('support');
    failing('consent', 503);
    const { user } = renderApp(`/accounts/${accountId}/consent`);
    expect(
      await screen.findByText('The consent purposes could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    healthy('consent');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Current consents' })).toBeInTheDocument();
  });

  it('explains a malformed reply', async () => {
    await signedInAs('support');
    malformed('consent');
    renderApp(`/accounts/${accountId}/consent`);
    expect(await screen.findByText(/does not understand/)).toBeInTheDocument();
  });
});
