import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeDraft } from '@/shared/contract/incidents';
import { knownIncidents } from '@mocks/db/known-incidents';
import { demoStaff } from '@mocks/db/staff';
import { signedInAs } from '@mocks/scenarios/session';
import { batchReply, stubNoticesApi } from '@tests/notices-api-stub';
import { renderApp } from '@tests/render-with-providers';
import { nextPollDelay } from './batch-polling';

const incidentId = knownIncidents.open;

const sentNotice: NoticeDraft = {
  id: 'ntc_sent',
  version: 5,
  status: 'sent',
  audience: 'all_affected',
  channels: ['email', 'letter'],
  content: {
    natureAndImpact: 'What happened',
    measuresTaken: 'What we did',
    userSuggestions: 'What you can do',
    remedies: 'Remedies',
    contact: 'Contact',
  },
  authorId: demoStaff.analyst.id,
  approverId: demoStaff.legal2.id,
  batchId: 'bat_poll',
};

const at = (sent: number) =>
  batchReply('sending', 1000, [
    { channel: 'email', sent, delivered: 0, failed: 0 },
    { channel: 'letter', sent: 0, delivered: 0, failed: 0 },
  ]);
const done = batchReply(
  'completed',
  1000,
  [
    { channel: 'email', sent: 900, delivered: 890, failed: 10 },
    { channel: 'letter', sent: 100, delivered: 100, failed: 0 },
  ],
  { failures: [{ reason: 'no_contact', count: 10 }], finishedAt: '2026-11-30T10:03:00.000Z' },
);

function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Lets the polling's fake interval time pass and the reads it starts be answered. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('nextPollDelay', () => {
  it('starts at 2 s, doubles while nothing moves up to 8 s, and goes back to 2 s on progress', () => {
    const waits: number[] = [];
    let wait: number | undefined;
    for (const progressed of [true, false, false, false, false, true, false]) {
      wait = nextPollDelay(wait, progressed);
      waits.push(wait);
    }
    expect(waits).toEqual([2000, 4000, 8000, 8000, 8000, 2000, 4000]);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(2000);
  });
});

describe('Following a sending batch', () => {
  it('reads at most once per 2 s, backs off while nothing moves, and stops once the batch has finished', async () => {
    await signedInAs('legal');
    // Only the polling's intervals are fake: the requests and the page run on real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stub = stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [sentNotice],
      // Read 1 (on opening), 2 at +2 s: no progress → 3 at +4 s more: no progress → 4 at +8 s more:
      // progress → 5 at +2 s more: finished.
      batches: { bat_poll: [at(100), at(100), at(100), at(400), done] },
    });
    renderApp(`/incidents/${incidentId}`);
    const region = await screen.findByRole('region', { name: 'Sending of batch bat_poll' });
    expect(stub.reads('bat_poll')).toBe(1);
    expect(within(region).getByRole('progressbar', { name: 'Messages sent' })).toHaveAttribute(
      'aria-valuenow',
      '10',
    );

    await pass(1999);
    expect(stub.reads('bat_poll')).toBe(1);
    await pass(1);
    await waitFor(() => {
      expect(stub.reads('bat_poll')).toBe(2);
    });
    // Nothing moved: the next read waits 4 s.
    await pass(3999);
    expect(stub.reads('bat_poll')).toBe(2);
    await pass(1);
    await waitFor(() => {
      expect(stub.reads('bat_poll')).toBe(3);
    });
    // Still nothing: 8 s.
    await pass(7999);
    expect(stub.reads('bat_poll')).toBe(3);
    await pass(1);
    await waitFor(() => {
      expect(stub.reads('bat_poll')).toBe(4);
    });
    expect(region).toHaveTextContent('400 of 1,000 sent');
    // It moved: back to 2 s, and the batch has finished.
    await pass(2000);
    await waitFor(() => {
      expect(region).toHaveTextContent('Completed: 990 delivered and 10 failed of 1,000.');
    });
    expect(stub.reads('bat_poll')).toBe(5);
    expect(within(region).getByRole('table', { name: 'Failures by reason' })).toHaveTextContent(
      'No contact details for this channel10',
    );
    await pass(60_000);
    expect(stub.reads('bat_poll')).toBe(5);
  });

  it('reads nothing while the tab is hidden and goes on when it shows again', async () => {
    await signedInAs('legal');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stub = stubNoticesApi({
      incidentId,
      me: demoStaff.legal.id,
      notices: [sentNotice],
      batches: { bat_poll: [at(100), at(200), at(300)] },
    });
    renderApp(`/incidents/${incidentId}`);
    const region = await screen.findByRole('region', { name: 'Sending of batch bat_poll' });
    expect(stub.reads('bat_poll')).toBe(1);

    setVisibility('hidden');
    await pass(30_000);
    expect(stub.reads('bat_poll')).toBe(1);

    setVisibility('visible');
    await pass(2000);
    await waitFor(() => {
      expect(stub.reads('bat_poll')).toBeGreaterThanOrEqual(2);
    });
    await waitFor(() => {
      expect(region).toHaveTextContent('200 of 1,000 sent');
    });
  });
});
