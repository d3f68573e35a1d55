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
    expect(within(history).getAllByText('Show the notice').length).toBeGreaterThan(0);
  });

  it('records one withdrawal for a double click, and shows it without a reload', async () => {
    await signedInAs('support');
    const { user } = await openConsent();
    const before = await withdrawnEvents('marketing_email');

    await user.click(screen.getByRole('button', { name: 'Record withdrawal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    const purpose = within(dialog).getByRole('combobox', { name: 'Purpose' });
    const options = within(purpose).getAllByRole('option');
    // Required purposes can never be withdrawn, so they are not offered.
    expect(options.map((option) => option.textContent)).not.toContain('Essential cookies');
    const marketing = options.find((option) => /Marketing email/i.test(option.textContent));
    if (!marketing) throw new Error('Marketing email is not offered');
    await user.selectOptions(purpose, marketing);
    await user.type(
      within(dialog).getByRole('textbox', { name: /how the customer asked/i }),
      'Phone call, verified',
    );
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
    expect(after[0]?.recordedBy).toBe(demoStaff.support.id);
    await waitFor(() => {
      expect(rowOf('Current consents', 'Marketing email')).toHaveTextContent('Withdrawn');
    });
    await waitFor(() => {
      const [, first] = within(screen.getByRole('table', { name: 'Consent events' })).getAllByRole('row');
      expect(first).toHaveTextContent('Withdrawn');
      expect(first).toHaveTextContent('Maya Lindqvist');
    });
  });

  it('asks for the purpose and how the customer asked before sending anything', async () => {
    await signedInAs('support');
    const { user } = await openConsent();
    await user.click(screen.getByRole('button', { name: 'Record withdrawal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(within(dialog).getByText('Choose the purpose the customer withdrew')).toBeInTheDocument();
    expect(within(dialog).getByText('Say how the customer asked for the withdrawal')).toBeInTheDocument();
  });

  it('keeps the dialog and its input when the API refuses, and says why', async () => {
    await signedInAs('support');
    server.use(
      http.post('*/api/v1/accounts/:id/consent-events', () =>
        forbidden('Staff may record a withdrawal the customer asked for, never a grant.').toResponse(),
      ),
    );
    const { user } = await openConsent();
    await user.click(screen.getByRole('button', { name: 'Record withdrawal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent withdrawal' });
    const purpose = within(dialog).getByRole('combobox', { name: 'Purpose' });
    const firstOption = within(purpose)
      .getAllByRole('option')
      .find((option) => option.getAttribute('value'));
    if (!firstOption) throw new Error('no purpose is offered');
    await user.selectOptions(purpose, firstOption);
    await user.type(
      within(dialog).getByRole('textbox', { name: /how the customer asked/i }),
      'Email from the customer',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('never a grant');
    expect(within(dialog).getByRole('textbox', { name: /how the customer asked/i })).toHaveValue(
      'Email from the customer',
    );
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
