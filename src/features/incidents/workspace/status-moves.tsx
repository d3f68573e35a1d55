import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { lazy, Suspense, useRef } from 'react';
import { describeError } from '@/shared/api/api-error';
import { incidentStatusMoves, type Incident, type IncidentStatus } from '@/shared/contract/incidents';
import { formatDateTime } from '@/shared/lib/format';
import { ErrorState } from '@/shared/ui/error-state';
import { useMoveIncident } from '../api/mutations';
import { incidentMoveLabel, incidentStatusLabels } from '../incident-labels';
import { useClosingCheck } from './closing-check';
import { useFocusKeptInGroup } from '@/shared/ui/use-focus-kept-in-group';

const ConflictDialog = lazy(() =>
  import('@/shared/ui/conflict-dialog').then((module) => ({ default: module.ConflictDialog })),
);

/**
 * The incident's allowed next moves as buttons (`incidentStatusMoves`; shown only to those with
 * `incidents.edit`, the caller decides). "Close incident" is offered only when the contract's
 * closing conditions hold; otherwise what is missing is listed plainly. A press sends one PATCH
 * with If-Match: a colleague's change (412) opens the conflict dialog, a refusal (409) shows the
 * API's detail.
 */
export function StatusMoves({ incident }: { incident: Incident }) {
  const move = useMoveIncident();
  // The last move sent ("<version>:<status>"): the second press of a double click that arrives
  // after the first request came back, on the button not yet re-rendered, is the same intent.
  const lastSent = useRef('');
  const group = useFocusKeptInGroup(incident.version);
  const moves = incidentStatusMoves[incident.status];
  const closing = useClosingCheck(incident, moves.includes('closed'));
  const offered = moves.filter(
    (to) => to !== 'closed' || (closing.state === 'ready' && closing.problems.length === 0),
  );
  const press = (to: IncidentStatus) => {
    const key = `${String(incident.version)}:${to}`;
    if (key === lastSent.current && !move.error) return;
    lastSent.current = key;
    move.mutate(incident, to);
  };
  const { conflict } = move;

  return (
    <Box
      ref={group}
      tabIndex={-1}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-start', outline: 'none' }}
    >
      {offered.length > 0 ? (
        <Box role="group" aria-label="Status moves" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {offered.map((to) => (
            <Button
              key={to}
              variant={to === offered[0] ? 'contained' : 'outlined'}
              disabled={move.isPending}
              onClick={() => {
                press(to);
              }}
            >
              {incidentMoveLabel(incident.status, to)}
            </Button>
          ))}
          {move.isPending ? <CircularProgress size={20} aria-label="Saving the status" /> : null}
        </Box>
      ) : null}
      {closing.state === 'checking' ? (
        <Box component="p" sx={{ m: 0, color: 'text.secondary', fontSize: '0.875rem' }}>
          Checking whether the incident can close…
        </Box>
      ) : null}
      {closing.state === 'failed' ? (
        <ErrorState
          error={closing.error}
          title="Whether the incident can close could not be checked"
          onRetry={closing.retry}
        />
      ) : null}
      {closing.state === 'ready' && closing.problems.length > 0 ? (
        <MuiAlert severity="info" component="section" role="region" aria-label="Before closing">
          <AlertTitle>Before the incident can close</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {closing.problems.map((problem) => (
              <li key={`${problem.kind}-${'noticeId' in problem ? problem.noticeId : ''}`}>
                {problem.message}
              </li>
            ))}
          </Box>
        </MuiAlert>
      ) : null}
      {move.error ? (
        <MuiAlert severity="error" role="alert" onClose={move.reset}>
          <AlertTitle>The status was not changed</AlertTitle>
          {describeError(move.error)}
        </MuiAlert>
      ) : null}
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            open
            action={incidentMoveLabel(incident.status, conflict.input)}
            rows={[
              {
                label: 'Status',
                theirs: incidentStatusLabels[conflict.theirs.status],
                mine: incidentStatusLabels[conflict.input],
              },
              { label: 'Title', theirs: conflict.theirs.title, mine: incident.title },
              {
                label: 'Last change',
                theirs: lastChange(conflict.theirs),
                mine: lastChange(incident),
              },
            ]}
            applyLabel="Make my move on their version"
            canApply={incidentStatusMoves[conflict.theirs.status].includes(conflict.input)}
            onApplyMine={move.keepMine}
            onKeepTheirs={move.takeTheirs}
            onClose={move.closeConflict}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}

/** The incident's newest timeline entry, "<text> (<when>)", or "—". */
function lastChange(incident: Incident): string {
  const last = incident.timeline.at(-1);
  return last ? `${last.text} (${formatDateTime(last.at)})` : '—';
}
