import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyVersion } from '@/shared/contract/policies';
import { paths } from '@/shared/lib/paths';
import { purposes } from '@mocks/db/consent-purposes';
import { knownPolicies } from '@mocks/db/known-policies';
import { commitPolicy } from '@mocks/db/policies/state';
import { factoryNow } from '@mocks/factories/factory';
import { policyFactory } from '@mocks/factories/policy';
import { badRequest } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { networkError } from '@mocks/scenarios/faults';
import { policyInReview, scheduledPolicy } from '@mocks/scenarios/policies';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

// Times in these tests are typed in Tokyo (UTC+9, no daylight saving) and the mock clock is
// pinned at 2026-11-25T09:00Z (18:00 in Tokyo) before each test builds its versions.
const previousZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = previousZone;
});

type User = ReturnType<typeof renderApp>['user'];

beforeEach(() => {
  pinClock(factoryNow);
});

async function openSchedule(
  id: string = knownPolicies.approved,
  who: Parameters<typeof signedInAs>[0] = 'legal',
) {
  await signedInAs(who);
  const rendered = renderApp(paths.policySchedule(id));
  return rendered;
}

async function openForm(id: string = knownPolicies.approved) {
  const rendered = await openSchedule(id);
  await screen.findByRole('form', { name: /Schedule version/ });
  return rendered;
}

function setTime(name: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(name), { target: { value } });
}

const scheduleButton = () => screen.getByRole('button', { name: 'Schedule…' });

async function version(id: string) {
  return (await callApi<PolicyVersion>(`/policies/${id}`)).body;
}

/** The plan the API accepts for 2026.4 (a significant change of the recommendations' use). */
async function fillValidPlan(user: User) {
  setTime(/Notice goes out/, '2026-12-03T09:00');
  setTime(/Takes effect/, '2026-12-10T09:00');
  await user.click(screen.getByRole('checkbox', { name: /Personalized recommendations/ }));
}

/** An approved version by legal2@, built with the factory's traits and put in the mock. */
function approvedVersion(overrides: Partial<PolicyVersion> = {}, ...traits: ('minor' | 'markup')[]): string {
  const policy = policyFactory.trait('approved', ...traits).build({ label: '2026.9', ...overrides });
  commitPolicy({ type: 'create', policy });
  return policy.id;
}

describe('Schedule a version', () => {
  it('checks each publishing rule before sending, on its field with its reason, then schedules once', async () => {
    const { user, router } = await openForm();
    const requests = recordRequests();

    // The plan as it opens asks nobody again, which a change of purpose may not do.
    await user.click(scheduleButton());
    const purposes = screen.getByRole('checkbox', { name: /Personalized recommendations/ });
    await waitFor(() => {
      expect(purposes).toHaveAccessibleDescription(
        expect.stringContaining(
          'ask customers to opt in again: choose the purposes. Privacy policy, consent',
        ),
      );
    });

    // A significant change without email or SMS, and taking effect 3 days after the notice.
    await user.click(purposes);
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    setTime(/Notice goes out/, '2026-12-03T09:00');
    setTime(/Takes effect/, '2026-12-06T09:00');
    await user.click(scheduleButton());
    await waitFor(() => {
      expect(screen.getByRole('checkbox', { name: 'SMS' })).toHaveAccessibleDescription(
        expect.stringContaining('announced by email or SMS, plus a site banner'),
      );
    });
    expect(screen.getByLabelText(/Takes effect/)).toHaveAccessibleDescription(
      expect.stringContaining('at least 7 days after the notice. Privacy policy, updates'),
    );
    // A notice in the past, by the server's clock.
    setTime(/Notice goes out/, '2026-11-25T09:00');
    await user.click(scheduleButton());
    await waitFor(() => {
      expect(screen.getByLabelText(/Notice goes out/)).toHaveAccessibleDescription(
        expect.stringContaining('cannot go out in the past'),
      );
    });
    expect(await requests.writes()).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    setTime(/Notice goes out/, '2026-12-03T09:00');
    setTime(/Takes effect/, '2026-12-10T09:00');
    await user.click(scheduleButton());
    const dialog = await screen.findByRole('dialog', { name: 'Schedule version 2026.4?' });
    // The confirmation restates when, how and whom.
    expect(dialog).toHaveTextContent(/takes effect on .*Dec.*10.*2026/);
    expect(dialog).toHaveTextContent(/SMS: [\d,]+ customers with a phone number/);
    expect(dialog).toHaveTextContent(/Site banner: everyone who visits the site/);
    expect(dialog).toHaveTextContent(/Personalized recommendations: [\d,]+ accounts/);

    await user.dblClick(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(paths.policy(knownPolicies.approved));
    });
    const posts = await requests.matching({
      method: 'POST',
      path: `/policies/${knownPolicies.approved}/publish`,
    });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.ifMatch).toMatch(/^"\d+"$/);
    // Typed in Tokyo, sent in UTC.
    expect(posts[0]?.body).toEqual({
      effectiveAt: '2026-12-10T00:00:00.000Z',
      notice: {
        channels: ['sms', 'site_banner'],
        sendAt: '2026-12-03T00:00:00.000Z',
        reconsentPurposes: ['personalized_recommendations'],
      },
    });
    const scheduled = await version(knownPolicies.approved);
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.effectiveAt).toBe('2026-12-10T00:00:00.000Z');
  });

  it('shows the times in the staff member’s zone, named, and what they are in UTC', async () => {
    await openForm();
    setTime(/Notice goes out/, '2026-12-10T09:00');
    expect(screen.getByLabelText(/Notice goes out/)).toHaveAccessibleDescription(
      expect.stringContaining('Asia/Tokyo (UTC+9)'),
    );
    expect(screen.getByText(/Sent as UTC: notice 2026-12-10 00:00 UTC/)).toBeInTheDocument();
  });

  it('schedules once for a retry after the connection failed, with the same Idempotency-Key', async () => {
    const { user, router } = await openForm();
    await fillValidPlan(user);
    const requests = recordRequests();
    networkError('policies', { times: 1, method: 'POST' });

    await user.click(scheduleButton());
    const dialog = await screen.findByRole('dialog', { name: 'Schedule version 2026.4?' });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(await within(dialog).findByText('The version was not scheduled')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe(paths.policy(knownPolicies.approved));
    });

    const posts = await requests.matching({
      method: 'POST',
      path: `/policies/${knownPolicies.approved}/publish`,
    });
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const scheduled = await version(knownPolicies.approved);
    expect(scheduled.history.filter((entry) => entry.action === 'scheduled')).toHaveLength(1);
  });

  it('puts the API’s 400s on their fields, and a refused change category on the form', async () => {
    const { user } = await openForm();
    await fillValidPlan(user);
    server.use(
      http.post('*/api/v1/policies/:id/publish', () =>
        badRequest([
          { field: 'notice.channels', message: 'The API wants a banner too' },
          { field: 'effectiveAt', message: 'The API wants a longer notice period' },
          { field: 'notice.reconsentPurposes', message: 'The API wants another purpose' },
          { field: 'changeCategories', message: 'A significant change names at least one change category' },
        ]).toResponse(),
      ),
    );

    await user.click(scheduleButton());
    const dialog = await screen.findByRole('dialog', { name: 'Schedule version 2026.4?' });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    await waitFor(() => {
      expect(screen.getByLabelText(/Takes effect/)).toHaveAccessibleDescription(
        'The API wants a longer notice period',
      );
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('checkbox', { name: 'Email' })).toHaveAccessibleDescription(
      'The API wants a banner too',
    );
    expect(
      screen.getByRole('checkbox', { name: /Personalized recommendations/ }),
    ).toHaveAccessibleDescription('The API wants another purpose');
    const form = screen.getByText('This version cannot be published as it is').closest('[role="alert"]');
    expect(form).toHaveTextContent('A significant change names at least one change category');
    expect(form).toHaveTextContent('must go back to draft');
    expect(within(form as HTMLElement).getByRole('link', { name: 'the version page' })).toHaveAttribute(
      'href',
      paths.policy(knownPolicies.approved),
    );
  });

  it('says a significant version without change categories must go back to draft, before sending', async () => {
    const id = approvedVersion({ changeCategories: [] });
    const { user } = await openForm(id);
    const requests = recordRequests();
    setTime(/Notice goes out/, '2026-12-03T09:00');
    setTime(/Takes effect/, '2026-12-10T09:00');

    await user.click(scheduleButton());

    expect(await screen.findByText('This version cannot be published as it is')).toBeInTheDocument();
    expect(
      screen.getByText(/names at least one change category\. Privacy policy, updates/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);
  });

  it('marks the purposes new in this version and asks for every one of them, naming the missing one', async () => {
    // A change of purpose in the version that introduced sensitive-data sharing.
    const since = purposes.find((purpose) => purpose.id === 'sensitive_data_sharing')?.since ?? '';
    const id = approvedVersion({ label: since, changeCategories: ['purpose_or_use'] });
    const { user } = await openForm(id);
    const requests = recordRequests();
    expect(screen.getByText(`New in ${since}`)).toBeInTheDocument();
    setTime(/Notice goes out/, '2026-12-03T09:00');
    setTime(/Takes effect/, '2026-12-10T09:00');
    await user.click(screen.getByRole('checkbox', { name: /Personalized recommendations/ }));

    await user.click(scheduleButton());

    await waitFor(() => {
      expect(screen.getByRole('checkbox', { name: /Sharing sensitive data/ })).toHaveAccessibleDescription(
        expect.stringContaining(
          'New purposes need explicit consent: add sensitive_data_sharing. Privacy policy, consent',
        ),
      );
    });
    expect(await requests.writes()).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: /Sharing sensitive data/ }));
    await user.click(scheduleButton());
    expect(await screen.findByRole('dialog', { name: `Schedule version ${since}?` })).toBeInTheDocument();
  });

  it('opens the conflict dialog when a colleague scheduled the version first, offering no overwrite', async () => {
    const { user } = await openForm();
    await fillValidPlan(user);
    await user.click(scheduleButton());
    const dialog = await screen.findByRole('dialog', { name: 'Schedule version 2026.4?' });
    // dpo@ schedules it with another plan meanwhile.
    scheduledPolicy({ id: knownPolicies.approved, effectiveInMs: 20 * 24 * 60 * 60_000 });

    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(within(conflict).getByRole('row', { name: /Status scheduled scheduled/ })).toBeInTheDocument();
    expect(
      within(conflict).queryByRole('button', { name: 'Schedule it with my plan' }),
    ).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Keep their version' }));
    // Their schedule is what the page shows now.
    expect(await screen.findByText('Version 2026.4 is already scheduled')).toBeInTheDocument();
  });

  it('previews what publishing does: the version replaced, the accounts asked, the reach and the customers’ text', async () => {
    const { user } = await openForm();
    expect(
      screen.getByText(/^A significant change \(Purpose or use\): the notice rules/),
    ).toBeInTheDocument();
    const preview = await screen.findByRole('region', { name: 'Publish preview' });
    const replaced = await within(preview).findByRole('link', { name: /^2026\.3 / });
    expect(replaced).toHaveAttribute('href', paths.policy(knownPolicies.inForce));
    expect(within(preview).getByText(/No re-consent purpose chosen/)).toBeInTheDocument();
    expect(within(preview).getByRole('list', { name: 'Reach per channel' })).toHaveTextContent(
      /Email: [\d,]+ customers with an email address/,
    );

    await user.click(screen.getByRole('checkbox', { name: /Personalized recommendations/ }));
    const asked = within(preview).getByRole('table', { name: 'Accounts asked per purpose' });
    expect(
      within(asked).getByRole('row', { name: /Personalized recommendations [\d,]+/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'In-app' }));
    expect(within(preview).getByRole('list', { name: 'Reach per channel' })).toHaveTextContent(
      'In-app: everyone who opens the app',
    );
    // A significant change: the banner says so first, and prominently.
    expect(within(preview).getByRole('figure', { name: 'Site banner' })).toHaveTextContent(
      /^Important: our privacy policy is changing \(version 2026\.4\)/,
    );
    expect(within(preview).getByText('Significant change: prominent notice')).toBeInTheDocument();
    expect(within(preview).getByRole('figure', { name: 'Email' })).toHaveTextContent(
      /Subject: Important changes/,
    );
  });

  it('shows a hostile summary in the banner and email previews as text', async () => {
    const id = approvedVersion({}, 'markup');
    await openForm(id);
    const preview = await screen.findByRole('region', { name: 'Publish preview' });
    const banner = within(preview).getByRole('figure', { name: 'Site banner' });
    expect(banner).toHaveTextContent('<img src=x onerror=alert(1)> summary');
    expect(within(preview).getByRole('figure', { name: 'Email' })).toHaveTextContent(
      '<img src=x onerror=alert(1)> summary',
    );
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('tells a person who may not schedule, or a version that is not approved, why, with the way to the version', async () => {
    await openSchedule(knownPolicies.approved, 'support');
    expect(
      await screen.findByText('Only legal and the privacy officer schedule policy versions'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'version 2026.4' })).toHaveAttribute(
      'href',
      paths.policy(knownPolicies.approved),
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('explains that a version in review cannot be scheduled yet', async () => {
    const id = policyInReview('legal2');
    await signedInAs('legal');
    renderApp(paths.policySchedule(id));
    expect(await screen.findByText('Only an approved version can be scheduled')).toBeInTheDocument();
    expect(screen.getByText(/It is in review/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
