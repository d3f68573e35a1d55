import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Incident, PatchIncidentRequest } from '@/shared/contract/incidents';
import { paths } from '@/shared/lib/paths';
import { clock, isoAt } from '@mocks/clock';
import { commitIncident } from '@mocks/db/incidents';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff, type DemoStaffKey } from '@mocks/db/staff';
import { factoryNow } from '@mocks/factories/factory';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { failing } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

const id = knownIncidents.open;
const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Eevil';

beforeEach(async () => {
  pinClock(factoryNow);
  await signedInAs('privacy_officer');
});

/** The incident as the API holds it now (read as the privacy officer, then the session is the test's again). */
async function incident(): Promise<Incident> {
  const reply = await callApi<Incident>(`/incidents/${id}`);
  if (reply.status !== 200) throw new Error(`GET /incidents/${id}: ${String(reply.status)}`);
  return reply.body;
}

/** A colleague saves facts of the incident now (its version moves on). */
function colleagueEdits(
  changes: Omit<PatchIncidentRequest, 'status' | 'regulatorDecision'>,
  by: DemoStaffKey = 'analyst2',
) {
  commitIncident({
    type: 'edit',
    incidentId: id,
    changes,
    text: `Facts edited: ${Object.keys(changes).join(', ')}`,
    at: isoAt(clock.now()),
    by: demoStaff[by].id,
  });
}

async function openFacts(who: Parameters<typeof signedInAs>[0] = 'analyst') {
  await signedInAs(who);
  const rendered = renderApp(paths.incident(id));
  const section = await screen.findByRole('region', { name: 'Facts' });
  return { ...rendered, section };
}

async function startEditing(section: HTMLElement, user: ReturnType<typeof renderApp>['user']) {
  await user.click(within(section).getByRole('button', { name: 'Edit facts' }));
  return within(section).findByRole('form', { name: 'Edit the facts' });
}

describe("The incident's facts", () => {
  it('sends only the changed facts with If-Match, once for a double click, and shows them saved', async () => {
    const before = await incident();
    const { section, user } = await openFacts('analyst');
    const form = await startEditing(section, user);
    const nature = within(form).getByRole('textbox', { name: 'Nature of the incident' });
    await user.clear(nature);
    await user.type(nature, 'Passwords leaked elsewhere were replayed');
    await user.type(within(form).getByRole('textbox', { name: 'Measures taken' }), 'Forced resets');

    const requests = recordRequests();
    await user.dblClick(within(form).getByRole('button', { name: 'Save facts' }));

    expect(await within(section).findByText('Passwords leaked elsewhere were replayed')).toBeInTheDocument();
    const patches = await requests.matching({ method: 'PATCH', path: `/incidents/${id}` });
    expect(patches).toHaveLength(1);
    expect(patches[0]?.ifMatch).toBe(`"${String(before.version)}"`);
    expect(patches[0]?.body).toEqual({
      nature: 'Passwords leaked elsewhere were replayed',
      measuresTaken: `${before.measuresTaken}Forced resets`.trim(),
    });
    const after = await incident();
    expect(after.version).toBe(before.version + 1);
    expect(after.title).toBe(before.title);
    expect(within(section).queryByRole('form', { name: 'Edit the facts' })).not.toBeInTheDocument();
  });

  it('on a colleague’s save meanwhile shows both, keeps the person’s text, and applies it on their version', async () => {
    const { section, user } = await openFacts('analyst');
    const form = await startEditing(section, user);
    const nature = within(form).getByRole('textbox', { name: 'Nature of the incident' });
    await user.clear(nature);
    await user.type(nature, 'My reading of what happened');
    colleagueEdits({ cause: 'Their cause', nature: 'Their nature' });
    const theirVersion = (await incident()).version;

    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    const table = within(dialog).getByRole('table', { name: 'Their version and your change' });
    expect(within(table).getByRole('row', { name: /Nature of the incident/ })).toHaveTextContent(
      /Their nature\s*My reading of what happened/,
    );

    // Back to the form: the person's text stays, the rest is their version now.
    await user.click(within(dialog).getByRole('button', { name: 'Back to my change' }));
    await waitFor(() => {
      expect(
        screen.queryByRole('dialog', { name: 'Someone else changed this first' }),
      ).not.toBeInTheDocument();
    });
    expect(within(form).getByRole('textbox', { name: 'Nature of the incident' })).toHaveValue(
      'My reading of what happened',
    );
    expect(within(form).getByRole('textbox', { name: 'Cause' })).toHaveValue('Their cause');

    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    expect(await within(section).findByText('My reading of what happened')).toBeInTheDocument();
    const patches = await requests.matching({ method: 'PATCH', path: `/incidents/${id}` });
    expect(patches.map((patch) => patch.body)).toEqual([
      { nature: 'My reading of what happened' },
      { nature: 'My reading of what happened' },
    ]);
    expect(patches[1]?.ifMatch).toBe(`"${String(theirVersion)}"`);
    const saved = await incident();
    expect(saved.nature).toBe('My reading of what happened');
    expect(saved.cause).toBe('Their cause');
  });

  it('keeping their version sets the person’s edit aside, readable and re-appliable', async () => {
    const { section, user } = await openFacts('privacy_officer');
    const form = await startEditing(section, user);
    await user.type(within(form).getByRole('textbox', { name: 'Likely consequences' }), ' Plus phishing.');
    colleagueEdits({ measuresTaken: 'Their measures' });
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep their version' }));

    expect(await within(section).findByText('Their measures')).toBeInTheDocument();
    expect(within(section).getByText('Your edit was not saved')).toBeInTheDocument();
    expect(within(section).getByText(/Plus phishing\.$/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Edit again with my text' }));
    const again = await within(section).findByRole('form', { name: 'Edit the facts' });
    expect(
      within(again).getByRole<HTMLTextAreaElement>('textbox', { name: 'Likely consequences' }).value,
    ).toMatch(/Plus phishing\.$/);
    expect(within(again).getByRole('textbox', { name: 'Measures taken' })).toHaveValue('Their measures');
  });

  it('refuses malformed account ids and a count below the listed ids before sending', async () => {
    const [a, b, c] = (await incident()).affectedAccountIds;
    const listed = `${a ?? ''} ${b ?? ''}, ${c ?? ''}`;
    const { section, user } = await openFacts('analyst');
    const form = await startEditing(section, user);
    const ids = within(form).getByRole('textbox', { name: 'Affected account ids' });
    await user.clear(ids);
    await user.type(ids, `${listed} 12345`);
    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    expect(
      await within(form).findByText('Not account ids (they start with acc_): 12345'),
    ).toBeInTheDocument();

    await user.clear(ids);
    await user.type(ids, listed);
    const count = within(form).getByRole('textbox', { name: 'Affected accounts (count)' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    expect(await within(form).findByText('At least the 3 listed accounts are affected')).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);

    await user.clear(count);
    await user.type(count, '40');
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    await waitFor(() => {
      expect(within(section).getByRole('row', { name: /Affected accounts/ })).toHaveTextContent(
        '40 (3 listed by id)',
      );
    });
    const [patch] = await requests.matching({ method: 'PATCH', path: `/incidents/${id}` });
    expect(patch?.body).toEqual({ affectedAccountIds: [a, b, c], affectedAccountCount: 40 });
  });

  it('adds and removes data categories as entries', async () => {
    const before = await incident();
    const { section, user } = await openFacts('analyst');
    const form = await startEditing(section, user);
    await user.type(
      within(form).getByRole('textbox', { name: 'Add a data category' }),
      'payment cards, addresses{Enter}',
    );
    const chips = within(form).getByRole('list', { name: 'Data categories' });
    expect(within(chips).getByText('payment cards')).toBeInTheDocument();
    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    await waitFor(() => {
      expect(within(section).queryByRole('form', { name: 'Edit the facts' })).not.toBeInTheDocument();
    });
    const [patch] = await requests.matching({ method: 'PATCH', path: `/incidents/${id}` });
    expect(patch?.body).toEqual({
      dataCategories: [...before.dataCategories, 'payment cards', 'addresses'],
    });
  });

  it('Cancel and Escape restore the facts without sending', async () => {
    const before = await incident();
    const { section, user } = await openFacts('analyst');
    const requests = recordRequests();
    let form = await startEditing(section, user);
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), ' (changed)');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(section).getByRole('row', { name: /Title/ })).toHaveTextContent(before.title);

    form = await startEditing(section, user);
    const title = within(form).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue(before.title);
    await user.type(title, ' (again){Escape}');
    expect(within(section).queryByRole('form', { name: 'Edit the facts' })).not.toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);
  });

  it('asks before leaving the page with unsaved edits', async () => {
    const { section, user, router } = await openFacts('analyst');
    const form = await startEditing(section, user);
    await user.type(within(form).getByRole('textbox', { name: 'Cause' }), 'Typed, not saved');
    void router.navigate(paths.incidents());
    const dialog = await screen.findByRole('dialog', { name: 'Leave with unsaved facts?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Leave with unsaved facts?' })).not.toBeInTheDocument();
    });
    expect(router.state.location.pathname).toBe(paths.incident(id));
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Cause' }).value).toMatch(
      /Typed, not saved$/,
    );
  });

  it('offers editing to analysts and the privacy officer, not to legal', async () => {
    const { section } = await openFacts('legal');
    expect(within(section).getByRole('table', { name: "The incident's facts" })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Edit facts' })).not.toBeInTheDocument();
  });

  it('explains a refusal and keeps the text in the form', async () => {
    const { section, user } = await openFacts('analyst');
    const form = await startEditing(section, user);
    await user.type(within(form).getByRole('textbox', { name: 'Cause' }), 'Kept after a refusal');
    failing('incidents', 403, { method: 'PATCH', times: 1 });
    await user.click(within(form).getByRole('button', { name: 'Save facts' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The facts were not saved');
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Cause' }).value).toMatch(
      /Kept after a refusal$/,
    );
  });

  it('offers no editing of a closed incident', async () => {
    await signedInAs('privacy_officer');
    renderApp(paths.incident(knownIncidents.closed));
    const section = await screen.findByRole('region', { name: 'Facts' });
    expect(within(section).getByRole('table', { name: "The incident's facts" })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Edit facts' })).not.toBeInTheDocument();
  });

  it('shows hostile text in the facts as text, never as markup', async () => {
    colleagueEdits({ nature: hostile, title: hostile, dataCategories: [hostile] });
    const { section, container } = await openFacts('analyst');
    const table = await within(section).findByRole('table', { name: "The incident's facts" });
    expect(within(table).getByRole('row', { name: /Nature/ })).toHaveTextContent(
      '<img src=x onerror="alert(1)">',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    // The right-to-left override is shown as a mark, not obeyed.
    expect(within(table).getAllByTitle(/RIGHT-TO-LEFT OVERRIDE/i).length).toBeGreaterThan(0);
  });
});
