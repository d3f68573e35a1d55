import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent } from '@mocks/db/audit/state';
import { demoStaff } from '@mocks/db/staff';
import { server } from '@mocks/node';
import { pinClock } from '@mocks/scenarios/clock';
import { failing, healthy, malformed } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

async function auditRows() {
  const table = await screen.findByRole('table', { name: 'Audit events' });
  await waitFor(() => {
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  });
  return within(table).getAllByRole('row').slice(1);
}

function timesOf(rows: HTMLElement[]): number[] {
  return rows.map((row) => Date.parse(row.querySelector('time')?.getAttribute('datetime') ?? ''));
}

describe('Audit log', () => {
  it('lists the newest events first with who, action, target and summary', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('dpo');
    renderApp('/audit');
    const rows = await auditRows();
    expect(rows).toHaveLength(50);
    const times = timesOf(rows);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBeLessThanOrEqual(Date.parse('2026-11-25T09:00:00Z'));
    // Actors are shown by name, not id, once the staff list is in.
    await waitFor(() => {
      expect(
        rows.some((row) => /Sofia Marques|Maya Lindqvist|Daniel Okafor|Jonas Weber/.test(row.textContent)),
      ).toBe(true);
    });
  });

  it('reads its filters from the URL and writes changes back', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit?action=account.reveal');
    const rows = await auditRows();
    for (const row of rows) expect(row).toHaveTextContent('account.reveal');
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('account.reveal');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Target type' }), 'account');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?action=account.reveal&targetType=account');
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit');
    });
  });

  it('finds the sign-in that was just made', async () => {
    await signedInAs('support');
    // A real sign-in through the API writes the audit event; signing in as dpo afterwards reads it.
    const { user } = renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Hello, Maya' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.type(await screen.findByLabelText(/email/i), 'dpo@digfashions.example');
    await user.type(screen.getByLabelText(/password/i), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Hello, Sofia' });
    await user.click(screen.getByRole('link', { name: 'Audit log' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Action' }), 'session.sign_in');
    await waitFor(async () => {
      const [first] = await auditRows();
      expect(first).toHaveTextContent('session.sign_in');
      expect(first).toHaveTextContent('Sofia Marques');
    });
  });

  it('sorts by time in either direction', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit');
    await auditRows();
    await user.click(screen.getByRole('button', { name: 'When' }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?dir=asc');
    });
    await waitFor(async () => {
      const times = timesOf(await auditRows());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });
  });

  it('pages through the log and keeps the page in the URL', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit?pageSize=25');
    const firstPage = await auditRows();
    expect(firstPage).toHaveLength(25);
    const firstIds = firstPage.map((row) => row.textContent);
    await user.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?pageSize=25&page=2');
    });
    await waitFor(async () => {
      const secondPage = await auditRows();
      expect(secondPage.map((row) => row.textContent)).not.toEqual(firstIds);
    });
  });

  it('changes the page size, keeps it in the URL and disables paging past the ends', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit');
    await auditRows();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?pageSize=100');
    });
    await waitFor(async () => {
      expect(await auditRows()).toHaveLength(100);
    });
    expect(screen.getByText(/^1–100 of/)).toBeInTheDocument();
  });

  it('says when nothing matches, and clearing brings the rows back', async () => {
    await signedInAs('dpo');
    const { user } = renderApp('/audit?targetId=acc_does_not_exist');
    expect(await screen.findByText('No audit events match these filters')).toBeInTheDocument();
    const [clear] = screen.getAllByRole('button', { name: 'Clear filters' });
    if (!clear) throw new Error('no Clear filters button');
    await user.click(clear);
    expect(await auditRows()).not.toHaveLength(0);
  });

  it('refuses a date range that ends before it starts', async () => {
    await signedInAs('dpo');
    renderApp('/audit?from=2026-11-20&to=2026-11-01');
    expect(await screen.findByText('“To” must be on or after “From”')).toBeInTheDocument();
  });

  it('reads an impossible day in a link as no date instead of failing or rolling it over', async () => {
    await signedInAs('dpo');
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/audit-events') requests.push(url);
    });
    renderApp('/audit?from=2026-13-01&to=2026-02-31');
    expect(await auditRows()).toHaveLength(50);
    expect(screen.getByLabelText('From')).toHaveValue('');
    expect(screen.getByLabelText('To')).toHaveValue('');
    expect(requests.at(-1)?.searchParams.has('from')).toBe(false);
    expect(requests.at(-1)?.searchParams.has('to')).toBe(false);
    // The date filters say whose days they are.
    expect(screen.getByText(/^Days and times in (UTC|\S+ \(UTC[^)]*\))$/)).toBeInTheDocument();
  });

  it('shows an error with Retry when the API fails, and recovers', async () => {
    await signedInAs('dpo');
    failing('audit', 503);
    const { user } = renderApp('/audit');
    expect(
      await screen.findByText(
        'The server had a problem answering. Try again in a moment.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    healthy('audit');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await auditRows()).toHaveLength(50);
  });

  it('explains a reply that does not match the contract', async () => {
    await signedInAs('dpo');
    malformed('audit');
    renderApp('/audit');
    expect(await screen.findByText(/does not understand/)).toBeInTheDocument();
  });

  it('lists its shortcuts on "?" and follows them, but not while typing in a field', async () => {
    await signedInAs('dpo');
    const { user, router } = renderApp('/audit');
    await auditRows();

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Help and keyboard shortcuts' });
    // What the log holds is said here, not above the rows.
    expect(within(help).getByText(/^Every staff action on customer data/)).toBeInTheDocument();
    expect(within(help).getByText('Next page')).toBeInTheDocument();
    expect(within(help).getByText('Search by target id')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    await user.keyboard(']');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?page=2');
    });
    // As a person would: the second page is on screen before going back.
    expect(await screen.findByText(/^51–100 of/)).toBeInTheDocument();
    await user.keyboard('[[');
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit');
    });

    await user.keyboard('/');
    const targetId = screen.getByRole('textbox', { name: 'Target id' });
    expect(targetId).toHaveFocus();
    await user.keyboard('acc_?]');
    expect(targetId).toHaveValue('acc_?]');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // What was typed is the filter (applied once typing pauses), not a page change.
    await waitFor(() => {
      expect(currentUrl(router)).toBe('/audit?targetId=acc_%3F%5D');
    });
  });

  it('applies the target id as it is typed, once typing pauses, without Enter', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('dpo');
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/audit-events') requests.push(url);
    });
    const { user, router } = renderApp('/audit');
    const [first] = await auditRows();
    const target = first?.querySelector('td:nth-child(4) a, td:nth-child(4) bdi:last-child');
    const id = (target?.textContent ?? '').trim();
    expect(id).toMatch(/^[a-z]{3}_/);

    await user.type(screen.getByRole('textbox', { name: 'Target id' }), id);
    await waitFor(() => {
      expect(currentUrl(router)).toBe(`/audit?targetId=${id}`);
    });
    await waitFor(async () => {
      for (const row of await auditRows()) expect(row).toHaveTextContent(id);
    });
    // The list waited for typing to pause: not a request per keystroke, and the last one is the whole id.
    const asked = requests.flatMap((url) => url.searchParams.get('targetId') ?? []);
    expect(asked.at(-1)).toBe(id);
    expect(asked.length).toBeLessThan(id.length);
  });

  it('links each target to its record: accounts, their consent, alerts and incidents', async () => {
    await signedInAs('dpo');
    appendAuditEvent({
      actorId: demoStaff.analyst.id,
      action: 'alert.update',
      targetType: 'alert',
      targetId: 'alr_k4ppl8',
      summary: 'Acknowledged alr_k4ppl8',
    });
    appendAuditEvent({
      actorId: demoStaff.analyst.id,
      action: 'account.lock',
      targetType: 'account',
      targetId: 'acc_000123',
      reason: 'Credential stuffing',
      summary: 'Locked acc_000123',
    });
    appendAuditEvent({
      actorId: demoStaff.support.id,
      action: 'consent.withdraw',
      targetType: 'consent',
      targetId: 'acc_000124',
      reason: 'Asked on the phone',
      summary: 'Withdrew marketing_email of acc_000124',
    });
    appendAuditEvent({
      actorId: demoStaff.analyst.id,
      action: 'incident.create',
      targetType: 'incident',
      targetId: 'inc_000007',
      summary: 'Opened inc_000007',
    });
    appendAuditEvent({
      actorId: demoStaff.dpo.id,
      action: 'disclosure.export',
      targetType: 'disclosure',
      targetId: '*',
      summary: 'Exported 20 disclosures as CSV',
    });
    renderApp('/audit');
    await auditRows();
    expect(await screen.findByRole('link', { name: 'alr_k4ppl8' })).toHaveAttribute(
      'href',
      '/alerts/alr_k4ppl8',
    );
    expect(screen.getByRole('link', { name: 'acc_000123' })).toHaveAttribute('href', '/accounts/acc_000123');
    expect(screen.getByRole('link', { name: 'acc_000124' })).toHaveAttribute(
      'href',
      '/accounts/acc_000124/consent',
    );
    expect(screen.getByRole('link', { name: 'inc_000007' })).toHaveAttribute('href', '/incidents/inc_000007');
    expect(screen.queryByRole('link', { name: '*' })).not.toBeInTheDocument();
  });

  it('folds a 10,000-character reason to its first lines, wrapping, with the whole text on demand', async () => {
    await signedInAs('dpo');
    const reason = 'x'.repeat(10_000);
    appendAuditEvent({
      actorId: demoStaff.analyst.id,
      action: 'account.lock',
      targetType: 'account',
      targetId: 'acc_000123',
      reason,
      summary: 'Locked acc_000123',
    });
    const { user } = renderApp('/audit');
    await auditRows();
    const show = await screen.findByRole('button', { name: 'Show the whole reason (10,000 characters)' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const cell = show.closest('td');
    expect(cell).toHaveTextContent(reason);
    // It wraps anywhere and never grows past its column's width, however long the text.
    const box = show.parentElement;
    expect(box).toHaveStyle({ maxWidth: '320px', overflowWrap: 'anywhere' });
    await user.click(show);
    const less = screen.getByRole('button', { name: 'Show less of the reason' });
    expect(less).toHaveAttribute('aria-expanded', 'true');
    // A short summary is shown whole, with nothing to unfold.
    expect(screen.queryByRole('button', { name: /Show the whole summary/ })).not.toBeInTheDocument();
  });
});
