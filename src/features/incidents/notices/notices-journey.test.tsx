import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Incident } from '@/shared/contract/incidents';
import { hour } from '@mocks/clock';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff } from '@mocks/db/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

// One notice from draft to delivered, on the mock API itself (its rules, its batch over mock time).

const incidentId = knownIncidents.open;

const parts = {
  'What happened and its likely impact':
    'Someone signed in to some accounts with passwords leaked elsewhere.',
  'What we did and will do': 'We locked the accounts and reset their passwords.',
  'How customers can protect themselves': 'Choose a new password you use nowhere else.',
  'Remedies open to customers': 'Orders placed by someone else are refunded in full.',
  'Whom to contact': 'privacy@digfashions.example',
};

async function openNotices() {
  const rendered = renderApp(`/incidents/${incidentId}`);
  const section = await screen.findByRole('region', { name: 'Customer notices' });
  await waitFor(() => {
    expect(within(section).queryByLabelText('Loading the notices')).not.toBeInTheDocument();
  });
  return { ...rendered, section };
}

/** The newest notice's card (the list is oldest first). */
function newest(section: HTMLElement): HTMLElement {
  const cards = within(section).getAllByRole('article');
  const card = cards.at(-1);
  if (!card) throw new Error('no notice');
  return card;
}

describe('A notice from draft to delivered, on the mock API', () => {
  it('legal drafts, a second person approves, legal sends and watches the batch complete', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('legal');
    const incident = (await callApi<Incident>(`/incidents/${incidentId}`)).body;
    const drafting = await openNotices();
    const before = within(drafting.section).queryAllByRole('article').length;
    await drafting.user.click(within(drafting.section).getByRole('button', { name: 'Draft a notice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft a notice' });
    for (const [label, text] of Object.entries(parts)) {
      await drafting.user.click(within(dialog).getByRole('textbox', { name: label }));
      await drafting.user.paste(text);
    }
    expect(within(dialog).getByRole('note', { name: 'Parts still to write' })).toHaveTextContent(
      'All five parts are written',
    );
    await drafting.user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    await waitFor(() => {
      expect(within(drafting.section).getAllByRole('article')).toHaveLength(before + 1);
    });
    const own = newest(drafting.section);
    expect(own).toHaveTextContent('Another person must approve a notice you wrote.');
    expect(within(own).queryByRole('button', { name: 'Approve' })).toBeNull();
    drafting.unmount();

    await signedInAs('legal2');
    const approving = await openNotices();
    const toApprove = newest(approving.section);
    await approving.user.click(within(toApprove).getByRole('button', { name: 'Approve' }));
    await waitFor(() => {
      expect(newest(approving.section)).toHaveTextContent('Approved');
    });
    expect(await within(newest(approving.section)).findByText(demoStaff.legal2.name)).toBeInTheDocument();
    approving.unmount();

    await signedInAs('legal');
    const requests = recordRequests();
    const sending = await openNotices();
    await sending.user.click(within(newest(sending.section)).getByRole('button', { name: 'Send…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Send this notice?' });
    expect(confirm).toHaveTextContent(
      `Send to ${incident.affectedAccountCount.toLocaleString('en')} affected account${
        incident.affectedAccountCount === 1 ? '' : 's'
      } by email?`,
    );
    await sending.user.click(within(confirm).getByRole('button', { name: 'Send notice' }));
    const progress = await within(newest(sending.section)).findByRole('progressbar', {
      name: 'Messages sent',
    });
    // An hour of mock time: the batch is done by the next read.
    advanceClock(hour);
    await waitFor(
      () => {
        expect(newest(sending.section)).toHaveTextContent(/Completed: [\d,]+ delivered and [\d,]+ failed of/);
      },
      { timeout: 10_000 },
    );
    expect(progress).toHaveAttribute('aria-valuenow', '100');
    expect(
      await requests.matching({ method: 'POST', path: `/incidents/${incidentId}/notifications` }),
    ).toHaveLength(1);
  });

  it('follows a batch already sending when the workspace opens, over mock time, to completion', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('legal');
    renderApp(`/incidents/${knownIncidents.sending}`);
    const section = await screen.findByRole('region', { name: 'Customer notices' });
    const batch = await within(section).findByRole('region', { name: /^Sending of batch / });
    const progress = within(batch).getByRole('progressbar', { name: 'Messages sent' });
    expect(batch).toHaveTextContent(/of 86,400 sent/);
    expect(Number(progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
    advanceClock(hour);
    await waitFor(
      () => {
        expect(batch).toHaveTextContent(/Completed: [\d,]+ delivered and [\d,]+ failed of 86,400\./);
      },
      { timeout: 10_000 },
    );
    expect(progress).toHaveAttribute('aria-valuenow', '100');
    expect(within(batch).getByRole('table', { name: 'Failures by reason' })).toBeInTheDocument();
  });

  it('says why a seeded batch failed as a whole', async () => {
    await signedInAs('dpo');
    renderApp(`/incidents/${knownIncidents.failedBatch}`);
    const section = await screen.findByRole('region', { name: 'Customer notices' });
    const batch = await within(section).findByRole('region', { name: /^Sending of batch / });
    expect(batch).toHaveTextContent('The batch failed');
    expect(batch).not.toHaveTextContent('the API gave no reason');
    expect(within(batch).getByRole('status')).toHaveTextContent(
      /^Sending failed after [\d,]+ of [\d,]+ sent\.$/,
    );
  });
});
