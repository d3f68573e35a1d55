import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Incident } from '@/shared/contract/incidents';
import { regulatorDeadlineHours } from '@/shared/contract/incidents';
import { hour, minute } from '@mocks/clock';
import { commitNotice } from '@mocks/db/incident-notices';
import { commitIncident, findIncident } from '@mocks/db/incidents';
import { demoStaff } from '@mocks/db/staff';
import { incidentFactory } from '@mocks/factories/incident';
import { pinClock } from '@mocks/scenarios/clock';
import { failing } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

const now = '2026-11-25T09:00:00Z';
const nowMs = Date.parse(now);
const iso = (ms: number) => new Date(ms).toISOString();

/** Pins the mock clock at `now` and adds an incident built from `overrides`; returns it. */
function anIncident(overrides: Partial<Incident> = {}, at = now): Incident {
  pinClock(at);
  const incident = incidentFactory.build({ id: 'inc_zz9001', ...overrides });
  commitIncident({ type: 'create', incident });
  return incident;
}

/** An incident aware `hoursAgo` before the mock's now: its deadline is that plus 72 hours. */
function awareHoursAgo(hoursAgo: number, atMs = nowMs): Partial<Incident> {
  const awareAt = atMs - hoursAgo * hour;
  return {
    awareAt: iso(awareAt),
    detectedAt: iso(awareAt - hour),
    regulatorDeadlineAt: iso(awareAt + regulatorDeadlineHours * hour),
  };
}

async function header(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Incident summary' });
}

async function clockText(): Promise<string> {
  const clock = await within(await header()).findByRole('group', { name: 'Regulator clock' });
  return clock.querySelector('[data-clock]')?.firstElementChild?.textContent ?? '';
}

describe('Incident workspace', () => {
  it('shows the title, id, severity, status and the regulator clock by the server’s time, not the browser’s', async () => {
    anIncident({ title: 'Card data seen by a partner', severity: 'critical', ...awareHoursAgo(30.5) });
    await signedInAs('analyst');
    renderApp('/incidents/inc_zz9001');
    const summary = await header();
    expect(within(summary).getByRole('heading', { level: 1, name: 'Card data seen by a partner' })).toBeInTheDocument();
    expect(within(summary).getByText('inc_zz9001')).toBeInTheDocument();
    expect(within(summary).getByText('Critical')).toBeInTheDocument();
    expect(within(summary).getByText('Open')).toBeInTheDocument();
    // The mock's clock is days away from the machine's: 41 hours are left by the server's time.
    expect(await clockText()).toBe('41 h left');
    expect(within(summary).getByText(/^Regulator deadline /)).toBeInTheDocument();
  });

  it('counts the clock down to the deadline, at it and past it, with the pinned mock clock', async () => {
    // Server time moves on in real time from the pinned instant while the page loads: each case
    // stands a little inside its shown value.
    const deadline = nowMs + 5 * hour + 20 * minute;
    const cases: [number, string][] = [
      [deadline - (5 * hour + 20 * minute + 30_000), '5 h 20 min left'],
      [deadline, 'Due now'],
      [deadline + 3 * hour + 30_000, 'Overdue by 3 h'],
    ];
    await signedInAs('analyst');
    for (const [at, text] of cases) {
      cleanup();
      anIncident({ ...awareHoursAgo(72 - (deadline - at) / hour, at) }, iso(at));
      await signedInAs('analyst');
      renderApp('/incidents/inc_zz9001');
      await waitFor(async () => {
        expect(await clockText()).toBe(text);
      });
    }
  });

  it('marks a reported incident and a recorded decision not to report', async () => {
    anIncident({
      ...awareHoursAgo(80),
      regulatorReport: {
        id: 'rep_zz1',
        incidentId: 'inc_zz9001',
        authority: 'Data protection authority',
        submittedAt: iso(nowMs - 10 * hour),
        reference: 'DPA-2026-1',
        contentSummary: 'Reported in full.',
        lateReason: 'The provider told us late.',
        filedBy: demoStaff.legal.id,
        filedAt: iso(nowMs - 10 * hour),
      },
    });
    await signedInAs('legal');
    renderApp('/incidents/inc_zz9001');
    expect(await clockText()).toMatch(/^Reported /);

    cleanup();
    anIncident({ id: 'inc_zz9002', ...awareHoursAgo(10), regulatorDecision: { report: false, reason: 'No risk.' } });
    await signedInAs('legal');
    renderApp('/incidents/inc_zz9002');
    await waitFor(async () => {
      expect(await clockText()).toBe('Not reported: decision recorded');
    });
  });

  it('prints hostile text in the title and the timeline as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe<script>window.__pwned=1</script>';
    anIncident({
      title: payload,
      timeline: [{ at: iso(nowMs - hour), actorId: demoStaff.analyst.id, text: `Note: ${payload}` }],
    });
    await signedInAs('analyst');
    const { container } = renderApp('/incidents/inc_zz9001');
    await header();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('<img src=x onerror=');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText(demoStaff.analyst.name)).toBeInTheDocument();
    expect(timeline.textContent).toContain('<script>window.__pwned=1</script>');
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('lists the timeline newest first, with names and zoned times', async () => {
    anIncident({
      timeline: [
        { at: iso(nowMs - 3 * hour), actorId: demoStaff.analyst.id, text: 'First' },
        { at: iso(nowMs - 2 * hour), actorId: demoStaff.dpo.id, text: 'Second' },
        { at: iso(nowMs - hour), actorId: demoStaff.legal.id, text: 'Third' },
      ],
    });
    await signedInAs('legal');
    renderApp('/incidents/inc_zz9001');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p + p, p ~ *')?.textContent)).toEqual(['Third', 'Second', 'First']);
    expect(await within(items[0] ?? timeline).findByText(demoStaff.legal.name)).toBeInTheDocument();
    expect(within(timeline).getByText(/^Newest first · times in /)).toBeInTheDocument();
  });

  it('links the alerts and the affected accounts, and says how many more are affected', async () => {
    anIncident({
      linkedAlertIds: Array.from({ length: 12 }, (_, index) => `alr_zz${String(index + 1).padStart(4, '0')}`),
      affectedAccountCount: 1250,
      affectedAccountIds: Array.from({ length: 60 }, (_, index) => `acc_zz${String(index).padStart(4, '0')}`),
    });
    await signedInAs('analyst');
    const { user } = renderApp('/incidents/inc_zz9001');
    const alerts = await screen.findByRole('region', { name: 'Linked alerts' });
    expect(within(alerts).getByRole('link', { name: 'alr_zz0001' })).toHaveAttribute('href', '/alerts/alr_zz0001');
    expect(within(alerts).getAllByRole('link')).toHaveLength(10);
    await user.click(within(alerts).getByRole('button', { name: 'Show all 12 (2 more)' }));
    expect(within(alerts).getAllByRole('link')).toHaveLength(12);
    const accounts = screen.getByRole('region', { name: 'Affected accounts' });
    expect(within(accounts).getByText('1,250 accounts affected')).toBeInTheDocument();
    expect(within(accounts).getAllByRole('link')).toHaveLength(50);
    expect(within(accounts).getByRole('link', { name: 'acc_zz0000' })).toHaveAttribute('href', '/accounts/acc_zz0000');
    expect(within(accounts).getByText('and 1,190 more not listed by id')).toBeInTheDocument();
    await user.click(within(accounts).getByRole('button', { name: 'Show 10 more (10 not shown yet)' }));
    expect(within(accounts).getAllByRole('link')).toHaveLength(60);
  });

  it('offers the analyst the allowed moves and legal none', async () => {
    anIncident({ status: 'open' });
    await signedInAs('analyst');
    renderApp('/incidents/inc_zz9001');
    const moves = await within(await header()).findByRole('group', { name: 'Status moves' });
    expect(within(moves).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Start assessing',
      'Move to monitoring',
    ]);

    cleanup();
    anIncident({ status: 'open' });
    await signedInAs('legal');
    renderApp('/incidents/inc_zz9001');
    await header();
    expect(screen.queryByRole('group', { name: 'Status moves' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start assessing' })).not.toBeInTheDocument();
    // Legal reads no alerts: the linked alert is named, not linked.
    const alerts = screen.getByRole('region', { name: 'Linked alerts' });
    expect(within(alerts).getByText('alr_f0001')).toBeInTheDocument();
    expect(within(alerts).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when there is no such incident', async () => {
    pinClock(now);
    await signedInAs('analyst');
    renderApp('/incidents/inc_nothere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Incident not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the incidents' })).toHaveAttribute('href', '/incidents');
  });

  it('is not open to support', async () => {
    anIncident();
    await signedInAs('support');
    renderApp('/incidents/inc_zz9001');
    expect(await screen.findByRole('heading', { name: /^You need / })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Incident summary' })).not.toBeInTheDocument();
  });

  it('makes each allowed move with one PATCH on the version shown, and the header follows', async () => {
    anIncident({ status: 'open' });
    await signedInAs('analyst');
    const requests = recordRequests();
    const { user } = renderApp('/incidents/inc_zz9001');
    const summary = await header();
    const walk: [string, string][] = [
      ['Start assessing', 'Assessing'],
      ['Start notifying', 'Notifying'],
      ['Move to monitoring', 'Monitoring'],
      ['Reopen the assessment', 'Assessing'],
      ['Move to monitoring', 'Monitoring'],
    ];
    for (const [button, status] of walk) {
      await user.click(await within(summary).findByRole('button', { name: button }));
      expect(await within(summary).findByText(status)).toBeInTheDocument();
    }
    const patches = await requests.matching({ method: 'PATCH', path: '/incidents/inc_zz9001' });
    expect(patches.map((each) => each.body)).toEqual([
      { status: 'assessing' },
      { status: 'notifying' },
      { status: 'monitoring' },
      { status: 'assessing' },
      { status: 'monitoring' },
    ]);
    expect(patches.map((each) => each.ifMatch)).toEqual(['"1"', '"2"', '"3"', '"4"', '"5"']);
    expect(findIncident('inc_zz9001')?.status).toBe('monitoring');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByText(/^Status: /)).toHaveLength(5);
  });

  it('keeps the keyboard in the moves when the pressed button goes', async () => {
    anIncident({ status: 'open' });
    await signedInAs('analyst');
    const { user } = renderApp('/incidents/inc_zz9001');
    const start = await within(await header()).findByRole('button', { name: 'Start assessing' });
    start.focus();
    await user.keyboard('{Enter}');
    expect(await within(await header()).findByText('Assessing')).toBeInTheDocument();
    await waitFor(() => {
      expect(document.activeElement).not.toBe(document.body);
    });
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Start notifying');
  });

  it('explains a refused move (403) and leaves the incident as it was', async () => {
    anIncident({ status: 'open' });
    await signedInAs('analyst');
    const { user } = renderApp('/incidents/inc_zz9001');
    const start = await within(await header()).findByRole('button', { name: 'Start assessing' });
    failing('incidents', 403, { times: 1 });
    await user.click(start);
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The status was not changed');
    expect(within(await header()).getByText('Open')).toBeInTheDocument();
    expect(findIncident('inc_zz9001')?.status).toBe('open');
  });

  it('sends one PATCH for a double click', async () => {
    anIncident({ status: 'open' });
    await signedInAs('analyst');
    const requests = recordRequests();
    const { user } = renderApp('/incidents/inc_zz9001');
    const button = await within(await header()).findByRole('button', { name: 'Start assessing' });
    await user.dblClick(button);
    expect(await within(await header()).findByText('Assessing')).toBeInTheDocument();
    expect((await requests.matching({ method: 'PATCH' })).map((each) => [each.body, each.ifMatch])).toEqual([[{ status: 'assessing' }, '"1"']]);
  });

  it('lists what is missing before closing and offers no Close until nothing is', async () => {
    anIncident({ status: 'monitoring' });
    commitNotice({ type: 'create', notice: approvedNotice() });
    await signedInAs('dpo');
    renderApp('/incidents/inc_zz9001');
    const missing = await screen.findByRole('region', { name: 'Before closing' });
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'File the regulator report, or record the decision not to report with its reason',
      'Send the approved notice ntc_zz1, or leave the incident open until it is sent',
    ]);
    expect(screen.queryByRole('button', { name: 'Close incident' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen the assessment' })).toBeInTheDocument();
  });

  it('closes an incident whose conditions hold', async () => {
    anIncident({ status: 'monitoring', regulatorDecision: { report: false, reason: 'No risk to customers.' } });
    await signedInAs('dpo');
    const { user } = renderApp('/incidents/inc_zz9001');
    await user.click(await screen.findByRole('button', { name: 'Close incident' }));
    const summary = await header();
    expect(await within(summary).findByText('Closed')).toBeInTheDocument();
    expect(within(summary).queryByRole('group', { name: 'Status moves' })).not.toBeInTheDocument();
    expect(findIncident('inc_zz9001')?.status).toBe('closed');
  });

  it('shows the API’s reason when closing is refused (409)', async () => {
    anIncident({ status: 'monitoring', regulatorDecision: { report: false, reason: 'No risk to customers.' } });
    await signedInAs('dpo');
    const { user } = renderApp('/incidents/inc_zz9001');
    const close = await screen.findByRole('button', { name: 'Close incident' });
    // A colleague approves a notice meanwhile: the incident's version stays, the API refuses.
    commitNotice({ type: 'create', notice: approvedNotice() });
    await user.click(close);
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The status was not changed');
    expect(refusal).toHaveTextContent('Send the approved notice ntc_zz1');
    expect(within(await header()).getByText('Monitoring')).toBeInTheDocument();
    expect(findIncident('inc_zz9001')?.status).toBe('monitoring');
  });

  it('opens the conflict dialog when a colleague changed the incident first (412), and keeps theirs on request', async () => {
    anIncident({ status: 'open', title: 'Mine as read' });
    await signedInAs('analyst');
    const { user } = renderApp('/incidents/inc_zz9001');
    const start = await within(await header()).findByRole('button', { name: 'Start assessing' });
    commitIncident({
      type: 'edit',
      incidentId: 'inc_zz9001',
      changes: { title: 'Renamed by a colleague' },
      text: 'Title changed',
      at: now,
      by: demoStaff.analyst2.id,
    });
    await user.click(start);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    expect(within(dialog).getByText('Renamed by a colleague')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep their version' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Renamed by a colleague' }),
    ).toBeInTheDocument();
    expect(within(await header()).getByText('Open')).toBeInTheDocument();
    expect(findIncident('inc_zz9001')?.status).toBe('open');
  });

  it('makes the move on the colleague’s version when asked after a 412', async () => {
    anIncident({ status: 'open', title: 'Mine as read' });
    await signedInAs('analyst');
    const { user } = renderApp('/incidents/inc_zz9001');
    const start = await within(await header()).findByRole('button', { name: 'Start assessing' });
    commitIncident({
      type: 'edit',
      incidentId: 'inc_zz9001',
      changes: { title: 'Renamed by a colleague' },
      text: 'Title changed',
      at: now,
      by: demoStaff.analyst2.id,
    });
    await user.click(start);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this first' });
    await user.click(within(dialog).getByRole('button', { name: 'Make my move on their version' }));
    expect(await within(await header()).findByText('Assessing')).toBeInTheDocument();
    expect(findIncident('inc_zz9001')).toMatchObject({ status: 'assessing', title: 'Renamed by a colleague' });
  });
});

/** An approved, unsent notice of the test incident, written by the analyst and approved by legal. */
function approvedNotice() {
  return {
    id: 'ntc_zz1',
    version: 2,
    status: 'approved' as const,
    audience: 'all_affected' as const,
    channels: ['email' as const],
    content: {
      natureAndImpact: 'What happened.',
      measuresTaken: 'What we did.',
      userSuggestions: 'Change your password.',
      remedies: 'We refund any loss.',
      contact: 'privacy@digfashions.example',
    },
    authorId: demoStaff.analyst.id,
    approverId: demoStaff.legal.id,
    incidentId: 'inc_zz9001',
    createdAt: iso(nowMs - hour),
  };
}
