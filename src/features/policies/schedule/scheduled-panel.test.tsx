import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PolicyVersion } from '@/shared/contract/policies';
import { paths } from '@/shared/lib/paths';
import { sessionQueries } from '@/shared/session/session-queries';
import { day } from '@mocks/clock';
import { knownPolicies } from '@mocks/db/known-policies';
import { factoryNow } from '@mocks/factories/factory';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { scheduledPolicy } from '@mocks/scenarios/policies';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

// The panel is shown here through the schedule route, which renders it for a scheduled version;
// the version page renders the same component.

const minute = 60_000;
const hour = 60 * minute;

beforeEach(() => {
  pinClock(factoryNow);
});

async function openScheduled(who: Parameters<typeof signedInAs>[0], effectiveInMs: number) {
  const id = scheduledPolicy({ effectiveInMs });
  await signedInAs(who);
  const rendered = renderApp(paths.policySchedule(id));
  const panel = await screen.findByRole('region', { name: 'Scheduled to take effect' });
  return { ...rendered, id, panel };
}

/** Any reply of the API brings its `Date`: the console's server time follows the mock clock. */
async function readServerTime(queryClient: ReturnType<typeof renderApp>['queryClient']) {
  await act(async () => {
    await queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey });
  });
}

async function version(id: string) {
  return (await callApi<PolicyVersion>(`/policies/${id}`)).body;
}

describe('A scheduled version', () => {
  it('counts down to its effective time by server time, and is read again as published once it passes', async () => {
    const { panel, queryClient, id } = await openScheduled('legal', 2 * day + 3 * hour + 90_000);
    expect(within(panel).getByRole('timer')).toHaveTextContent('Takes effect in 2 days 3 hours');
    expect(within(panel).getByRole('table', { name: 'Notice plan' })).toHaveTextContent(
      /Channels\s*Email, Site banner/,
    );
    await waitFor(() => {
      expect(within(panel).getByRole('table', { name: 'Notice plan' })).toHaveTextContent(
        /Re-consent purposes\s*Personalized recommendations/,
      );
    });

    advanceClock(2 * day + 3 * hour + 60_000);
    await readServerTime(queryClient);
    await waitFor(() => {
      expect(within(panel).getByRole('timer')).toHaveTextContent('Takes effect in less than a minute');
    });

    const requests = recordRequests();
    advanceClock(minute);
    await readServerTime(queryClient);
    // Past the deadline the panel reads the version again: the mock has published it.
    expect(await screen.findByText(/It is already published and in force/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Scheduled to take effect' })).not.toBeInTheDocument();
    expect(await requests.matching({ method: 'GET', path: `/policies/${id}` })).not.toEqual([]);
    expect((await version(id)).status).toBe('published');
  });

  it('retracts after a confirmation, on the version shown, once for a double click', async () => {
    const { panel, user, id } = await openScheduled('legal', 3 * day);
    const before = await version(id);
    const requests = recordRequests();

    await user.click(within(panel).getByRole('button', { name: 'Retract…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retract version 2026.4?' });
    expect(dialog).toHaveTextContent(/It goes back to approved/);
    // The notice of this plan went out 8 days ago: the person is told customers already know.
    expect(dialog).toHaveTextContent(/The notice went out on .*customers were told/);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retract' }));

    // Approved again: the page offers the schedule form.
    expect(await screen.findByRole('form', { name: 'Schedule version 2026.4' })).toBeInTheDocument();
    const posts = await requests.matching({ method: 'POST', path: `/policies/${id}/retract` });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.ifMatch).toBe(`"${String(before.version)}"`);
    const after = await version(id);
    expect(after.status).toBe('approved');
    expect(after.effectiveAt).toBeUndefined();
  });

  it('explains a Retract refused because the version took effect meanwhile', async () => {
    const { panel, user } = await openScheduled('legal', minute);
    // The console has not heard of the time since: it still offers Retract.
    advanceClock(2 * minute);
    await user.click(within(panel).getByRole('button', { name: 'Retract…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retract version 2026.4?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retract' }));

    const title = await screen.findByText('It can no longer be retracted');
    expect(title.closest('[role="alert"]')).toHaveTextContent(/took effect .* make a new draft from it/);
    expect(screen.getByText(/It is already published and in force/)).toBeInTheDocument();
  });

  it('shows support the countdown and the plan, but no Retract', async () => {
    // Half a minute over 3 days: the console's clock runs on from the pinned time as the test runs.
    const { panel } = await openScheduled('support', 3 * day + 30_000);
    expect(within(panel).getByRole('timer')).toHaveTextContent('Takes effect in 3 days');
    expect(within(panel).queryByRole('button', { name: 'Retract…' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'version 2026.4' })).toHaveAttribute(
      'href',
      paths.policy(knownPolicies.approved),
    );
  });
});
