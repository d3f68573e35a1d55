import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetServerTime } from '@/shared/api/server-time';
import type { Incident, RegulatorReport } from '@/shared/contract/incidents';
import { paths } from '@/shared/lib/paths';
import { clock, hour, minute } from '@mocks/clock';
import { knownIncidents } from '@mocks/db/known-incidents';
import { factoryNow } from '@mocks/factories/factory';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { networkError } from '@mocks/scenarios/faults';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

const id = knownIncidents.open;
const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Eevil';

beforeEach(async () => {
  pinClock(factoryNow);
  resetServerTime();
  await signedInAs('privacy_officer');
});

afterEach(() => {
  vi.useRealTimers();
});

async function incident(): Promise<Incident> {
  const reply = await callApi<Incident>(`/incidents/${id}`);
  if (reply.status !== 200) throw new Error(`GET /incidents/${id}: ${String(reply.status)}`);
  return reply.body;
}

/**
 * Moves the mock clock to `offsetMs` from the incident's regulator deadline, and the browser's
 * clock with it (frozen there, so server time is exact to the millisecond while the test runs).
 */
async function atDeadline(offsetMs: number): Promise<number> {
  const deadline = Date.parse((await incident()).regulatorDeadlineAt);
  advanceClock(deadline + offsetMs - clock.now());
  vi.useFakeTimers({ toFake: ['Date'], now: deadline + offsetMs });
  return deadline;
}

async function openSection(who: Parameters<typeof signedInAs>[0]) {
  const session = await signedInAs(who);
  const rendered = renderApp(paths.incident(id));
  const section = await screen.findByRole('region', { name: 'Regulator' });
  return { ...rendered, section, session };
}

async function openReportForm(section: HTMLElement, user: ReturnType<typeof renderApp>['user']) {
  await user.click(within(section).getByRole('button', { name: 'File regulator report' }));
  const form = await within(section).findByRole('form', { name: 'File regulator report' });
  await user.type(within(form).getByRole('textbox', { name: 'Authority' }), 'Data Protection Authority');
  await user.type(within(form).getByRole('textbox', { name: 'Reference' }), 'DPA-2026-117');
  await user.type(
    within(form).getByRole('textbox', { name: 'Summary of the report' }),
    'Credential stuffing.',
  );
  return form;
}

const lateReason = (form: HTMLElement) =>
  within(form).queryByRole('textbox', { name: 'Reason for the delay' });

describe('The regulator report across the 72-hour deadline (server time)', () => {
  it('a minute before the deadline: no reason for the delay is asked, and the report is filed on time', async () => {
    await atDeadline(-minute);
    const { section, user } = await openSection('legal');
    const form = await openReportForm(section, user);
    expect(lateReason(form)).not.toBeInTheDocument();

    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(
      await within(section).findByRole('table', { name: 'The filed regulator report' }),
    ).toHaveTextContent('within the 72-hour deadline');
    const [post] = await requests.matching({ method: 'POST', path: `/incidents/${id}/regulator-reports` });
    expect(post?.body).not.toHaveProperty('lateReason');
  });

  it('exactly at the deadline: not late yet', async () => {
    await atDeadline(0);
    const { section, user } = await openSection('legal');
    const form = await openReportForm(section, user);
    expect(lateReason(form)).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(
      await within(section).findByRole('table', { name: 'The filed regulator report' }),
    ).toBeInTheDocument();
    expect((await incident()).regulatorReport?.lateReason).toBeUndefined();
  });

  it('a minute after: the reason for the delay appears and is required before anything is sent', async () => {
    await atDeadline(minute);
    const { section, user } = await openSection('legal');
    expect(within(section).getByText(/the 72-hour deadline passed/)).toBeInTheDocument();
    const form = await openReportForm(section, user);
    const reason = within(form).getByRole('textbox', { name: 'Reason for the delay' });

    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(
      await within(form).findByText('Explain the delay: the report comes after the 72-hour deadline'),
    ).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);

    await user.type(reason, 'The processor told us late.');
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    const filed = await within(section).findByRole('table', { name: 'The filed regulator report' });
    expect(filed).toHaveTextContent('The processor told us late.');
    expect((await incident()).regulatorReport?.lateReason).toBe('The processor told us late.');
  });

  it('the field appears while the form is open as the deadline passes', async () => {
    const deadline = await atDeadline(-2_000);
    const { section, user } = await openSection('privacy_officer');
    const form = await openReportForm(section, user);
    expect(lateReason(form)).not.toBeInTheDocument();
    vi.setSystemTime(deadline + 1);
    expect(await within(form).findByRole('textbox', { name: 'Reason for the delay' })).toBeInTheDocument();
  });

  it('follows the server’s clock, not the browser’s', async () => {
    const deadline = Date.parse((await incident()).regulatorDeadlineAt);
    advanceClock(deadline - hour - clock.now());
    // The browser's clock is five days ahead; the server says an hour is left.
    vi.useFakeTimers({ toFake: ['Date'], now: deadline + 5 * 24 * hour });
    const { section, user } = await openSection('legal');
    await waitFor(() => {
      expect(within(section).getByText(/Not reported yet/)).toBeInTheDocument();
    });
    const form = await openReportForm(section, user);
    expect(lateReason(form)).not.toBeInTheDocument();
  });

  it('asks for the reason when the report says it was submitted after the deadline', async () => {
    const deadline = await atDeadline(-hour);
    const { section, user } = await openSection('legal');
    const form = await openReportForm(section, user);
    const submittedAt = within(form).getByLabelText(/Submitted at/);
    const later = new Date(deadline + 30 * minute);
    const pad = (n: number) => String(n).padStart(2, '0');
    fireEvent.change(submittedAt, {
      target: {
        value: `${String(later.getFullYear())}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`,
      },
    });
    expect(await within(form).findByRole('textbox', { name: 'Reason for the delay' })).toBeInTheDocument();
  });
});

describe('Filing the report', () => {
  it('files one report for a double click', async () => {
    const { section, user } = await openSection('legal');
    const form = await openReportForm(section, user);
    const requests = recordRequests();
    await user.dblClick(within(form).getByRole('button', { name: 'File the report' }));
    await within(section).findByRole('table', { name: 'The filed regulator report' });
    expect(
      await requests.matching({ method: 'POST', path: `/incidents/${id}/regulator-reports` }),
    ).toHaveLength(1);
  });

  it('retries after a network error with the same Idempotency-Key: one report', async () => {
    const { section, user } = await openSection('legal');
    const form = await openReportForm(section, user);
    networkError('incidents', { times: 1, method: 'POST' });
    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('File it again: it will be filed once.');

    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    await within(section).findByRole('table', { name: 'The filed regulator report' });
    const posts = await requests.matching({ method: 'POST', path: `/incidents/${id}/regulator-reports` });
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    expect((await incident()).regulatorReport?.reference).toBe('DPA-2026-117');
  });

  it('explains a 409 when a colleague filed first, and shows their report', async () => {
    const { section, user, session } = await openSection('legal');
    const form = await openReportForm(section, user);
    const theirs = await callApi<RegulatorReport>(`/incidents/${id}/regulator-reports`, {
      method: 'POST',
      csrfToken: session.csrfToken,
      idempotencyKey: 'colleague-report',
      body: {
        authority: 'Data Protection Authority',
        submittedAt: new Date(clock.now() - minute).toISOString(),
        reference: 'DPA-THEIRS-1',
        contentSummary: 'Filed by a colleague.',
      },
    });
    expect(theirs.status).toBe(201);
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Your report was not filed');
    expect(await within(section).findByText('DPA-THEIRS-1')).toBeInTheDocument();
    expect(within(section).queryByRole('form', { name: 'File regulator report' })).not.toBeInTheDocument();
  });

  it('shows the actions to legal and the privacy officer only; analysts see the state', async () => {
    const { section } = await openSection('analyst');
    expect(within(section).getByText(/Not reported yet/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'File regulator report' })).not.toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Record decision not to report' }),
    ).not.toBeInTheDocument();
  });

  it('shows a filed report’s hostile text as text', async () => {
    await atDeadline(hour);
    const session = await signedInAs('legal');
    const filed = await callApi(`/incidents/${id}/regulator-reports`, {
      method: 'POST',
      csrfToken: session.csrfToken,
      idempotencyKey: 'hostile-report',
      body: {
        authority: hostile,
        submittedAt: new Date(clock.now() - minute).toISOString(),
        reference: hostile,
        contentSummary: hostile,
        lateReason: hostile,
      },
    });
    expect(filed.status).toBe(201);
    const { section, container } = await openSection('analyst');
    const table = await within(section).findByRole('table', { name: 'The filed regulator report' });
    expect(within(table).getByRole('row', { name: /Summary/ })).toHaveTextContent(
      '<script>alert(2)</script>',
    );
    expect(within(table).getByRole('row', { name: /Reason for the delay/ })).toHaveTextContent(
      '<img src=x onerror="alert(1)">',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});

describe('What the section shows of a reported or decided incident', () => {
  it('a report filed late, with its reason, and no actions left', async () => {
    await signedInAs('legal');
    renderApp(paths.incident(knownIncidents.reportedLate));
    const section = await screen.findByRole('region', { name: 'Regulator' });
    const table = await within(section).findByRole('table', { name: 'The filed regulator report' });
    expect(within(table).getByRole('row', { name: /Submitted at/ })).toHaveTextContent(
      'after the 72-hour deadline',
    );
    expect(within(table).getByRole('row', { name: /Reason for the delay/ })).not.toHaveTextContent(
      /^Reason for the delay$/,
    );
    expect(within(section).queryByRole('button', { name: 'File regulator report' })).not.toBeInTheDocument();
  });

  it('a recorded decision not to report, with its reason', async () => {
    const decided = await callApi<Incident>(`/incidents/${knownIncidents.notReported}`);
    await signedInAs('analyst');
    renderApp(paths.incident(knownIncidents.notReported));
    const section = await screen.findByRole('region', { name: 'Regulator' });
    expect(
      await within(section).findByText('Decided not to report this incident to the regulator.'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(decided.body.regulatorDecision?.reason ?? 'a reason'),
    ).toBeInTheDocument();
  });
});

describe('The decision not to report', () => {
  it('is recorded with its reason on the version shown, and then shown instead of the actions', async () => {
    const before = await incident();
    const { section, user } = await openSection('legal');
    await user.click(within(section).getByRole('button', { name: 'Record decision not to report' }));
    const form = await within(section).findByRole('form', { name: 'Record decision not to report' });
    const requests = recordRequests();
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText('Say why the incident is not reported')).toBeInTheDocument();
    expect(await requests.writes()).toEqual([]);

    await user.type(within(form).getByRole('textbox', { name: 'Reason not to report' }), hostile);
    await user.dblClick(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(
      await within(section).findByText('Decided not to report this incident to the regulator.'),
    ).toBeInTheDocument();
    expect(within(section).getByText(/<img src=x onerror="alert\(1\)">/)).toBeInTheDocument();
    expect(section.querySelector('img')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'File regulator report' })).not.toBeInTheDocument();

    const patches = await requests.matching({ method: 'PATCH', path: `/incidents/${id}` });
    expect(patches).toHaveLength(1);
    expect(patches[0]?.ifMatch).toBe(`"${String(before.version)}"`);
    expect(patches[0]?.body).toEqual({ regulatorDecision: { report: false, reason: hostile } });
    expect((await incident()).regulatorDecision).toEqual({ report: false, reason: hostile });
  });
});
