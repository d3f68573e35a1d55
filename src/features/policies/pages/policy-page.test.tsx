import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { PolicyVersion, ReconsentProgressEntry } from '@/shared/contract/policies';
import { knownPolicies } from '@mocks/db/known-policies';
import { demoStaff } from '@mocks/db/staff';
import { serverFault } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { failing, healthy, networkError } from '@mocks/scenarios/faults';
import {
  colleagueEditsPolicy,
  colleagueRejectsPolicy,
  policyDraftBy,
  policySubmitted,
  scheduledPolicy,
} from '@mocks/scenarios/policies';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

async function version(id: string): Promise<PolicyVersion> {
  const reply = await callApi<PolicyVersion>(`/policies/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

/** Opens the version page and waits for its heading (the version's title). */
async function openVersion(id: string, heading?: string) {
  const shown = await version(id);
  const rendered = renderApp(`/policies/${id}`);
  await screen.findByRole('heading', { level: 1, name: heading ?? shown.title });
  return { ...rendered, shown };
}

/** The value cell of a labelled fact. */
function fact(label: string): HTMLElement {
  const facts = screen.getByRole('table', { name: 'Facts of the version' });
  const cell = within(facts).getByRole('rowheader', { name: label }).parentElement?.querySelector('td');
  if (!cell) throw new Error(`no fact ${label}`);
  return cell;
}

const historySteps = () =>
  within(screen.getByRole('region', { name: 'History' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('Policy version page', () => {
  it('shows support the version in force: text, facts, history oldest first and re-consent progress, and no actions', async () => {
    await signedInAs('support');
    const progress = await callApi<ReconsentProgressEntry[]>(
      `/policies/${knownPolicies.inForce}/reconsent-progress`,
    );
    const { shown } = await openVersion(knownPolicies.inForce);

    expect(screen.getByText(`Version ${shown.label}`)).toBeInTheDocument();
    expect(screen.getByText('In force')).toBeInTheDocument();
    const text = screen.getByRole('article', { name: 'Policy text' });
    expect(
      await within(text).findByRole('heading', { name: 'DigFashions privacy policy' }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(fact('Author')).toHaveTextContent(/^(Jonas Weber|Jing Chen)$/);
    });
    expect(fact('Based on')).toHaveTextContent('2026.1');

    const steps = historySteps();
    expect(steps[0]).toMatch(/^Created by /);
    expect(steps.at(-1)).toMatch(/^Took effect on schedule/);

    const [first] = progress.body;
    if (!first) throw new Error('the version in force asked no purpose again');
    const table = await screen.findByRole('table', { name: 'Re-consent progress' });
    const row = await within(table).findByRole('row', { name: /Analytics/ });
    for (const count of [first.asked, first.granted, first.withdrawn, first.pending]) {
      expect(row).toHaveTextContent(count.toLocaleString());
    }

    for (const name of [/Edit/, /Submit for review/, /Approve/, /Reject/, /Schedule/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Compare with its base' })).toHaveAttribute(
      'href',
      `/policies/${knownPolicies.inForce}/diff?against=${knownPolicies.previous}`,
    );
  });

  it('offers support no review or editing on a version in review or a draft', async () => {
    await signedInAs('support');
    const inReview = await openVersion(knownPolicies.inReview);
    expect(screen.queryByRole('button', { name: /Approve|Reject/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/must review this version/)).not.toBeInTheDocument();
    inReview.unmount();

    await openVersion(knownPolicies.draft);
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    // Reading what changed is for everyone.
    expect(screen.getByRole('link', { name: 'Compare with the version in force' })).toHaveAttribute(
      'href',
      `/policies/${knownPolicies.draft}/diff`,
    );
    // Its base is the version in force: one compare link says it all.
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Compare with its base' })).not.toBeInTheDocument();
    });
  });

  it('never offers the author Approve or Reject, and says a colleague must review', async () => {
    await signedInAs('legal2');
    await openVersion(knownPolicies.inReview);
    expect(
      screen.getByText(/A colleague in legal or the privacy officer must review this version/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reject/ })).not.toBeInTheDocument();
  });

  it('explains the API’s four-eyes refusal when the author approves anyway', async () => {
    await signedInAs('legal2');
    const real = await version(knownPolicies.inReview);
    // A stale page that names someone else as the author: the API still knows better.
    server.use(
      http.get(`*/api/v1/policies/${knownPolicies.inReview}`, () =>
        HttpResponse.json(
          { ...real, authorId: demoStaff.legal.id },
          { headers: { ETag: `"${String(real.version)}"` } },
        ),
      ),
    );
    const { user } = await openVersion(knownPolicies.inReview);
    await user.click(screen.getByRole('button', { name: 'Approve…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve this version' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The API refused: you wrote this version, and a version is approved or rejected by a colleague other than its author (four-eyes).',
    );
    const current = await version(knownPolicies.inReview);
    expect(current.status).toBe('in_review');
  });

  it('lets a colleague approve with a comment, on the version read, with one request for a double click', async () => {
    await signedInAs('legal');
    const { user, shown } = await openVersion(knownPolicies.inReview);
    const requests = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Approve…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve this version' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Comment (optional)' }),
      'Clear and complete.',
    );
    await user.dblClick(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(screen.getByText(`Version ${shown.label}`).parentElement).toHaveTextContent('Approved');
    });
    const approvals = await requests.matching({
      method: 'POST',
      path: `/policies/${knownPolicies.inReview}/approve`,
    });
    expect(approvals).toHaveLength(1);
    expect(approvals[0]?.ifMatch).toBe(`"${String(shown.version)}"`);
    expect(approvals[0]?.body).toEqual({ comment: 'Clear and complete.' });
    expect(historySteps().at(-1)).toMatch(/^Approved by Jonas Weber · .*Clear and complete\.$/);
    expect(screen.getByRole('link', { name: 'Schedule' })).toHaveAttribute(
      'href',
      `/policies/${knownPolicies.inReview}/schedule`,
    );
  });

  it('asks for a comment before a rejection, and shows the author who rejected and why', async () => {
    await signedInAs('dpo');
    const first = await openVersion(knownPolicies.inReview);
    const requests = recordRequests();
    await first.user.click(screen.getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this version' });
    await first.user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Say what needs to change')).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);

    await first.user.type(
      within(dialog).getByRole('textbox', { name: /What needs to change/ }),
      'Name the complaint form’s address.',
    );
    await first.user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    first.unmount();

    await signedInAs('legal2');
    await openVersion(knownPolicies.inReview);
    const note = screen.getByRole('region', { name: 'Rejected in review' });
    await waitFor(() => {
      expect(note).toHaveTextContent(/^Rejected by Sofia Marques on /);
    });
    expect(note).toHaveTextContent('Name the complaint form’s address.');
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/policies/${knownPolicies.inReview}/edit`,
    );
  });

  it('opens the conflict dialog when a colleague rejected first, and keeps their version on request', async () => {
    await signedInAs('legal');
    const { user } = await openVersion(knownPolicies.inReview);
    colleagueRejectsPolicy(knownPolicies.inReview, 'Not yet.', 'dpo');
    await user.click(screen.getByRole('button', { name: 'Approve…' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Approve this version' })).getByRole('button', {
        name: 'Approve',
      }),
    );
    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    const status = within(conflict).getByRole('row', { name: /^Status/ });
    expect(status).toHaveTextContent('Draft');
    // A decision applies only to a version still in review.
    expect(within(conflict).queryByRole('button', { name: 'Approve their version' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Keep their version' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('region', { name: 'Rejected in review' })).toHaveTextContent('Not yet.');
  });

  it('submits the author’s draft once for a double click, on the version read', async () => {
    await signedInAs('legal');
    const { user, shown } = await openVersion(knownPolicies.draft);
    const requests = recordRequests();
    await user.dblClick(screen.getByRole('button', { name: 'Submit for review' }));
    expect(
      await screen.findByText(/A colleague in legal or the privacy officer must review/),
    ).toBeInTheDocument();
    const submits = await requests.matching({
      method: 'POST',
      path: `/policies/${knownPolicies.draft}/submit`,
    });
    expect(submits.map((submit) => submit.ifMatch)).toEqual([`"${String(shown.version)}"`]);
    expect(historySteps().at(-1)).toMatch(/^Submitted for review by Jonas Weber/);
  });

  it('submits the author’s draft, and after a colleague’s save submits their version when asked', async () => {
    await signedInAs('legal');
    const { user } = await openVersion(knownPolicies.draft);
    colleagueEditsPolicy(knownPolicies.draft, { title: 'Search history kept for six months (reworded)' });
    const requests = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(within(conflict).getByRole('row', { name: /^Title/ })).toHaveTextContent('(reworded)');
    await user.click(within(conflict).getByRole('button', { name: 'Submit their version' }));

    expect(
      await screen.findByText(/A colleague in legal or the privacy officer must review/),
    ).toBeInTheDocument();
    const submits = await requests.matching({
      method: 'POST',
      path: `/policies/${knownPolicies.draft}/submit`,
    });
    expect(submits).toHaveLength(2);
    expect(submits[1]?.ifMatch).not.toBe(submits[0]?.ifMatch);
  });

  it('prints a hostile title, summary and review comment as text', async () => {
    const hostile = 'Evil\u202Efdp.exe <script>window.hacked = 1</script>';
    const id = policyDraftBy('legal2', { title: `Title ${hostile}`, summary: `Summary ${hostile}` });
    policySubmitted(id);
    colleagueRejectsPolicy(id, `Comment ${hostile}`, 'legal');
    await signedInAs('legal2');
    const shown = 'Evil⟨U+202E⟩fdp.exe <script>window.hacked = 1</script>';
    await openVersion(id, `Title ${shown}`);
    expect(screen.getByRole('heading', { level: 1, name: `Title ${shown}` })).toBeInTheDocument();
    expect(fact('Summary')).toHaveTextContent(`Summary ${shown}`);
    expect(screen.getByRole('region', { name: 'Rejected in review' })).toHaveTextContent(`Comment ${shown}`);
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent(`Comment ${shown}`);
    expect(document.querySelector('main script')).toBeNull();
  });

  it('says a version could not be loaded and shows it after Retry; an unknown id is not found', async () => {
    await signedInAs('support');
    failing('policies', 503);
    const { user, unmount } = renderApp(`/policies/${knownPolicies.inForce}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The policy version could not be loaded');
    healthy('policies');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'Policy text' })).toBeInTheDocument();
    unmount();

    renderApp('/policies/pol_zzzzzz');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Policy version not found' }),
    ).toBeInTheDocument();
  });

  it('offers Retry for re-consent progress that could not be read', async () => {
    await signedInAs('support');
    server.use(http.get(`*/api/v1/policies/:id/reconsent-progress`, () => serverFault(503).toResponse()));
    const { user } = await openVersion(knownPolicies.inForce);
    const region = screen.getByRole('region', { name: 'Re-consent progress' });
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('The re-consent progress could not be loaded');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region).findByRole('table', { name: 'Re-consent progress' })).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when a review could not be sent', async () => {
    await signedInAs('legal');
    const { user } = await openVersion(knownPolicies.inReview);
    networkError('policies', { times: 1, method: 'POST' });
    await user.click(screen.getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this version' });
    await user.type(within(dialog).getByRole('textbox', { name: /What needs to change/ }), 'Too vague.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server could not be reached');
    expect(within(dialog).getByRole('textbox', { name: /What needs to change/ })).toHaveValue('Too vague.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect((await version(knownPolicies.inReview)).status).toBe('draft');
  });

  it('shows a scheduled version’s countdown to taking effect', async () => {
    await signedInAs('support');
    scheduledPolicy({ effectiveInMs: 2 * 60 * 60_000 + 30 * 60_000 });
    await openVersion(knownPolicies.approved);
    const panel = screen.getByRole('region', { name: 'Scheduled to take effect' });
    // The countdown runs on server time, read from the replies' Date header.
    await waitFor(() => {
      expect(within(panel).getByRole('timer', { name: 'Time until it takes effect' })).toHaveTextContent(
        /^Takes effect in 2 hours (29|30) minutes/,
      );
    });
    // Support reads the plan but is offered no Retract.
    expect(within(panel).queryByRole('button', { name: /retract/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Re-consent progress' })).not.toBeInTheDocument();
  });
});
