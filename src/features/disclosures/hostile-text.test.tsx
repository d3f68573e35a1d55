import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateDisclosureRequest, Disclosure, Recipient } from '@/shared/contract/disclosures';
import { recipients } from '@mocks/db/disclosures/catalog';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownRecipients } from '@mocks/db/known-disclosures';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';
import { rows } from '@tests/table-rows';

// Text the console did not write, shaped like markup: it must print as the characters typed,
// never become an element (an <img> whose onerror runs), on every page of the ledger.
const payload = '<img src=x onerror=alert(1)>';
const now = '2026-11-30T12:00:00Z';

let restoreName: (() => void) | null = null;

/**
 * The authority recipient renamed to the payload in the mock's catalog for this test (names come
 * from the recipient's agreement, which the console never edits; the mock has no endpoint for it).
 */
function recipientNamedHostile(): void {
  const recipient = recipients.find((each) => each.id === knownRecipients.authority) as {
    name: string;
  } & Recipient;
  const before = recipient.name;
  recipient.name = `Police ${payload}`;
  restoreName = () => {
    recipient.name = before;
  };
}

afterEach(() => {
  restoreName?.();
  restoreName = null;
});

/** Legal records an authority request whose purpose, reference and document name are the payload. */
async function hostileEntry(): Promise<Disclosure> {
  pinClock(now);
  recipientNamedHostile();
  const { csrfToken } = await signedInAs('legal');
  const body: CreateDisclosureRequest = {
    // A minute before the pinned now: the newest entry of the recipient and of the account.
    occurredAt: '2026-11-30T11:59:00Z',
    kind: 'share',
    recipientId: knownRecipients.authority,
    legalBasis: 'criminal_investigation',
    purpose: `Purpose ${payload}`,
    dataCategories: ['identity', 'order'],
    accountIds: [knownAccounts.marketingOptIn],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    requestReference: `Ref ${payload}`,
    documents: [{ name: `order ${payload}.pdf`, sha256: 'a'.repeat(64) }],
  };
  const reply = await callApi<Disclosure>('/disclosures', {
    method: 'POST',
    csrfToken,
    idempotencyKey: 'hostile-text-1',
    body,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

function expectNoInjectedImage(): void {
  expect(document.querySelector('img')).toBeNull();
}

describe('markup in recipient names, purposes, references and document names', () => {
  it('prints as text in the ledger and the recipient’s card', async () => {
    const entry = await hostileEntry();
    renderApp(`/disclosures?recipientId=${knownRecipients.authority}`);
    const table = await screen.findByRole('table', { name: 'Disclosures' });
    await waitFor(() => {
      expect(rows(table)[0]?.dataset.rowKey).toBe(entry.id);
    });
    const [row] = rows(table);
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent(`Police ${payload}`);
    expect(row).toHaveTextContent(`Purpose ${payload}`);
    const card = screen.getByRole('region', { name: 'Recipient' });
    expect(await within(card).findByRole('heading', { name: `Police ${payload}` })).toBeInTheDocument();
    expectNoInjectedImage();
  });

  it('prints as text on the entry page', async () => {
    const entry = await hostileEntry();
    renderApp(`/disclosures/${entry.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Disclosure to Police ${payload}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Purpose ${payload}`)).toBeInTheDocument();
    expect(screen.getByText(`Ref ${payload}`)).toBeInTheDocument();
    expect(screen.getByText(`order ${payload}.pdf`)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Copy the SHA-256 of order ${payload}.pdf` }),
    ).toBeInTheDocument();
    expectNoInjectedImage();
  });

  it('prints as text on the account’s Disclosures tab', async () => {
    const entry = await hostileEntry();
    await signedInAs('support');
    renderApp(`/accounts/${knownAccounts.marketingOptIn}/disclosures`);
    const table = await screen.findByRole('table', { name: 'Disclosures naming this account' });
    await waitFor(() => {
      expect(rows(table)[0]?.dataset.rowKey).toBe(entry.id);
    });
    expect(rows(table)[0]).toHaveTextContent(`Police ${payload}`);
    expect(rows(table)[0]).toHaveTextContent(`Purpose ${payload}`);
    expectNoInjectedImage();
  });
});
