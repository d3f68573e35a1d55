import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '@/shared/contract/disclosures';
import { knownDisclosures } from '@mocks/db/known-disclosures';
import { callApi } from '@mocks/scenarios/call-api';
import { failing, healthy } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

/** The entry as the API serves it now (what the page must show). */
async function entry(id: string): Promise<Disclosure> {
  const reply = await callApi<Disclosure>(`/disclosures/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

/** The value cell of a labelled fact. */
function fact(label: string): HTMLElement {
  const facts = screen.getByRole('table', { name: 'Facts of the disclosure' });
  const header = within(facts).getByRole('rowheader', { name: label });
  const cell = header.parentElement?.querySelector('td');
  if (!cell) throw new Error(`no fact ${label}`);
  return cell;
}

describe('Disclosure entry page', () => {
  it('shows every field of an authority request, and its documents with their SHA-256', async () => {
    await signedInAs('legal');
    const disclosure = await entry(knownDisclosures.authorityRequest);
    renderApp(`/disclosures/${knownDisclosures.authorityRequest}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Disclosure to ${disclosure.recipient.name}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(knownDisclosures.authorityRequest)).toBeInTheDocument();
    expect(fact('Recipient')).toHaveTextContent(
      `${disclosure.recipient.name} Authority · ${disclosure.recipient.country}`,
    );
    expect(within(fact('Recipient')).getByRole('link')).toHaveAttribute(
      'href',
      `/disclosures?recipientId=${disclosure.recipient.id}`,
    );
    expect(fact('Kind')).toHaveTextContent('Share');
    expect(fact('Legal basis')).toHaveTextContent('Criminal investigation');
    expect(fact('Purpose')).toHaveTextContent(disclosure.purpose);
    expect(fact('Data subjects')).toHaveTextContent(disclosure.subjectCount.toLocaleString());
    expect(fact('Request reference')).toHaveTextContent(disclosure.requestReference ?? 'missing');
    expect(fact('De-identified')).toHaveTextContent('No');
    const documents = screen.getByRole('table', { name: 'Documents' });
    const rows = within(documents).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(disclosure.documents.length);
    disclosure.documents.forEach((document, index) => {
      const row = rows[index];
      if (!row) throw new Error('missing row');
      expect(row).toHaveTextContent(document.name);
      expect(within(row).getByText(document.sha256).tagName).toBe('CODE');
      expect(
        within(row).getByRole('button', { name: `Copy the SHA-256 of ${document.name}` }),
      ).toBeInTheDocument();
    });
    const accounts = screen.getByRole('table', { name: /^Accounts/ });
    for (const accountId of disclosure.accountIds)
      expect(within(accounts).getByRole('link', { name: accountId })).toHaveAttribute(
        'href',
        `/accounts/${accountId}`,
      );
    // Masked data only: the email as the API masks it.
    await waitFor(() => {
      expect(within(accounts).getByLabelText('Email (masked)')).toHaveTextContent(/^.\*\*\*@/);
    });
  });

  it('follows the correction chain both ways and offers no second correction', async () => {
    await signedInAs('legal');
    const { user, router } = renderApp(`/disclosures/${knownDisclosures.correctedOriginal}`);
    const chain = await screen.findByRole('region', { name: 'Correction chain' });
    expect(chain).toHaveTextContent(
      `This entry was corrected by ${knownDisclosures.correction} — read that entry`,
    );
    expect(screen.queryByRole('link', { name: 'Correct this entry' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/cannot be corrected again: correct the entry that corrects it instead/),
    ).toBeInTheDocument();
    await user.click(within(chain).getByRole('link', { name: knownDisclosures.correction }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/disclosures/${knownDisclosures.correction}`);
    });
    // The page of the correction, once it has replaced the original's.
    await screen.findByText(/^This entry is a correction: it corrects/);
    const back = screen.getByRole('region', { name: 'Correction chain' });
    expect(back).toHaveTextContent(
      `This entry is a correction: it corrects ${knownDisclosures.correctedOriginal}.`,
    );
    expect(within(back).getByRole('link', { name: knownDisclosures.correctedOriginal })).toHaveAttribute(
      'href',
      `/disclosures/${knownDisclosures.correctedOriginal}`,
    );
    expect(screen.getByRole('link', { name: 'Correct this entry' })).toHaveAttribute(
      'href',
      `/disclosures/new?corrects=${knownDisclosures.correction}`,
    );
  });

  it('tells legal plainly to stop the recipient using the data of an account whose consent was withdrawn since', async () => {
    await signedInAs('legal');
    const disclosure = await entry(knownDisclosures.withdrawnSince);
    const [withdrawal] = disclosure.consentWithdrawnSince ?? [];
    if (!withdrawal) throw new Error('the known entry has no withdrawal since');
    renderApp(`/disclosures/${knownDisclosures.withdrawnSince}`);
    const warnings = await screen.findByRole('region', { name: 'Consent withdrawn since' });
    const day = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    }).format(new Date(withdrawal.withdrawnAt));
    expect(warnings).toHaveTextContent(
      `${withdrawal.accountId}: Consent withdrawn on ${day} (sharing with partners and sellers): tell the recipient to stop using this person's data.`,
    );
    expect(within(warnings).getByRole('link', { name: withdrawal.accountId })).toHaveAttribute(
      'href',
      `/accounts/${withdrawal.accountId}/consent`,
    );
    expect(fact('Legal basis')).toHaveTextContent('Consent');
  });

  it('says a de-identified entry names no accounts', async () => {
    await signedInAs('dpo');
    renderApp(`/disclosures/${knownDisclosures.deidentified}`);
    expect(await screen.findByText('De-identified data names no accounts.')).toBeInTheDocument();
    expect(fact('De-identified')).toHaveTextContent('Yes');
  });

  it('names the destination and safeguard of a cross-border transfer', async () => {
    await signedInAs('legal');
    const disclosure = await entry(knownDisclosures.crossBorder);
    renderApp(`/disclosures/${knownDisclosures.crossBorder}`);
    await screen.findByRole('heading', { level: 1, name: `Disclosure to ${disclosure.recipient.name}` });
    expect(fact('Cross-border')).toHaveTextContent(/^To US, safeguard: /);
  });

  it('offers Retry for an account’s masked email that could not be read, and shows it then', async () => {
    await signedInAs('legal');
    const disclosure = await entry(knownDisclosures.authorityRequest);
    const [accountId] = disclosure.accountIds;
    if (!accountId) throw new Error('the known entry names no account');
    failing('accounts', 503);
    const { user } = renderApp(`/disclosures/${knownDisclosures.authorityRequest}`);
    const retry = await screen.findByRole('button', { name: `Retry the email of ${accountId}` });
    healthy('accounts');
    await user.click(retry);
    const accounts = screen.getByRole('table', { name: /^Accounts/ });
    await waitFor(() => {
      expect(within(accounts).getByLabelText('Email (masked)')).toHaveTextContent(/^.\*\*\*@/);
    });
  });

  it('says there is no such entry for an unknown id', async () => {
    await signedInAs('legal');
    renderApp('/disclosures/dis_zzzzzz');
    expect(await screen.findByText('No disclosure with id dis_zzzzzz')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the ledger' })).toHaveAttribute('href', '/disclosures');
  });

  it('shows an error with Retry when the entry cannot be loaded, and recovers', async () => {
    await signedInAs('legal');
    failing('disclosures', 503);
    const { user } = renderApp(`/disclosures/${knownDisclosures.authorityRequest}`);
    expect(await screen.findByText('The disclosure could not be loaded')).toBeInTheDocument();
    healthy('disclosures');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Documents' })).toBeInTheDocument();
  });
});
