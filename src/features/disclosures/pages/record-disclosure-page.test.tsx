import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { Disclosure } from '@/shared/contract/disclosures';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownDisclosures, knownRecipients } from '@mocks/db/known-disclosures';
import { badRequest } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { colleagueCorrectsDisclosure, disclosuresUnavailable } from '@mocks/scenarios/disclosures';
import { healthy, networkError } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';
import { draftKey } from '../record/draft-storage';

type User = ReturnType<typeof renderApp>['user'];

afterEach(() => {
  sessionStorage.clear();
});

async function openForm(path = '/disclosures/new') {
  await signedInAs('legal');
  const rendered = renderApp(path);
  await screen.findByRole('form', { name: /Record a disclosure|Correct entry/ });
  // The recipients are read before a recipient can be chosen.
  await waitFor(() => {
    expect(screen.getByRole('combobox', { name: /Recipient/ })).toBeEnabled();
  });
  return rendered;
}

async function chooseRecipient(user: User, namePart: string) {
  const field = screen.getByRole('combobox', { name: /Recipient/ });
  await user.click(field);
  await user.paste(namePart);
  await user.click(await screen.findByRole('option', { name: new RegExp(namePart) }));
}

async function pasteInto(user: User, name: RegExp, text: string) {
  await user.click(screen.getByRole('textbox', { name }));
  await user.paste(text);
}

async function addAccounts(user: User, text: string) {
  await pasteInto(user, /Account ids/, text);
  await user.keyboard('{Enter}');
}

/** A contract-basis share of one order to the seller "Nordlicht", naming the known account: valid as it stands. */
async function fillOrderShare(user: User, purpose: string) {
  await chooseRecipient(user, 'Nordlicht');
  await user.selectOptions(screen.getByRole('combobox', { name: /Legal basis/ }), 'Contract');
  await pasteInto(user, /Purpose/, purpose);
  await user.click(screen.getByRole('checkbox', { name: /Order/ }));
  await addAccounts(user, knownAccounts.marketingOptIn);
  await pasteInto(user, /People concerned/, '1');
}

async function attach(user: User, file: File) {
  await user.upload(screen.getByLabelText('Documents to hash'), file);
  await screen.findByRole('list', { name: 'Documents' });
}

/** An authority request about one account, without reference or document (the form fills in now as the time). */
async function fillAuthorityRequest(user: User) {
  await chooseRecipient(user, 'Landeskriminalamt');
  await user.selectOptions(screen.getByRole('combobox', { name: /Legal basis/ }), 'Criminal investigation');
  await pasteInto(user, /Purpose/, 'Fraud investigation, order data of one customer');
  await user.click(screen.getByRole('checkbox', { name: /Order/ }));
  await addAccounts(user, knownAccounts.marketingOptIn);
  await pasteInto(user, /People concerned/, '1');
}

const recordButton = () => screen.getByRole('button', { name: /Record the (disclosure|correction)/ });

async function entry(id: string) {
  return (await callApi<Disclosure>(`/disclosures/${id}`)).body;
}

describe('Record a disclosure', () => {
  it('refuses an authority disclosure without reference and document before sending anything, then records it once', async () => {
    const { user, router } = await openForm();
    await fillAuthorityRequest(user);
    const requests = recordRequests();

    await user.click(recordButton());
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('A disclosure to an authority needs the reference of its request.');
    expect(summary).toHaveTextContent('public disclosure (2)');
    expect(screen.getByRole('textbox', { name: /Request reference/ })).toHaveAccessibleDescription(
      expect.stringContaining('needs the reference'),
    );
    expect(await requests.writes()).toEqual([]);

    await pasteInto(user, /Request reference/, 'LKA-NM-2026-0815');
    await attach(user, new File(['abc'], 'request-letter.pdf', { type: 'application/pdf' }));
    expect(screen.getByRole('list', { name: 'Documents' })).toHaveTextContent(
      'SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    await user.click(recordButton());

    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/disclosures\/dis_/);
    });
    const posts = await requests.matching({ method: 'POST', path: '/disclosures' });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({
      recipientId: knownRecipients.authority,
      legalBasis: 'criminal_investigation',
      requestReference: 'LKA-NM-2026-0815',
      accountIds: [knownAccounts.marketingOptIn],
      documents: [
        {
          name: 'request-letter.pdf',
          sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        },
      ],
    });
    const id = currentUrl(router).split('/').at(-1) ?? '';
    expect((await entry(id)).requestReference).toBe('LKA-NM-2026-0815');
    // The draft is gone once recorded.
    expect(sessionStorage.getItem(draftKey(''))).toBeNull();
  });

  it('names the listed account that had not granted the matching consent, before sending', async () => {
    const { user } = await openForm();
    await chooseRecipient(user, 'Thistle');
    await user.selectOptions(screen.getByRole('combobox', { name: /Legal basis/ }), 'Consent');
    await pasteInto(user, /Purpose/, 'Order fulfilment by the seller');
    await user.click(screen.getByRole('checkbox', { name: /Identity/ }));
    await addAccounts(user, knownAccounts.noConsentEvents);
    await pasteInto(user, /People concerned/, '1');
    const requests = recordRequests();

    await user.click(recordButton());

    const accounts = await screen.findByRole('textbox', { name: /Account ids/ });
    await waitFor(() => {
      expect(accounts).toHaveAccessibleDescription(
        expect.stringContaining(
          `sharing with sellers and partners when it happened; ${knownAccounts.noConsentEvents} had not`,
        ),
      );
    });
    expect(await requests.matching({ method: 'POST' })).toEqual([]);
  });

  it('picks the recipient from the keyboard, by part of its name or its country, arrows moving through the list', async () => {
    const { user } = await openForm();
    const field = screen.getByRole('combobox', { name: /Recipient/ });
    await user.click(field);
    await user.paste('harbor');
    expect(within(screen.getByRole('listbox', { name: 'Recipients' })).getAllByRole('option')).toHaveLength(
      1,
    );
    await user.keyboard('{Enter}');
    expect(field).toHaveValue('Harbor Lane Apparel Inc.');
    expect(field).toHaveAccessibleDescription('Seller · US · agreement DPA-SEL-2022-045');
    await user.clear(field);
    // By country: Finland's recipient, whose name does not hold "fi".
    await user.paste('fi');
    expect(
      within(screen.getByRole('listbox', { name: 'Recipients' })).getByRole('option', {
        name: /Trendlab Analytics Oy/,
      }),
    ).toBeInTheDocument();
    await user.clear(field);
    await user.paste('DigFashions');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(field).toHaveValue('DigFashions Customer Care Ltd');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('names an unknown account id as such and refuses it', async () => {
    const { user } = await openForm();
    await addAccounts(user, 'acc_zzzzzz, nonsense');
    expect(await screen.findByRole('button', { name: /acc_zzzzzz: unknown id/ })).toBeInTheDocument();
    expect(screen.getByText(/Not account ids \(they start with acc_\): nonsense/)).toBeInTheDocument();
  });

  it('puts the API’s 400s on their fields, and one it cannot place in the summary', async () => {
    const { user } = await openForm();
    await chooseRecipient(user, 'Nordlicht');
    await user.selectOptions(screen.getByRole('combobox', { name: /Legal basis/ }), 'Contract');
    await pasteInto(user, /Purpose/, 'Deliver the order');
    await user.click(screen.getByRole('checkbox', { name: /Order/ }));
    await pasteInto(user, /People concerned/, '1');
    server.use(
      http.post('*/api/v1/disclosures', () =>
        badRequest([
          {
            field: 'crossBorder.safeguard',
            message: 'The shop’s market for this data is abroad: name the safeguard.',
          },
          { field: 'retention', message: 'Something the form does not know.' },
        ]).toResponse(),
      ),
    );

    await user.click(recordButton());

    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Safeguard' })).toHaveAccessibleDescription(
        'The shop’s market for this data is abroad: name the safeguard.',
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent('retention: Something the form does not know.');
  });

  it('records one entry for a double click, and for a retry after the connection failed', async () => {
    const { user, router } = await openForm();
    await fillOrderShare(user, 'Deliver the order');
    const requests = recordRequests();
    networkError('disclosures', { times: 1, method: 'POST' });

    await user.dblClick(recordButton());
    expect(await screen.findByText('The entry was not recorded')).toBeInTheDocument();
    await user.click(recordButton());
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/disclosures\/dis_/);
    });

    const posts = await requests.matching({ method: 'POST', path: '/disclosures' });
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const listed = await callApi<{ total: number }>(
      `/disclosures?accountId=${knownAccounts.marketingOptIn}&q=${encodeURIComponent('Deliver the order')}`,
    );
    expect(listed.body.total).toBe(1);
  });

  it('keeps the intent through a reload: Record on the restored draft sends the first attempt’s key, one entry', async () => {
    const first = await openForm();
    await fillOrderShare(first.user, 'Deliver the parcel again');
    const requests = recordRequests();
    networkError('disclosures', { times: 1, method: 'POST' });
    await first.user.click(recordButton());
    expect(await screen.findByText('The entry was not recorded')).toBeInTheDocument();
    first.unmount();

    const { user, router } = await openForm();
    expect(screen.getByText('Your unsent draft was restored from this tab.')).toBeInTheDocument();
    await user.click(recordButton());
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/disclosures\/dis_/);
    });

    const posts = await requests.matching({ method: 'POST', path: '/disclosures' });
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const listed = await callApi<{ total: number }>(
      `/disclosures?accountId=${knownAccounts.marketingOptIn}&q=${encodeURIComponent('Deliver the parcel again')}`,
    );
    expect(listed.body.total).toBe(1);
  });

  it('opens a correction prefilled, names the entry corrected, and chains the new entry to it', async () => {
    const { user, router } = await openForm(`/disclosures/new?corrects=${knownDisclosures.correction}`);
    const original = await entry(knownDisclosures.correction);
    expect(screen.getByText(`Correcting entry ${knownDisclosures.correction}`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Recipient/ })).toHaveValue(original.recipient.name);
    expect(screen.getByRole('textbox', { name: /Purpose/ })).toHaveValue(original.purpose);
    expect(screen.getByRole('textbox', { name: /People concerned/ })).toHaveValue(
      String(original.subjectCount),
    );
    const requests = recordRequests();

    await user.click(recordButton());

    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/disclosures\/dis_/);
    });
    const posts = await requests.matching({ method: 'POST', path: '/disclosures' });
    expect(posts[0]?.body).toMatchObject({
      corrects: knownDisclosures.correction,
      purpose: original.purpose,
    });
    const newId = currentUrl(router).split('/').at(-1) ?? '';
    expect((await entry(knownDisclosures.correction)).correctedBy).toEqual([newId]);
  });

  it('says when the entry opened for correction is already corrected, with a link to its correction', async () => {
    await openForm(`/disclosures/new?corrects=${knownDisclosures.correctedOriginal}`);
    expect(screen.getByText(/is already corrected by/)).toHaveTextContent(
      `Entry ${knownDisclosures.correctedOriginal} is already corrected by ${knownDisclosures.correction}`,
    );
    expect(screen.getByRole('link', { name: knownDisclosures.correction })).toHaveAttribute(
      'href',
      `/disclosures/${knownDisclosures.correction}`,
    );
  });

  it('explains a 409 when a colleague corrected the entry meanwhile, with a link to their correction', async () => {
    const { user } = await openForm(`/disclosures/new?corrects=${knownDisclosures.crossBorder}`);
    const theirs = colleagueCorrectsDisclosure(knownDisclosures.crossBorder);
    await user.click(recordButton());
    const alert = await screen.findByText(`Entry ${knownDisclosures.crossBorder} was corrected meanwhile`);
    const box = alert.closest('[role="alert"]');
    if (!(box instanceof HTMLElement)) throw new Error('no alert');
    expect(await within(box).findByRole('link', { name: `entry ${theirs}` })).toHaveAttribute(
      'href',
      `/disclosures/${theirs}`,
    );
  });

  it('shows the recipients’ failure with a Retry that brings them back', async () => {
    disclosuresUnavailable();
    await signedInAs('legal');
    const { user } = renderApp('/disclosures/new');
    const failure = await screen.findByText('The recipients could not be loaded');
    healthy('disclosures');
    const box = failure.closest('[role="alert"]');
    if (!(box instanceof HTMLElement)) throw new Error('no alert');
    await user.click(within(box).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: /Recipient/ })).toBeEnabled();
    });
  });

  it('keeps the draft through a reload of the tab, holding ids but no names, and drops it on request', async () => {
    const first = await openForm();
    await chooseRecipient(first.user, 'Nordlicht');
    await pasteInto(first.user, /Purpose/, 'Draft purpose');
    await addAccounts(first.user, knownAccounts.marketingOptIn);
    await screen.findByRole('button', { name: new RegExp(`${knownAccounts.marketingOptIn}: .*DE`) });
    first.unmount();

    const stored = sessionStorage.getItem(draftKey('')) ?? '';
    expect(JSON.parse(stored)).toMatchObject({
      values: {
        recipientId: knownRecipients.seller,
        purpose: 'Draft purpose',
        accountIds: [knownAccounts.marketingOptIn],
      },
    });
    const account = (
      await callApi<{ name: string; email: string; phone: string }>(
        `/accounts/${knownAccounts.marketingOptIn}`,
      )
    ).body;
    for (const personal of [account.name, account.email, account.phone, 'Lena', 'Hoffmann']) {
      expect(stored).not.toContain(personal);
    }

    const { user } = await openForm();
    expect(screen.getByText('Your unsent draft was restored from this tab.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Purpose/ })).toHaveValue('Draft purpose');
    expect(screen.getByRole('combobox', { name: /Recipient/ })).toHaveValue('Nordlicht Mode GmbH');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(screen.getByRole('textbox', { name: /Purpose/ })).toHaveValue('');
    await waitFor(() => {
      expect(sessionStorage.getItem(draftKey(''))).toBeNull();
    });
  });

  it('asks before leaving with unsaved input', async () => {
    const { user, router } = await openForm();
    await pasteInto(user, /Purpose/, 'Half typed');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without recording?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on the form' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(currentUrl(router)).toBe('/disclosures/new');
    expect(screen.getByRole('textbox', { name: /Purpose/ })).toHaveValue('Half typed');
  });

  it('leaves and drops the draft when the person chooses to', async () => {
    const { user, router } = await openForm();
    await pasteInto(user, /Purpose/, 'Not needed after all');
    await waitFor(() => {
      expect(sessionStorage.getItem(draftKey(''))).not.toBeNull();
    });
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without recording?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave and discard' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/disclosures');
    });
    expect(sessionStorage.getItem(draftKey(''))).toBeNull();
  });

  it('is closed to support, who may not record disclosures', async () => {
    await signedInAs('support');
    const requests = recordRequests();
    renderApp('/disclosures/new');
    expect(await screen.findByRole('heading', { name: /You need/ })).toHaveTextContent('legal');
    expect(screen.queryByRole('form', { name: 'Record a disclosure' })).toBeNull();
    expect(
      requests.requests.filter(
        (request) => request.path.startsWith('/disclosures') || request.path === '/recipients',
      ),
    ).toEqual([]);
  });

  it('shows hostile text in the purpose, the reference and a document’s name as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { user } = await openForm();
    await pasteInto(user, /Purpose/, payload);
    await pasteInto(user, /Request reference/, payload);
    await attach(user, new File(['x'], `${payload}.pdf`));
    expect(screen.getByRole('list', { name: 'Documents' })).toHaveTextContent(`${payload}.pdf`);
    expect(screen.getByRole('button', { name: `Remove ${payload}.pdf` })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
