import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Incident, NoticeDraft } from '@/shared/contract/incidents';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff } from '@mocks/db/staff';
import { conflict } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { batchReply, stubNoticesApi } from '@tests/notices-api-stub';
import { renderApp } from '@tests/render-with-providers';

const incidentId = knownIncidents.open;

// Text the console did not write, shaped like markup or a bidi trick: printed as typed, never obeyed.
const hostile = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  rlo: 'invoice\u202Efdp.exe',
};
const hostileText = `${hostile.img} ${hostile.script} ${hostile.rlo}`;

const fullContent: NoticeDraft['content'] = {
  natureAndImpact: 'Order history of some customers was exposed for two hours.',
  measuresTaken: 'The faulty endpoint was closed and keys rotated.',
  userSuggestions: 'Watch for messages claiming to be from us.',
  remedies: 'Free credit monitoring for a year; complaints to the authority remain open.',
  contact: 'privacy@digfashions.example',
};

function notice(overrides: Partial<NoticeDraft> = {}): NoticeDraft {
  return {
    id: 'ntc_stub1',
    version: 3,
    status: 'draft',
    audience: 'all_affected',
    channels: ['email', 'push'],
    content: fullContent,
    authorId: demoStaff.legal.id,
    ...overrides,
  };
}

async function incident(): Promise<Incident> {
  const reply = await callApi<Incident>(`/incidents/${incidentId}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

/** Opens the workspace and waits for its notices section. */
async function openWorkspace() {
  const rendered = renderApp(`/incidents/${incidentId}`);
  const section = await screen.findByRole('region', { name: 'Customer notices' });
  return { ...rendered, section };
}

const fmt = (value: number) => value.toLocaleString('en');

describe('Incident notices', () => {
  it('shows each notice with its audience size, channels, people and five parts, hostile text as text', async () => {
    await signedInAs('legal');
    const { affectedAccountCount } = await incident();
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [
        notice({
          id: 'ntc_a',
          status: 'approved',
          approverId: demoStaff.legal2.id,
          audience: 'public',
          channels: ['public_announcement'],
          publicReason: `Reason ${hostileText}`,
          content: {
            natureAndImpact: `Nature ${hostileText}`,
            measuresTaken: `Measures ${hostileText}`,
            userSuggestions: `Suggestions ${hostileText}`,
            remedies: `Remedies ${hostileText}`,
            contact: `Contact ${hostileText}`,
          },
        }),
        notice({ id: 'ntc_b', authorId: demoStaff.analyst.id }),
        notice({
          id: 'ntc_c',
          audience: 'account_ids',
          accountIds: ['acc_a1', 'acc_b2', 'acc_c3'],
          channels: ['letter'],
        }),
      ],
    });
    const { section } = await openWorkspace();

    const first = await within(section).findByRole('article', { name: 'Notice 1' });
    expect(first).toHaveTextContent('Approved');
    expect(first).toHaveTextContent('The public: the public (an announcement, no individual messages)');
    expect(first).toHaveTextContent('public announcement');
    expect(await within(first).findByText(demoStaff.legal2.name)).toBeInTheDocument();
    for (const part of ['Nature', 'Measures', 'Suggestions', 'Remedies', 'Contact', 'Reason']) {
      expect(first).toHaveTextContent(`${part} ${hostile.img} ${hostile.script} invoice⟨U+202E⟩fdp.exe`);
    }
    expect(section.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    const second = within(section).getByRole('article', { name: 'Notice 2' });
    expect(second).toHaveTextContent(
      `All affected customers: ${fmt(affectedAccountCount)} affected accounts`,
    );
    expect(second).toHaveTextContent('email and push notification');
    expect(await within(second).findByText(demoStaff.analyst.name)).toBeInTheDocument();
    expect(second).toHaveTextContent('Not yet approved');

    const third = within(section).getByRole('article', { name: 'Notice 3' });
    expect(third).toHaveTextContent('Chosen accounts: 3 named accounts');
  });

  it('says what to do when there is no notice yet, and offers drafting only to those who may draft', async () => {
    await signedInAs('legal');
    stubNoticesApi({ incidentId, me: demoStaff.legal.id });
    const { section } = await openWorkspace();
    expect(await within(section).findByText('No notice drafted yet')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Draft a notice' })).toBeInTheDocument();
  });

  it('explains a failed load and reads again on Retry', async () => {
    await signedInAs('analyst');
    server.use(
      http.get(`*/api/v1/incidents/${incidentId}/notices`, () =>
        HttpResponse.json({ title: 'Down', status: 503 }, { status: 503, headers: { 'Retry-After': '0' } }),
      ),
    );
    const { section, user } = await openWorkspace();
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The notices could not be loaded');
    stubNoticesApi({ incidentId, me: demoStaff.analyst.id, notices: [notice()] });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(section).findByRole('article', { name: 'Notice 1' })).toBeInTheDocument();
  });
});

describe('Drafting a notice', () => {
  /** Signed in as the analyst, the notices empty, the drafting dialog open. */
  async function draftDialog() {
    await signedInAs('analyst');
    stubNoticesApi({ incidentId, me: demoStaff.analyst.id });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    await user.click(within(section).getByRole('button', { name: 'Draft a notice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft a notice' });
    return { section, user, dialog, requests };
  }

  it('asks for at least one channel, and for the reason a public announcement needs', async () => {
    const { user, dialog, requests } = await draftDialog();
    // No channel.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Email' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    expect(await within(dialog).findByText('Choose at least one channel')).toBeInTheDocument();

    // A public announcement needs its reason, and says the policy.
    expect(
      within(dialog).queryByRole('textbox', { name: /Why individual notice is impractical/ }),
    ).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Public announcement' }));
    const reason = within(dialog).getByRole('textbox', { name: /Why individual notice is impractical/ });
    expect(dialog).toHaveTextContent(
      'a public announcement only when notifying each person individually is impractical',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    expect(
      await within(dialog).findByText('Say why notifying each person individually is impractical'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Public announcement' }));
    expect(reason).not.toBeInTheDocument();
    // The public audience needs it too.
    await user.click(within(dialog).getByRole('radio', { name: 'The public' }));
    expect(
      within(dialog).getByRole('textbox', { name: /Why individual notice is impractical/ }),
    ).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);
  });

  it('keeps what was typed when Escape is pressed, and closes on Escape only when nothing was typed', async () => {
    const { section, user, dialog } = await draftDialog();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Whom to contact' }),
      'privacy@digfashions.example',
    );
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Draft a notice' })).toBe(dialog);
    expect(within(dialog).getByRole('textbox', { name: 'Whom to contact' })).toHaveValue(
      'privacy@digfashions.example',
    );
    // Cancel is the deliberate way out; a fresh dialog then closes on Escape.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Draft a notice' })).toBeNull();
    });
    await user.click(within(section).getByRole('button', { name: 'Draft a notice' }));
    await screen.findByRole('dialog', { name: 'Draft a notice' });
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Draft a notice' })).toBeNull();
    });
  });

  it('asks for the named accounts, and names pasted text that is not an account id', async () => {
    const { user, dialog, requests } = await draftDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Chosen accounts/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    expect(await within(dialog).findByText('Name the accounts to notify')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: /Account ids to notify/ }));
    await user.paste('acc_k1 bob@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    expect(
      await within(dialog).findByText(/Not account ids \(they start with acc_\): bob@example\.com/),
    ).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);
  });

  it('saves a draft with parts still empty once on a double click, and lists the parts still missing', async () => {
    const { section, user, dialog, requests } = await draftDialog();
    // Every part has its label and guidance; none is written yet.
    expect(
      within(dialog).getByRole('textbox', { name: 'What happened and its likely impact' }),
    ).toHaveAccessibleDescription(/which of the customer’s data it touched/);
    expect(within(dialog).getByRole('note', { name: 'Parts still to write' })).toHaveTextContent(
      'Still to write before the notice can be approved: What happened and its likely impact; What we did and will do; How customers can protect themselves; Remedies open to customers; Whom to contact.',
    );
    await user.click(within(dialog).getByRole('radio', { name: /^Chosen accounts/ }));
    await user.click(within(dialog).getByRole('textbox', { name: /Account ids to notify/ }));
    await user.paste('acc_k1, acc_k2\nacc_k1');
    expect(within(dialog).getByRole('radio', { name: 'Chosen accounts (2 named accounts)' })).toBeChecked();
    await user.click(within(dialog).getByRole('textbox', { name: 'What happened and its likely impact' }));
    await user.paste('Order history exposed');
    expect(within(dialog).getByRole('note', { name: 'Parts still to write' })).not.toHaveTextContent(
      'What happened and its likely impact',
    );
    await user.dblClick(within(dialog).getByRole('button', { name: 'Save draft' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Draft a notice' })).not.toBeInTheDocument();
    });
    const posts = await requests.matching({ method: 'POST', path: `/incidents/${incidentId}/notices` });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[0]?.body).toEqual({
      audience: 'account_ids',
      accountIds: ['acc_k1', 'acc_k2'],
      channels: ['email'],
      content: {
        ...Object.fromEntries(Object.keys(fullContent).map((key) => [key, ''])),
        natureAndImpact: 'Order history exposed',
      },
    });
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    expect(card).toHaveTextContent('Still to write before approval: What we did and will do;');
    expect(within(card).queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('edits a draft with If-Match, and on a colleague’s save keeps what was typed', async () => {
    await signedInAs('legal');
    const stub = stubNoticesApi({ incidentId, me: demoStaff.legal.id, notices: [notice({ version: 3 })] });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(card).getByRole('button', { name: 'Edit draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the draft notice' });
    const contact = within(dialog).getByRole('textbox', { name: 'Whom to contact' });
    await user.clear(contact);
    await user.paste('dpo@digfashions.example');
    // A colleague saves the draft meanwhile.
    const theirs = { ...notice({ version: 4 }), content: { ...fullContent, remedies: 'Their remedies' } };
    stub.notices.splice(0, 1, theirs);
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    const conflictDialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(conflictDialog).toHaveTextContent('Their remedies');
    await user.click(within(conflictDialog).getByRole('button', { name: 'Back to my change' }));
    expect(within(dialog).getByRole('textbox', { name: 'Whom to contact' })).toHaveValue(
      'dpo@digfashions.example',
    );
    const patches = await requests.matching({ method: 'PATCH' });
    expect(patches).toHaveLength(1);
    expect(patches[0]?.ifMatch).toBe('"3"');

    // Taking theirs shows their draft in the form, and the next save is made on their version.
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    const again = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    await user.click(within(again).getByRole('button', { name: 'Keep their version' }));
    expect(within(dialog).getByRole('textbox', { name: 'Remedies open to customers' })).toHaveValue(
      'Their remedies',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Whom to contact' })).toHaveValue(fullContent.contact);
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Edit the draft notice' })).not.toBeInTheDocument();
    });
    expect((await requests.matching({ method: 'PATCH' })).map((request) => request.ifMatch)).toEqual([
      '"3"',
      '"3"',
      '"4"',
    ]);
  });

  it('offers no edit of an approved notice, and explains a 409 when a draft was approved meanwhile', async () => {
    await signedInAs('legal');
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [
        notice({ id: 'ntc_a', status: 'approved', approverId: demoStaff.legal2.id }),
        notice({ id: 'ntc_b' }),
      ],
    });
    const { section, user } = await openWorkspace();
    const approved = await within(section).findByRole('article', { name: 'Notice 1' });
    expect(within(approved).queryByRole('button', { name: 'Edit draft' })).toBeNull();
    server.use(
      http.patch(`*/api/v1/incidents/${incidentId}/notices/ntc_b`, () =>
        conflict('The notice is approved: only a draft can be edited.').toResponse(),
      ),
    );
    const draft = within(section).getByRole('article', { name: 'Notice 2' });
    await user.click(within(draft).getByRole('button', { name: 'Edit draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the draft notice' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Whom to contact' }));
    await user.keyboard('{End}');
    await user.paste(' (weekdays)');
    await user.click(within(dialog).getByRole('button', { name: 'Save draft' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'An approved or sent notice can no longer be edited: what you typed is still here',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Whom to contact' })).toHaveValue(
      `${fullContent.contact} (weekdays)`,
    );
  });
});

describe('Four-eyes approval', () => {
  it('never offers Approve to the author, and lets a second person approve with If-Match', async () => {
    await signedInAs('legal');
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [notice({ authorId: demoStaff.legal.id })],
    });
    const first = await openWorkspace();
    const own = await within(first.section).findByRole('article', { name: 'Notice 1' });
    expect(own).toHaveTextContent('Another person must approve a notice you wrote.');
    expect(within(own).queryByRole('button', { name: 'Approve' })).toBeNull();
    first.unmount();

    await signedInAs('legal2');
    server.resetHandlers();
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal2.id,
      notices: [notice({ authorId: demoStaff.legal.id })],
    });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.dblClick(within(card).getByRole('button', { name: 'Approve' }));
    await waitFor(() => {
      expect(card).toHaveTextContent('Approved');
    });
    expect(await within(card).findByText(demoStaff.legal2.name)).toBeInTheDocument();
    const approvals = await requests.matching({ method: 'POST', path: /\/approve$/ });
    expect(approvals).toHaveLength(1);
    expect(approvals[0]?.ifMatch).toBe('"3"');
  });

  it('offers an analyst no Approve, and explains a forced 403', async () => {
    await signedInAs('analyst');
    stubNoticesApi({ incidentId, me: demoStaff.analyst.id, notices: [notice()] });
    const analyst = await openWorkspace();
    const card = await within(analyst.section).findByRole('article', { name: 'Notice 1' });
    expect(within(card).queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(card).toHaveTextContent('Legal or the privacy officer approves the notice');
    analyst.unmount();

    // The API says the signed-in person wrote it (the page showed another author).
    await signedInAs('legal2');
    server.resetHandlers();
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal2.id,
      notices: [notice({ authorId: demoStaff.legal2.id })],
    });
    server.use(http.get(`*/api/v1/incidents/${incidentId}/notices`, () => HttpResponse.json([notice()])));
    const { section, user } = await openWorkspace();
    const shown = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(shown).getByRole('button', { name: 'Approve' }));
    expect(await within(shown).findByRole('alert')).toHaveTextContent(
      'another person must approve a notice you wrote (four-eyes)',
    );
  });
});

describe('Four-eyes approval refused by state', () => {
  it('explains a 409 naming the empty parts and shows the notice as it is now', async () => {
    await signedInAs('legal2');
    stubNoticesApi({ incidentId, me: demoStaff.legal2.id, notices: [notice()] });
    server.use(
      http.post(`*/api/v1/incidents/${incidentId}/notices/ntc_stub1/approve`, () =>
        conflict('These parts are empty: remedies.').toResponse(),
      ),
    );
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(card).getByRole('button', { name: 'Approve' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'These parts are empty: remedies. The section now shows the notice as it is.',
    );
  });
});

describe('Sending a notice', () => {
  const sending = batchReply('sending', 4, [
    { channel: 'email', sent: 1, delivered: 1, failed: 0 },
    { channel: 'push', sent: 1, delivered: 0, failed: 0 },
  ]);
  const completed = batchReply(
    'completed',
    4,
    [
      { channel: 'email', sent: 3, delivered: 2, failed: 1 },
      { channel: 'push', sent: 1, delivered: 1, failed: 0 },
    ],
    { failures: [{ reason: 'bounced', count: 1 }], finishedAt: '2026-11-30T10:05:00.000Z' },
  );

  it('restates audience size and channels, sends once on a double click, and follows the batch to completion', async () => {
    await signedInAs('legal');
    const { affectedAccountCount } = await incident();
    const stub = stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [notice({ status: 'approved', approverId: demoStaff.legal2.id })],
      batchReplies: [sending, completed],
    });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(card).getByRole('button', { name: 'Send…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this notice?' });
    expect(dialog).toHaveTextContent(
      `Send to ${fmt(affectedAccountCount)} affected accounts by email and push notification?`,
    );
    await user.dblClick(within(dialog).getByRole('button', { name: 'Send notice' }));
    const progress = await within(card).findByRole('progressbar', { name: 'Messages sent' });
    expect(screen.queryByRole('dialog', { name: 'Send this notice?' })).not.toBeInTheDocument();
    const channels = within(card).getByRole('table', { name: 'Delivery by channel' });
    expect(channels).toHaveTextContent('Email');
    // The batch completes on the next read.
    await waitFor(
      () => {
        expect(progress).toHaveAttribute('aria-valuenow', '100');
      },
      { timeout: 8_000 },
    );
    expect(card).toHaveTextContent('Completed: 3 delivered and 1 failed of 4.');
    expect(within(card).getByRole('table', { name: 'Failures by reason' })).toHaveTextContent('Bounced1');
    expect(within(card).getByText('Sending completed: 3 delivered, 1 failed.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(
      await requests.matching({ method: 'POST', path: `/incidents/${incidentId}/notifications` }),
    ).toHaveLength(1);
    expect(stub.batchesMade()).toBe(1);
  });

  it('sends the same Idempotency-Key again after a network error, so one batch is made', async () => {
    await signedInAs('legal');
    const stub = stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [notice({ status: 'approved', approverId: demoStaff.legal2.id })],
      batchReplies: [sending],
      loseFirstSendReply: true,
    });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(card).getByRole('button', { name: 'Send…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this notice?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send notice' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server could not be reached');
    await user.click(within(dialog).getByRole('button', { name: 'Send notice' }));
    expect(await within(card).findByRole('progressbar', { name: 'Messages sent' })).toBeInTheDocument();
    const posts = await requests.matching({ method: 'POST', path: `/incidents/${incidentId}/notifications` });
    expect(posts).toHaveLength(2);
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    expect(stub.batchesMade()).toBe(1);
  });

  it('explains a 409 for a notice a colleague already sent, and follows that batch', async () => {
    await signedInAs('dpo');
    const stub = stubNoticesApi({
      incidentId,
      me: demoStaff.dpo.id,
      notices: [notice({ status: 'approved', approverId: demoStaff.legal2.id })],
      batches: { bat_theirs: [sending] },
    });
    const requests = recordRequests();
    const { section, user } = await openWorkspace();
    const card = await within(section).findByRole('article', { name: 'Notice 1' });
    await user.click(within(card).getByRole('button', { name: 'Send…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this notice?' });
    // A colleague sends it first.
    stub.notices.splice(
      0,
      1,
      notice({ status: 'sent', approverId: demoStaff.legal2.id, batchId: 'bat_theirs', version: 5 }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send notice' }));
    expect(
      await within(card).findByText(
        /This notice was already sent, as batch bat_theirs: nothing was sent a second time/,
      ),
    ).toBeInTheDocument();
    expect(
      await within(card).findByRole('region', { name: 'Sending of batch bat_theirs' }),
    ).toBeInTheDocument();
    expect(stub.batchesMade()).toBe(0);
    expect(
      await requests.matching({ method: 'GET', path: `/incidents/${incidentId}/notifications/bat_theirs` }),
    ).not.toHaveLength(0);
  });

  it('resumes following the same batch after a reload', async () => {
    await signedInAs('legal');
    const sentNotice = notice({
      status: 'sent',
      approverId: demoStaff.legal2.id,
      batchId: 'bat_live',
      version: 5,
    });
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [sentNotice],
      batches: { bat_live: [sending] },
    });
    const first = await openWorkspace();
    expect(
      await within(first.section).findByRole('region', { name: 'Sending of batch bat_live' }),
    ).toHaveTextContent('2 of 4 sent');
    first.unmount();
    const requests = recordRequests();
    const { section } = await openWorkspace();
    expect(
      await within(section).findByRole('region', { name: 'Sending of batch bat_live' }),
    ).toBeInTheDocument();
    expect(
      await requests.matching({ method: 'GET', path: `/incidents/${incidentId}/notifications/bat_live` }),
    ).toHaveLength(1);
    expect(await requests.matching({ method: 'POST' })).toEqual([]);
  });

  it('says why a batch failed and lists the failures by reason, as text', async () => {
    await signedInAs('legal');
    const failed = batchReply(
      'failed',
      4,
      [
        { channel: 'email', sent: 2, delivered: 1, failed: 1 },
        { channel: 'push', sent: 1, delivered: 0, failed: 1 },
      ],
      {
        failureDetail: `The mail provider refused the batch ${hostileText}`,
        failures: [
          { reason: 'unreachable', count: 1 },
          { reason: 'opted_out_of_channel', count: 1 },
        ],
        finishedAt: '2026-11-30T10:02:00.000Z',
      },
    );
    stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [notice({ status: 'sent', approverId: demoStaff.legal2.id, batchId: 'bat_dead' })],
      batches: { bat_dead: [failed] },
    });
    const { section } = await openWorkspace();
    const batch = await within(section).findByRole('region', { name: 'Sending of batch bat_dead' });
    expect(batch).toHaveTextContent('The batch failed');
    expect(batch).toHaveTextContent(
      `The mail provider refused the batch ${hostile.img} ${hostile.script} invoice⟨U+202E⟩fdp.exe`,
    );
    expect(batch.querySelector('img, script')).toBeNull();
    expect(batch).toHaveTextContent('1 of 4 were never sent.');
    const reasons = within(batch).getByRole('table', { name: 'Failures by reason' });
    expect(reasons).toHaveTextContent('Could not be reached1');
    expect(reasons).toHaveTextContent('Opted out of this channel1');
    expect(within(batch).getByRole('status')).toHaveTextContent('Sending failed after 3 of 4 sent.');
  });
});
