import {
  regulatorClockRunning,
  type Incident,
} from '@/shared/contract/incidents';
import type { StatusTone } from '@/shared/ui/theme';

// The 72-hour regulator clock of an incident (API.md "Security incidents and notifications";
// docs/api.md → Incidents: the clock runs while the incident is not closed and has neither a filed
// report nor a recorded decision not to report). Pure: callers pass server time (`serverNow()`),
// never the browser's clock.

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Under this much time left the clock shows minutes too ("5 h 20 min left"). */
export const regulatorClockMinutesBelowMs = 6 * hourMs;
/** Under this much time left the clock turns to the warning colour. */
export const regulatorClockWarningBelowMs = 24 * hourMs;

/** What the clock shows for one incident at one instant. */
export type RegulatorClockState =
  | {
      kind: 'running';
      /** Milliseconds to `regulatorDeadlineAt`; negative once overdue. */
      msLeft: number;
      /** "41 h left", "5 h 20 min left", "Due now", "Overdue by 3 h". */
      text: string;
      tone: StatusTone;
    }
  | { kind: 'reported'; text: string; tone: StatusTone; submittedAt: string }
  | { kind: 'decided'; text: string; tone: StatusTone }
  | { kind: 'stopped'; text: string; tone: StatusTone };

/** "3 h", "2 h 5 min", "12 min", "2 days 4 h" (`withDays`): a span (ms ≥ 1 minute), rounded down. */
function span(ms: number, withMinutes: boolean, withDays = false): string {
  const days = Math.floor(ms / dayMs);
  const hours = Math.floor(ms / hourMs);
  const minutes = Math.floor((ms % hourMs) / minuteMs);
  if (hours === 0) return `${String(minutes)} min`;
  if (withDays && days >= 2) {
    const rest = hours - days * 24;
    return `${String(days)} days${rest > 0 ? ` ${String(rest)} h` : ''}`;
  }
  return withMinutes && minutes > 0 ? `${String(hours)} h ${String(minutes)} min` : `${String(hours)} h`;
}

/**
 * The text of a running clock `msLeft` ms before its deadline (negative: after it), by server
 * time. Rounded down before the deadline, so it never promises more time than is left: "41 h
 * left" (6 hours or more, counted in hours), "5 h 20 min left", "12 min left", "Less than a minute left"; at the
 * deadline and in the minute after it "Due now"; then "Overdue by 1 min", "Overdue by 12 min", "Overdue by
 * 3 h", "Overdue by 2 days 4 h".
 */
export function regulatorClockText(msLeft: number): string {
  if (msLeft >= minuteMs) return `${span(msLeft, msLeft < regulatorClockMinutesBelowMs)} left`;
  if (msLeft > 0) return 'Less than a minute left';
  const over = -msLeft;
  if (over < minuteMs) return 'Due now';
  return `Overdue by ${span(over, over < regulatorClockMinutesBelowMs, true)}`;
}

/** The colour of a running clock: calm with a day or more left, warning under a day, error at and after the deadline. */
export function regulatorClockTone(msLeft: number): StatusTone {
  if (msLeft <= 0) return 'error';
  if (msLeft < regulatorClockWarningBelowMs) return 'warning';
  return 'info';
}

/**
 * The clock's state for `incident` at `nowMs` (epoch ms, server time). A closed incident is
 * neutral (its report or decision still named); a filed report reads "Reported <day>" (the
 * report's `submittedAt` in the staff member's zone, `formatDay`); a recorded decision "Not
 * reported: decision recorded"; otherwise the running clock.
 */
export function regulatorClockState(
  incident: Pick<Incident, 'status' | 'regulatorDeadlineAt' | 'regulatorReport' | 'regulatorDecision'>,
  nowMs: number,
  formatDay: (iso: string) => string,
): RegulatorClockState {
  const closed = incident.status === 'closed';
  if (incident.regulatorReport) {
    return {
      kind: 'reported',
      text: `Reported ${formatDay(incident.regulatorReport.submittedAt)}`,
      tone: closed ? 'default' : 'success',
      submittedAt: incident.regulatorReport.submittedAt,
    };
  }
  if (incident.regulatorDecision) {
    return { kind: 'decided', text: 'Not reported: decision recorded', tone: 'default' };
  }
  if (!regulatorClockRunning(incident)) return { kind: 'stopped', text: 'Closed', tone: 'default' };
  const msLeft = Date.parse(incident.regulatorDeadlineAt) - nowMs;
  return { kind: 'running', msLeft, text: regulatorClockText(msLeft), tone: regulatorClockTone(msLeft) };
}

/**
 * How long (ms, ≥ 1) until the running clock's text or colour next changes, `msLeft` ms before
 * the deadline: the clock repaints then and not before (cheap with a page of rows). Hours, then
 * minutes once minutes show, then the crossing of the deadline itself.
 */
export function regulatorClockNextChangeMs(msLeft: number): number {
  // In the last minute the next change is the deadline itself ("Due now").
  if (msLeft > 0 && msLeft < minuteMs) return msLeft;
  if (msLeft > 0) {
    // Before the deadline the text is rounded down: it changes when msLeft crosses the next lower
    // multiple of its unit (minutes below the minutes threshold or in the last hour, else hours);
    // the threshold crossings themselves fall on such multiples.
    const unit = msLeft < regulatorClockMinutesBelowMs ? minuteMs : hourMs;
    // The shown value holds down to the multiple itself and changes just past it.
    return (msLeft % unit) + 1;
  }
  // At and after the deadline the overdue span grows and changes when it reaches its next unit.
  const over = -msLeft;
  const unit = over < regulatorClockMinutesBelowMs ? minuteMs : hourMs;
  return unit - (over % unit);
}
