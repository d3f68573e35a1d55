import { describe, expect, it } from 'vitest';
import type { Incident } from '@/shared/contract/incidents';
import {
  regulatorClockNextChangeMs,
  regulatorClockState,
  regulatorClockText,
  regulatorClockTone,
} from './regulator-clock-state';

const minute = 60_000;
const hour = 60 * minute;
const deadline = '2026-12-04T12:00:00.000Z';
const deadlineMs = Date.parse(deadline);
const day = (iso: string) => `day of ${iso}`;

const incident = (
  patch: Partial<Pick<Incident, 'status' | 'regulatorReport' | 'regulatorDecision'>> = {},
): Pick<Incident, 'status' | 'regulatorDeadlineAt' | 'regulatorReport' | 'regulatorDecision'> => ({
  status: 'assessing',
  regulatorDeadlineAt: deadline,
  ...patch,
});

const report: NonNullable<Incident['regulatorReport']> = {
  id: 'rep_1',
  incidentId: 'inc_1',
  authority: 'Data protection authority',
  submittedAt: '2026-12-03T09:00:00.000Z',
  reference: 'DPA-1',
  contentSummary: 'Summary',
  filedBy: 'stf_legal',
  filedAt: '2026-12-03T09:05:00.000Z',
};

describe('regulatorClockText', () => {
  it('counts whole hours down while six hours or more are left, never rounding up', () => {
    expect(regulatorClockText(41 * hour + 59 * minute)).toBe('41 h left');
    expect(regulatorClockText(72 * hour)).toBe('72 h left');
    expect(regulatorClockText(6 * hour)).toBe('6 h left');
  });

  it('adds minutes under six hours, then minutes alone in the last hour', () => {
    expect(regulatorClockText(5 * hour + 20 * minute + 59_000)).toBe('5 h 20 min left');
    expect(regulatorClockText(2 * hour)).toBe('2 h left');
    expect(regulatorClockText(12 * minute + 1)).toBe('12 min left');
    expect(regulatorClockText(30_000)).toBe('Less than a minute left');
  });

  it('says the deadline plainly at it and after it', () => {
    expect(regulatorClockText(0)).toBe('Due now');
    expect(regulatorClockText(-59_999)).toBe('Due now');
    expect(regulatorClockText(-minute)).toBe('Overdue by 1 min');
    expect(regulatorClockText(-12 * minute)).toBe('Overdue by 12 min');
    expect(regulatorClockText(-(3 * hour + 10 * minute))).toBe('Overdue by 3 h 10 min');
    expect(regulatorClockText(-(7 * hour + 10 * minute))).toBe('Overdue by 7 h');
    expect(regulatorClockText(-(52 * hour))).toBe('Overdue by 2 days 4 h');
  });
});

describe('regulatorClockTone', () => {
  it('is calm with a day left, a warning under a day, an error at and after the deadline', () => {
    expect(regulatorClockTone(24 * hour)).toBe('info');
    expect(regulatorClockTone(24 * hour - 1)).toBe('warning');
    expect(regulatorClockTone(1)).toBe('warning');
    expect(regulatorClockTone(0)).toBe('error');
    expect(regulatorClockTone(-hour)).toBe('error');
  });
});

describe('regulatorClockState', () => {
  it('runs against the deadline by the time it is given, before, at and after', () => {
    expect(regulatorClockState(incident(), deadlineMs - 41 * hour, day)).toMatchObject({
      kind: 'running',
      text: '41 h left',
      tone: 'info',
    });
    expect(regulatorClockState(incident(), deadlineMs, day)).toMatchObject({ text: 'Due now', tone: 'error' });
    expect(regulatorClockState(incident(), deadlineMs + 3 * hour, day)).toMatchObject({
      text: 'Overdue by 3 h',
      tone: 'error',
    });
  });

  it('marks a filed report with its day, even past the deadline', () => {
    const state = regulatorClockState(incident({ regulatorReport: report }), deadlineMs + 10 * hour, day);
    expect(state).toMatchObject({ kind: 'reported', text: `Reported day of ${report.submittedAt}`, tone: 'success' });
  });

  it('marks a recorded decision not to report', () => {
    const state = regulatorClockState(
      incident({ regulatorDecision: { report: false, reason: 'No risk to customers' } }),
      deadlineMs + hour,
      day,
    );
    expect(state).toMatchObject({ kind: 'decided', text: 'Not reported: decision recorded', tone: 'default' });
  });

  it('shows a closed incident in the neutral colour', () => {
    expect(regulatorClockState(incident({ status: 'closed', regulatorReport: report }), deadlineMs, day).tone).toBe(
      'default',
    );
    expect(regulatorClockState(incident({ status: 'closed' }), deadlineMs + hour, day)).toMatchObject({
      kind: 'stopped',
      tone: 'default',
    });
  });
});

describe('regulatorClockNextChangeMs', () => {
  // Walks the clock from `msLeft` to the change it predicts and checks the text changes there and not before.
  const changesExactlyAfter = (msLeft: number) => {
    const wait = regulatorClockNextChangeMs(msLeft);
    const before = `${regulatorClockText(msLeft)}|${regulatorClockTone(msLeft)}`;
    const justBefore = msLeft - (wait - 1);
    const at = msLeft - wait;
    expect(`${regulatorClockText(justBefore)}|${regulatorClockTone(justBefore)}`).toBe(before);
    expect(`${regulatorClockText(at)}|${regulatorClockTone(at)}`).not.toBe(before);
  };

  it('waits for the next change of the shown unit, no longer and no shorter', () => {
    for (const msLeft of [
      41 * hour + 30 * minute,
      24 * hour + 5,
      6 * hour + 1,
      6 * hour,
      5 * hour + 20 * minute + 5_000,
      59_000,
      0,
      -30_000,
      -(5 * hour + 59 * minute + 59_000),
      -(7 * hour + 1),
    ]) {
      changesExactlyAfter(msLeft);
    }
  });

  it('repaints hourly while hours show, not every second', () => {
    expect(regulatorClockNextChangeMs(41 * hour + 30 * minute)).toBe(30 * minute + 1);
    expect(regulatorClockNextChangeMs(-(10 * hour + 15 * minute))).toBe(45 * minute);
  });
});
