import { useEffect, useState } from 'react';
import { serverNow } from '@/shared/api/server-time';
import type { Incident } from '@/shared/contract/incidents';
import { formatDateTime } from '@/shared/lib/format';
import { StatusChip } from '@/shared/ui/status-chip';
import { regulatorClockNextChangeMs, regulatorClockState } from './regulator-clock-state';

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "3 Dec 2026": the day of an instant in the staff member's time zone. */
export function formatIncidentDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** The longest a clock waits between two readings of server time (the server offset may move). */
const maxWaitMs = 60_000;

type ClockIncident = Pick<
  Incident,
  'status' | 'regulatorDeadlineAt' | 'regulatorReport' | 'regulatorDecision'
>;

/**
 * The server time (epoch ms, `serverNow()`) at which `incident`'s clock was last read, renewed
 * when its shown text or colour next changes (`regulatorClockNextChangeMs`, at most a minute
 * apart) and only while the clock runs. Clears its timer on unmount.
 */
function useClockNow(incident: ClockIncident): number {
  const [now, setNow] = useState(serverNow);
  const state = regulatorClockState(incident, now, formatIncidentDay);
  const msLeft = state.kind === 'running' ? state.msLeft : undefined;
  useEffect(() => {
    if (msLeft === undefined) return undefined;
    const timer = window.setTimeout(() => {
      setNow(serverNow());
    }, Math.min(regulatorClockNextChangeMs(msLeft), maxWaitMs));
    return () => {
      window.clearTimeout(timer);
    };
  }, [msLeft]);
  return now;
}

interface RegulatorClockProps {
  incident: ClockIncident;
  /** Also say the deadline itself in words (the workspace header); the list shows it on hover. */
  showDeadline?: boolean;
}

/**
 * The incident's 72-hour regulator clock (API.md "Security incidents and notifications"), by
 * server time, live: time left in colour and words ("41 h left", "5 h 20 min left" in warning,
 * "Overdue by 3 h" in error), "Reported <day>" once a report is filed, "Not reported: decision
 * recorded", neutral once closed. The exact deadline, in the staff member's zone with the zone
 * named, is on hover or (with `showDeadline`) beside it. Each clock repaints only when its text
 * changes, so a page of rows stays cheap.
 */
export function RegulatorClock({ incident, showDeadline = false }: RegulatorClockProps) {
  const now = useClockNow(incident);
  const state = regulatorClockState(incident, now, formatIncidentDay);
  const deadline = `Regulator deadline ${formatDateTime(incident.regulatorDeadlineAt)}`;
  return (
    <span
      data-clock={state.kind}
      title={state.kind === 'reported' ? formatDateTime(state.submittedAt) : deadline}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}
    >
      <StatusChip label={state.text} tone={state.tone} />
      {showDeadline ? (
        <time dateTime={incident.regulatorDeadlineAt} style={{ fontSize: '0.875rem' }}>
          {deadline}
        </time>
      ) : null}
    </span>
  );
}
