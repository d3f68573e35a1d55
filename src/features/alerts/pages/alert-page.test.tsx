import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { clock, isoAt } from '@mocks/clock';
import { hostileUrls } from '@mocks/db/alerts/catalog';
import { alertDetail, alertSlot } from '@mocks/db/alerts/queries';
import { commitAlert } from '@mocks/db/alerts/state';
import { findIncident } from '@mocks/db/incidents';
import { knownAlerts, knownIncidents } from '@mocks/db/known-alerts';
import { demoStaff } from '@mocks/db/staff';
import { conflict, serverFault } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { failing, healthy } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

interface SentWrite {
  method: string;
  path: string;
  ifMatch: string | null;
  idempotencyKey: string | null;
  body?: unknown;
}

/** Every write the mock received, with its precondition headers and body. */
function watchWrites(): SentWrite[] {
  const sent: SentWrite[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return;
    const write: SentWrite = {
      method: request.method,
      path: new URL(request.url).pathname.replace('/api/v1', ''),
      ifMatch: request.headers.get('If-Match'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
    };
    sent.push(write);
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        write.body = body;
      });
  });
  return sent;
}

/** The alert as the mock holds it now (unmasked). */
function stored(id: string) {
  const slot = alertSlot(id);
  if (slot === undefined) throw new Error(`no alert ${id}`);
  return alertDetail(slot);
}

async function openAlert(id: string) {
  const rendered = renderApp(`/alerts/${id}`);
  await screen.findByRole('region', { name: 'Evidence' });
  return rendered;
}

const summary = () => screen.getByRole('region', { name: 'Alert summary' });
const actionNames = ['Acknowledge', 'Escalate', 'Resolve', 'Dismiss', 'Reopen…', 'Assign to me', 'Unassign'];
function offeredActions(): string[] {
  return actionNames.filter((name) => screen.queryByRole('button', { name }) !== null);
}

describe('Alert page', () => {
  it('shows the header of a new alert and offers only its moves', async () => {
    await signedInAs('analyst');
    const alert = stored(knownAlerts.newCritical);
    await openAlert(knownAlerts.newCritical);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(alert.title);
    const facts = summary();
    expect(within(facts).getByText('critical')).toBeInTheDocument();
    expect(within(facts).getByText('new')).toBeInTheDocument();
    expect(within(facts).getByText('Account takeover')).toBeInTheDocument();
    expect(within(facts).getByText('Unassigned')).toBeInTheDocument();
    expect(within(facts).getByText('94')).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: alert.accountId })).toHaveAttribute(
      'href',
      `/accounts/${alert.accountId}`,
    );
    expect(offeredActions()).toEqual(['Acknowledge', 'Dismiss', 'Assign to me']);
  });

  it('offers the moves each later state allows, with the incident link and the resolution', async () => {
    await signedInAs('analyst');
    const acknowledged = await openAlert(knownAlerts.acknowledged);
    expect(await within(summary()).findByText(demoStaff.analyst.name)).toBeInTheDocument();
    expect(offeredActions()).toEqual(['Escalate', 'Resolve', 'Dismiss', 'Unassign']);
    acknowledged.unmount();

    const escalated = await openAlert(knownAlerts.escalated);
    expect(within(summary()).getByRole('link', { name: knownIncidents.open })).toHaveAttribute(
      'href',
      `/incidents/${knownIncidents.open}`,
    );
    expect(offeredActions()).toEqual(['Resolve', 'Assign to me', 'Unassign']);
    escalated.unmount();

    await openAlert(knownAlerts.resolved);
    expect(within(summary()).getByText('True positive')).toBeInTheDocument();
    expect(offeredActions()).toEqual(['Reopen…', 'Unassign']);
  });

  it('tells support which role the alert page needs', async () => {
    await signedInAs('support');
    renderApp(`/alerts/${knownAlerts.newCritical}`);
    expect(
      await screen.findByRole('heading', { name: 'You need the security analyst or privacy officer role' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
  });

  it('acknowledges on the version shown (If-Match) and shows the new state', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const { version } = stored(knownAlerts.newCritical);
    const { user } = await openAlert(knownAlerts.newCritical);

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();
    expect(offeredActions()).toEqual(['Escalate', 'Resolve', 'Dismiss', 'Assign to me']);
    expect(sent).toEqual([
      {
        method: 'PATCH',
        path: `/alerts/${knownAlerts.newCritical}`,
        ifMatch: `"${String(version)}"`,
        idempotencyKey: null,
        body: { status: 'acknowledged' },
      },
    ]);
  });

  it('shows its own activity with people’s names, and adds each change to it', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.newCritical);
    const activity = screen.getByRole('region', { name: 'Activity' });
    await waitFor(() => {
      expect(within(activity).queryByLabelText('Loading the activity')).not.toBeInTheDocument();
    });

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const entries = await within(activity).findByRole('list', { name: 'Activity, oldest first' });
    const latest = await within(entries).findByText(`Acknowledged ${knownAlerts.newCritical}`);
    const entry = latest.closest('li');
    expect(entry).toHaveTextContent(`${demoStaff.analyst.name} Acknowledged ${knownAlerts.newCritical}`);
    expect(activity).not.toHaveTextContent(/stf_/);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    const dismiss = await screen.findByRole('dialog', { name: 'Dismiss the alert' });
    await user.type(
      within(dismiss).getByRole('textbox', { name: /why/i }),
      'Duplicate of the takeover alert',
    );
    await user.click(within(dismiss).getByRole('button', { name: 'Dismiss' }));
    const dismissed = await within(entries).findByText(`Dismissed ${knownAlerts.newCritical}, with a note`);
    expect(dismissed.closest('li')).toHaveTextContent('Reason: Duplicate of the takeover alert');
  });

  it('lists only the allowed shortcuts under "?", and "m" assigns the alert to me', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.newCritical);

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Acknowledge the alert')).toBeInTheDocument();
    expect(within(help).getByText('Dismiss the alert')).toBeInTheDocument();
    expect(within(help).getByText('Assign the alert to me')).toBeInTheDocument();
    expect(within(help).queryByText('Escalate the alert')).not.toBeInTheDocument();
    expect(within(help).queryByText('Resolve the alert')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    await user.keyboard('m');
    expect(await within(summary()).findByText(demoStaff.analyst.name)).toBeInTheDocument();
    expect(stored(knownAlerts.newCritical).assigneeId).toBe(demoStaff.analyst.id);
  });

  it('asks for a resolution and a dismissal note before sending anything', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const { user } = await openAlert(knownAlerts.acknowledged);

    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    const resolve = await screen.findByRole('dialog', { name: 'Resolve the alert' });
    await user.click(within(resolve).getByRole('button', { name: 'Resolve' }));
    expect(await within(resolve).findByText('Choose a resolution')).toBeInTheDocument();
    await user.click(within(resolve).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    const dismiss = await screen.findByRole('dialog', { name: 'Dismiss the alert' });
    await user.click(within(dismiss).getByRole('button', { name: 'Dismiss' }));
    expect(await within(dismiss).findByText('Say in a note why the alert is dismissed')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('resolves with a resolution and a note, reopens, then dismisses with a note', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.acknowledged);

    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    const resolve = await screen.findByRole('dialog', { name: 'Resolve the alert' });
    await user.click(within(resolve).getByRole('radio', { name: /^False positive/ }));
    await user.type(
      within(resolve).getByRole('textbox', { name: /note/i }),
      'Customer confirmed the sign-ins',
    );
    await user.click(within(resolve).getByRole('button', { name: 'Resolve' }));
    expect(await within(summary()).findByText('resolved')).toBeInTheDocument();
    expect(within(summary()).getByText('False positive')).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(await within(notes).findByText('Customer confirmed the sign-ins')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reopen…' }));
    const reopen = await screen.findByRole('dialog', { name: 'Reopen the alert?' });
    await user.click(within(reopen).getByRole('button', { name: 'Reopen' }));
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    const dismiss = await screen.findByRole('dialog', { name: 'Dismiss the alert' });
    await user.type(
      within(dismiss).getByRole('textbox', { name: /why/i }),
      'Duplicate of the takeover alert',
    );
    await user.click(within(dismiss).getByRole('button', { name: 'Dismiss' }));
    expect(await within(summary()).findByText('dismissed')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await within(notes).findByText('Duplicate of the takeover alert')).toBeInTheDocument();
    expect(offeredActions()).toEqual(['Reopen…', 'Unassign']);
  });

  it('never reopens a closed alert with "a": reopening is Shift+A or the button, and asks first', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const { user } = await openAlert(knownAlerts.resolved);

    await user.keyboard('a');
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).queryByText('Acknowledge the alert')).not.toBeInTheDocument();
    expect(within(help).getByText('Reopen the alert (asks first)')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sent).toEqual([]);
    expect(within(summary()).getByText('resolved')).toBeInTheDocument();

    // Shift+A asks; Cancel leaves it closed and sends nothing.
    await user.keyboard('A');
    const ask = await screen.findByRole('dialog', { name: 'Reopen the alert?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sent).toEqual([]);

    await user.keyboard('A');
    const confirm = await screen.findByRole('dialog', { name: 'Reopen the alert?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reopen' }));
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();
    expect(sent).toMatchObject([
      { method: 'PATCH', path: `/alerts/${knownAlerts.resolved}`, body: { status: 'acknowledged' } },
    ]);
  });

  it('explains a refused move (409) and shows the current state', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.newCritical);
    // A colleague dismissed it meanwhile; the API refuses the acknowledgement for the state it is in.
    commitAlert({
      type: 'patch',
      alertId: knownAlerts.newCritical,
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
      status: 'dismissed',
      note: { id: 'note_colleague', body: 'Test login by the QA team' },
    });
    server.use(
      http.patch('*/api/v1/alerts/:id', () =>
        conflict('A dismissed alert cannot move to acknowledged.').toResponse(),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A dismissed alert cannot move to acknowledged. The page now shows the current state.',
    );
    expect(await within(summary()).findByText('dismissed')).toBeInTheDocument();
    expect(offeredActions()).toEqual(['Reopen…', 'Assign to me']);
  });

  it('shows their version when someone changed the alert first, and applies mine on top of it', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const { user } = await openAlert(knownAlerts.newCritical);
    const seen = stored(knownAlerts.newCritical).version;
    // Meanwhile a colleague takes the alert.
    commitAlert({
      type: 'patch',
      alertId: knownAlerts.newCritical,
      at: isoAt(clock.now()),
      by: demoStaff.analyst2.id,
      assigneeId: demoStaff.analyst2.id,
    });

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(await within(dialog).findByText(demoStaff.analyst2.name)).toBeInTheDocument();
    expect(within(dialog).getByText('Acknowledged')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Apply my change to their version' }));
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();
    expect(within(summary()).getByText(demoStaff.analyst2.name)).toBeInTheDocument();
    expect(sent.map((write) => write.ifMatch)).toEqual([`"${String(seen)}"`, `"${String(seen + 1)}"`]);
  });

  it('sends one change for a double click on Acknowledge and on Dismiss, and never calls it a colleague’s', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    await openAlert(knownAlerts.newCritical);
    const patches = () => sent.filter((write) => write.method === 'PATCH');

    // Two clicks before the page has re-rendered: the second must do nothing.
    const acknowledge = screen.getByRole('button', { name: 'Acknowledge' });
    fireEvent.click(acknowledge);
    fireEvent.click(acknowledge);
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();
    expect(patches()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss the alert' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /why is it dismissed/i }), {
      target: { value: 'Known test traffic from the QA team' },
    });
    const submit = within(dialog).getByRole('button', { name: 'Dismiss' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    await waitFor(() => {
      expect(dialog).not.toBeInTheDocument();
    });
    expect(await within(summary()).findByText('dismissed')).toBeInTheDocument();
    expect(patches()).toHaveLength(2);
    expect(screen.queryByRole('dialog', { name: 'Someone else changed this first' })).not.toBeInTheDocument();
    const notes = await screen.findByRole('list', { name: 'Notes, oldest first' });
    expect(within(notes).getAllByText('Known test traffic from the QA team')).toHaveLength(1);
  });

  it('keeps the keyboard in the alert’s actions when the button used goes away', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.newCritical);
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await within(summary()).findByText('acknowledged')).toBeInTheDocument();
    const actions = screen.getByRole('group', { name: 'Alert actions' });
    await waitFor(() => {
      expect(actions).toHaveFocus();
    });

    await user.click(within(actions).getByRole('button', { name: 'Dismiss' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dismiss the alert' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /why is it dismissed/i }),
      'Known test traffic',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(dialog).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(screen.getByRole('group', { name: 'Alert actions' })).toHaveFocus();
    });
  });

  it('shows URLs defanged as text, never as links, and copies the original', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.phishingWithMarkup);
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    const urls = within(evidence).getByRole('list', { name: 'URLs (defanged)' });

    const original = hostileUrls[0];
    expect(
      within(urls).getByText(
        'hxxps://digfashions-support[.]example/login?next=<script>alert(document.cookie)</script>',
      ),
    ).toBeInTheDocument();
    expect(within(evidence).queryAllByRole('link')).toHaveLength(0);
    expect(document.querySelector('script')).toBeNull();

    const [copy] = within(urls).getAllByRole('button', { name: /^Copy the original URL/ });
    if (!copy) throw new Error('no copy button');
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(original);
  });

  it('renders markup in the customer’s report and in notes as text', async () => {
    await signedInAs('analyst');
    const { user } = await openAlert(knownAlerts.dismissed);
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(
      within(evidence).getByText(
        /My account shows a new phone I do not own\. <img src=x onerror=alert\(1\)>/,
      ),
    ).toBeInTheDocument();

    const notes = screen.getByRole('region', { name: 'Notes' });
    await user.type(
      await within(notes).findByRole('textbox', { name: 'New note' }),
      '<b>bold</b> <img src=x onerror=alert(2)>',
    );
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByText('<b>bold</b> <img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('adds a note with a live counter and the 5,000-character limit, one Idempotency-Key per note', async () => {
    await signedInAs('dpo');
    const sent = watchWrites();
    const { user } = await openAlert(knownAlerts.reportWithMarkup);
    const notes = screen.getByRole('region', { name: 'Notes' });
    const field = await within(notes).findByRole('textbox', { name: 'New note' });
    const add = within(notes).getByRole('button', { name: 'Add note' });

    await user.click(add);
    expect(await within(notes).findByText(/Write a note/)).toBeInTheDocument();
    await user.click(field);
    await user.paste('x'.repeat(5001));
    expect(within(notes).getByText(/5,001 \/ 5,000/)).toBeInTheDocument();
    await user.click(add);
    expect(await within(notes).findByText(/Keep the note under 5,000 characters/)).toBeInTheDocument();
    expect(sent).toEqual([]);

    // The first try fails: the text stays, and the retry is the same intent (same key).
    await user.clear(field);
    await user.type(field, 'Called the customer');
    expect(within(notes).getByText('19 / 5,000')).toBeInTheDocument();
    failing('alerts', 503, { method: 'POST', times: 1 });
    await user.click(add);
    expect(await within(notes).findByRole('alert')).toHaveTextContent('The note was not added.');
    expect(field).toHaveValue('Called the customer');
    await user.click(add);
    expect(await within(notes).findByText('Called the customer')).toBeInTheDocument();
    expect(field).toHaveValue('');

    await user.type(field, 'Second note');
    await user.click(add);
    expect(await within(notes).findByText('Second note')).toBeInTheDocument();

    const keys = sent.map((write) => write.idempotencyKey);
    expect(sent.map((write) => write.path)).toEqual(
      Array(3).fill(`/alerts/${knownAlerts.reportWithMarkup}/notes`),
    );
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('escalates to an open incident found by search', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const incident = findIncident(knownIncidents.open);
    if (!incident) throw new Error('no open incident');
    const { version } = stored(knownAlerts.acknowledged);
    const { user } = await openAlert(knownAlerts.acknowledged);

    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search open incidents' }), incident.id);
    await user.click(await within(dialog).findByRole('radio', { name: new RegExp(incident.id) }));
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));

    expect(await within(summary()).findByText('escalated')).toBeInTheDocument();
    expect(within(summary()).getByRole('link', { name: incident.id })).toHaveAttribute(
      'href',
      `/incidents/${incident.id}`,
    );
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/alerts/${knownAlerts.acknowledged}/escalate`,
        ifMatch: `"${String(version)}"`,
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        body: { incidentId: incident.id },
      },
    ]);
    expect(offeredActions()).toEqual(['Resolve', 'Unassign']);
  });

  it('escalates to a new incident, prefilled from the alert', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const alert = stored(knownAlerts.acknowledged);
    const { user } = await openAlert(knownAlerts.acknowledged);

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    await user.click(within(dialog).getByRole('radio', { name: 'A new incident' }));
    expect(within(dialog).getByRole('textbox', { name: /incident title/i })).toHaveValue(alert.title);
    expect(within(dialog).getByRole('combobox', { name: /severity/i })).toHaveValue('high');
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));

    expect(await within(summary()).findByText('escalated')).toBeInTheDocument();
    const incidentId = stored(knownAlerts.acknowledged).incidentId ?? '';
    expect(incidentId).toMatch(/^inc_/);
    expect(within(summary()).getByRole('link', { name: incidentId })).toHaveAttribute(
      'href',
      `/incidents/${incidentId}`,
    );
    expect(sent[0]?.body).toEqual({ newIncident: { title: alert.title, severity: 'high' } });
  });

  it('lands in the new incident’s workspace from "Open incident" after escalating', async () => {
    await signedInAs('analyst');
    const alert = stored(knownAlerts.acknowledged);
    const { user, router } = await openAlert(knownAlerts.acknowledged);
    expect(screen.queryByRole('link', { name: 'Open incident' })).not.toBeInTheDocument();

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    await user.click(within(dialog).getByRole('radio', { name: 'A new incident' }));
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));

    const open = await screen.findByRole('link', { name: 'Open incident' });
    const incidentId = stored(knownAlerts.acknowledged).incidentId ?? '';
    expect(open).toHaveAttribute('href', `/incidents/${incidentId}`);
    await user.click(open);
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/incidents/${incidentId}`);
    });
    const workspace = await screen.findByRole('region', { name: 'Incident summary' });
    expect(within(workspace).getByRole('heading', { level: 1 })).toHaveTextContent(alert.title);
    expect(await screen.findByRole('link', { name: knownAlerts.acknowledged })).toHaveAttribute(
      'href',
      `/alerts/${knownAlerts.acknowledged}`,
    );
  });

  it('says the limits of the incident title and the search before escalating, and sends nothing too long', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const { user } = await openAlert(knownAlerts.acknowledged);

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search open incidents' });
    expect(within(dialog).getByText('0 / 200 characters')).toBeInTheDocument();
    await user.click(search);
    await user.paste('y'.repeat(201));
    expect(within(dialog).getByText('201 / 200 characters: shorten it by 1')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'A new incident' }));
    const title = within(dialog).getByRole('textbox', { name: /incident title/i });
    await user.clear(title);
    expect(within(dialog).getByText('0 / 200 characters')).toBeInTheDocument();
    await user.click(title);
    await user.paste('t'.repeat(201));
    expect(within(dialog).getByText('201 / 200 characters: shorten it by 1')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));
    expect(await within(dialog).findByText('Keep the title to 200 characters')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('reveals the IP with the alert id and the MAC with the device id', async () => {
    await signedInAs('analyst');
    const sent = watchWrites();
    const alert = stored(knownAlerts.newCritical);
    const deviceId = alert.evidence.device?.id;
    const { user } = await openAlert(knownAlerts.newCritical);
    const reason = 'Checking the takeover sign-in, ticket 4411';

    await user.click(screen.getByRole('button', { name: 'Reveal the IP address' }));
    let dialog = await screen.findByRole('dialog', { name: 'Reveal the IP address' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await screen.findByLabelText('IP address')).toHaveTextContent(alert.evidence.ip);

    await user.click(screen.getByRole('button', { name: 'Reveal the MAC address of the device' }));
    dialog = await screen.findByRole('dialog', { name: 'Reveal the MAC address of the device' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await screen.findByLabelText('MAC address of the device')).toHaveTextContent(
      alert.evidence.device?.macAddress ?? 'no device',
    );
    await waitFor(() => {
      expect(sent.map((write) => write.body)).toEqual([
        { field: 'ip', targetId: alert.id, reason },
        { field: 'macAddress', targetId: deviceId, reason },
      ]);
    });
    expect(sent.map((write) => write.path)).toEqual(Array(2).fill(`/accounts/${alert.accountId}/reveal`));
  });

  it('says when an alert does not exist, with a way back to the queue', async () => {
    await signedInAs('analyst');
    renderApp('/alerts/alr_zzzzzz');
    expect(await screen.findByText('No alert alr_zzzzzz')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the alerts' })).toHaveAttribute('href', '/alerts');
  });

  it('keeps the alert usable when its notes or the incident search fail, each with its own Retry', async () => {
    await signedInAs('analyst');
    let notesDown = true;
    server.use(
      http.get('*/api/v1/alerts/:id/notes', () => (notesDown ? serverFault(503).toResponse() : undefined)),
    );
    failing('incidents', 503);
    const { user } = await openAlert(knownAlerts.acknowledged);

    const notes = await screen.findByRole('region', { name: 'Notes' });
    expect(
      await within(notes).findByText('The notes could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // The rest of the page works meanwhile.
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Escalate the alert' });
    expect(
      await within(dialog).findByText('The open incidents could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    healthy('incidents');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(
      await within(dialog).findByRole('radio', { name: new RegExp(knownIncidents.open) }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    notesDown = false;
    await user.click(within(notes).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(within(notes).queryByText('The notes could not be loaded')).not.toBeInTheDocument();
    });
  });

  it('shows an error with Retry when the alert cannot be loaded', async () => {
    await signedInAs('analyst');
    failing('alerts', 503);
    const { user } = renderApp(`/alerts/${knownAlerts.newCritical}`);
    expect(
      await screen.findByText('The alert could not be loaded', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    healthy('alerts');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Evidence' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Notes' })).toBeInTheDocument();
  });
});
