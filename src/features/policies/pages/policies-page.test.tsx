import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { PolicyVersion } from '@/shared/contract/policies';
import { day, hour, minute } from '@mocks/clock';
import { knownPolicies } from '@mocks/db/known-policies';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { failing, healthy, networkError } from '@mocks/scenarios/faults';
import { policyDraftBy, scheduledPolicy } from '@mocks/scenarios/policies';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

/** The section of one status, once the list is on screen. */
async function section(name: RegExp): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** The rows of a section's table, without the header row. */
function rowsOf(region: HTMLElement): HTMLElement[] {
  return within(region).getAllByRole('row').slice(1);
}

async function version(id: string): Promise<PolicyVersion> {
  const reply = await callApi<PolicyVersion>(`/policies/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('Policy versions list', () => {
  it('shows the version in force first, then drafts, in review, scheduled with its countdown, and history newest first', async () => {
    await signedInAs('support');
    scheduledPolicy({ effectiveInMs: 3 * day + 2 * hour + 30 * minute });
    const [inForce, previous, scheduled] = await Promise.all([
      version(knownPolicies.inForce),
      version(knownPolicies.previous),
      version(knownPolicies.approved),
    ]);
    renderApp('/policies');

    await section(/^In force/);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'In force (1)',
      'Drafts (1)',
      'In review (1)',
      'Scheduled (1)',
      'History (9)',
    ]);

    const [current] = rowsOf(await section(/^In force/));
    expect(current).toHaveTextContent(inForce.label);
    expect(current).toHaveTextContent(inForce.title);
    expect(within(current ?? document.body).getByRole('link', { name: inForce.label })).toHaveAttribute(
      'href',
      `/policies/${knownPolicies.inForce}`,
    );
    // Author and reviewer by name, not by id.
    await waitFor(() => {
      expect(current).toHaveTextContent('Jonas Weber');
    });

    const [soon] = rowsOf(await section(/^Scheduled/));
    expect(soon).toHaveTextContent(scheduled.label);
    expect(soon).toHaveTextContent('in 3 days 2 hours');

    const history = rowsOf(await section(/^History/));
    expect(history[0]).toHaveTextContent(previous.label);
    expect(history).toHaveLength(9);
  });

  it('moves a scheduled version to In force once its moment passes by server time', async () => {
    await signedInAs('support');
    scheduledPolicy({ effectiveInMs: 2500 });
    const scheduled = await version(knownPolicies.approved);
    renderApp('/policies');
    expect(rowsOf(await section(/^Scheduled/))[0]).toHaveTextContent(scheduled.label);

    // No reload: the countdown reaches its moment and reads the list again.
    await waitFor(() => {
      expect(rowsOf(screen.getByRole('region', { name: /^In force/ }))[0]).toHaveTextContent(scheduled.label);
    });
    expect(screen.queryByRole('region', { name: /^Scheduled/ })).not.toBeInTheDocument();
    expect(rowsOf(screen.getByRole('region', { name: /^History/ }))).toHaveLength(10);
  });

  it('offers support no new draft, and legal a new draft from the version in force by default', async () => {
    await signedInAs('support');
    const first = renderApp('/policies');
    await section(/^In force/);
    expect(screen.queryByRole('button', { name: /New draft/ })).not.toBeInTheDocument();
    first.unmount();

    await signedInAs('legal');
    const { user, router } = renderApp('/policies');
    await section(/^In force/);
    const requests = recordRequests();
    await user.click(screen.getByRole('button', { name: 'New draft from…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New draft' });
    expect(within(dialog).getByRole('combobox', { name: 'Copy of' })).toHaveValue(knownPolicies.inForce);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create draft' }));

    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/^\/policies\/pol_[a-z0-9]+\/edit$/);
    });
    const posts = await requests.matching({ method: 'POST', path: '/policies' });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ basedOn: knownPolicies.inForce });
    expect(posts[0]?.idempotencyKey).toBeTruthy();
  });

  it('makes one draft from the chosen base when the first try lost its connection', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/policies');
    await section(/^In force/);
    const requests = recordRequests();
    networkError('policies', { times: 1, method: 'POST' });
    await user.click(screen.getByRole('button', { name: 'New draft from…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New draft' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Copy of' }),
      knownPolicies.previous,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server could not be reached');

    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    await waitFor(() => {
      expect(currentUrl(router)).toMatch(/\/edit$/);
    });
    const posts = await requests.matching({ method: 'POST', path: '/policies' });
    expect(posts.map((post) => post.body)).toEqual([
      { basedOn: knownPolicies.previous },
      { basedOn: knownPolicies.previous },
    ]);
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const drafts = await callApi<PolicyVersion[]>('/policies?status=draft');
    expect(drafts.body.filter((draft) => draft.basedOn === knownPolicies.previous)).toHaveLength(1);
  });

  it('says the list could not be loaded, and shows it after Retry', async () => {
    await signedInAs('support');
    failing('policies', 503);
    const { user } = renderApp('/policies');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The policy versions could not be loaded');
    healthy('policies');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await section(/^In force/)).toBeInTheDocument();
  });

  it('prints a hostile title as text: bidi controls as marks, markup never parsed', async () => {
    await signedInAs('legal');
    policyDraftBy('legal', {
      title: 'Update\u202Efdp.exe <script>window.hacked = 1</script><img src=x onerror=alert(1)>',
    });
    renderApp('/policies');
    const drafts = await section(/^Drafts/);
    const hostile = rowsOf(drafts).find((row) => row.textContent.includes('Update'));
    expect(hostile).toHaveTextContent(
      'Update⟨U+202E⟩fdp.exe <script>window.hacked = 1</script><img src=x onerror=alert(1)>',
    );
    expect(hostile?.querySelector('script, img')).toBeNull();
  });

  it('names a hostile base in the new-draft choice with its bidi controls as marks', async () => {
    await signedInAs('legal');
    const id = policyDraftBy('legal', { title: 'Base\u202Efdp.exe' });
    const { user } = renderApp('/policies');
    await section(/^Drafts/);
    await user.click(screen.getByRole('button', { name: 'New draft from…' }));
    const choice = within(await screen.findByRole('dialog', { name: 'New draft' })).getByRole('combobox', {
      name: 'Copy of',
    });
    const option = within(choice)
      .getAllByRole('option')
      .find((each) => (each as HTMLOptionElement).value === id);
    expect(option?.textContent).toContain('Base⟨U+202E⟩fdp.exe');
    expect(option?.textContent).not.toContain('\u202E');
  });

  it('says when there are no versions at all, and offers no new draft without a base', async () => {
    await signedInAs('legal');
    server.use(http.get('*/api/v1/policies', () => HttpResponse.json([])));
    renderApp('/policies');
    expect(await screen.findByText('No policy versions yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New draft from…' })).toBeDisabled();
  });

  it('moves between versions with j and k and opens one with Enter', async () => {
    await signedInAs('support');
    const { user, router } = renderApp('/policies');
    await section(/^In force/);
    await user.keyboard('j');
    expect(screen.getAllByRole('link', { name: /^\d{4}\.\d+$/ })[0]).toHaveFocus();
    await user.keyboard('jjk');
    const drafts = await section(/^Drafts/);
    const draftLink = within(drafts).getAllByRole('link')[0];
    expect(draftLink).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/policies/${knownPolicies.draft}`);
    });
  });
});
