import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordServerDate, resetServerTime } from '@/shared/api/server-time';
import { RegulatorClock } from './regulator-clock';

const minute = 60_000;
const hour = 60 * minute;
// The browser's clock, and the server's an hour and a half ahead of it.
const browserNow = Date.parse('2026-12-01T08:00:00Z');
const serverAhead = 90 * minute;

/** Lets `ms` pass a minute at a time, as real time would, each step rendered. */
function pass(ms: number) {
  for (let left = ms; left > 0; left -= minute) {
    act(() => {
      vi.advanceTimersByTime(Math.min(minute, left));
    });
  }
}

const shown = () => document.querySelector('[data-clock]')?.firstElementChild?.textContent;

describe('RegulatorClock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(browserNow);
    recordServerDate(new Date(browserNow + serverAhead).toUTCString(), browserNow);
  });
  afterEach(() => {
    resetServerTime();
    vi.useRealTimers();
  });

  it('counts by server time and repaints as its shown unit changes, across the deadline', () => {
    const deadline = browserNow + serverAhead + 6 * hour + 30_000;
    render(
      <RegulatorClock
        incident={{ status: 'assessing', regulatorDeadlineAt: new Date(deadline).toISOString() }}
        showDeadline
      />,
    );
    expect(shown()).toBe('6 h left');
    pass(30_001);
    expect(shown()).toBe('5 h 59 min left');
    pass(5 * hour + 58 * minute);
    expect(shown()).toBe('1 min left');
    pass(minute);
    expect(shown()).toBe('Less than a minute left');
    pass(59_999);
    expect(shown()).toBe('Due now');
    pass(3 * hour);
    expect(shown()).toBe('Overdue by 3 h');
    expect(screen.getByText(/^Regulator deadline /)).toBeInTheDocument();
  });

  it('stops counting once the report is filed', () => {
    render(
      <RegulatorClock
        incident={{
          status: 'notifying',
          regulatorDeadlineAt: new Date(browserNow + hour).toISOString(),
          regulatorReport: {
            id: 'rep_1',
            incidentId: 'inc_1',
            authority: 'Authority',
            submittedAt: new Date(browserNow).toISOString(),
            reference: 'R-1',
            contentSummary: 'Summary',
            filedBy: 'stf_1',
            filedAt: new Date(browserNow).toISOString(),
          },
        }}
      />,
    );
    expect(shown()).toMatch(/^Reported /);
    expect(vi.getTimerCount()).toBe(0);
  });
});
