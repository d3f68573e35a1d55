import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { describeError, isApiError } from '@/shared/api/api-error';
import { serverNow } from '@/shared/api/server-time';
import { policyNoticeChannels, type PolicyVersion } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { useCan } from '@/shared/session/use-session';
import { FactRow } from '@/shared/ui/fact-row';
import { useToast } from '@/shared/ui/toast/use-toast';
import { useRetractPolicy } from '../api/mutations';
import { policyQueries } from '../api/queries';
import { countdownText } from '@/shared/lib/countdown';
import { purposesQuery } from '@/shared/resources/consent-purposes/queries';
import { policyNoticeChannelLabels } from '../policy-labels';

/** Server time (epoch ms), read again every `everyMs` milliseconds. */
function useServerClock(everyMs: number): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(serverNow());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

/**
 * A scheduled version's panel, for its version page: a live countdown to `effectiveAt` by server
 * time (days, hours and minutes, as text), its notice plan (channels, notice time, effective time
 * in the staff member's zone, re-consent purposes), and Retract for legal and the privacy officer
 * until it takes effect (`POST /policies/{id}/retract`, If-Match, after a confirmation; a 409 or
 * 412 because it took effect or was re-scheduled meanwhile is explained, with the current version
 * shown). Takes the version as `GET /policies/{id}`
 * answered it. Render it for every version, at a place that does not change with the status: it
 * shows nothing for a version that is not scheduled, except the explanation of a Retract refused
 * because the version took effect meanwhile. When the effective time passes, the version is read
 * again so the page shows it published.
 */
export function ScheduledPanel({ version }: { version: PolicyVersion }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const toast = useToast();
  const canManage = useCan('policies.manage');
  const now = useServerClock(1000);
  const purposes = useQuery(purposesQuery());
  const [asking, setAsking] = useState(false);
  // The version (its `version` number) a Retract of this panel succeeded on.
  const retractedFrom = useRef<number | null>(null);
  const sentFrom = useRef<number | null>(null);
  const retract = useRetractPolicy((retracted, outcome) => {
    retractedFrom.current = sentFrom.current;
    setAsking(false);
    toast.show({
      message:
        outcome === 'already-done'
          ? `Version ${retracted.label} was already retracted`
          : `Version ${retracted.label} is retracted: approved again, with no notice plan`,
    });
  });
  const effectiveMs = version.effectiveAt ? Date.parse(version.effectiveAt) : Number.NaN;
  const passed = !Number.isNaN(effectiveMs) && now >= effectiveMs;
  // "in 2 days 3 hours" (two units, rounded down: never more time than is left).
  const left = Number.isNaN(effectiveMs) || passed ? null : countdownText(version.effectiveAt ?? '', now);

  // Past the effective time the API publishes the version: read it (and the list) again.
  useEffect(() => {
    if (passed && version.status === 'scheduled') {
      void queryClient.invalidateQueries({ queryKey: policyQueries.all() });
    }
  }, [passed, version.status, queryClient]);

  const failure = retract.error;
  // Refused because the version moved on: the clock published it (409, or 412 when the mock
  // settled it first), or a colleague retracted and scheduled it again (412, still scheduled).
  const movedOn =
    isApiError(failure) && (failure.isConflict || (failure.isStale && version.status !== 'scheduled'));
  const failureAlert = failure ? (
    <MuiAlert severity="error" role="alert">
      {movedOn ? (
        <>
          <AlertTitle>It can no longer be retracted</AlertTitle>A version can be retracted only while it is
          scheduled, before its effective time. This one took effect (or changed state) meanwhile; to change a
          policy in force, make a new draft from it.
        </>
      ) : isApiError(failure) && failure.isStale ? (
        <>
          <AlertTitle>The schedule changed meanwhile</AlertTitle>A colleague changed this version’s schedule
          while you were about to retract it. The plan below is theirs now: read it, and retract again if it
          should not take effect.
        </>
      ) : (
        <>
          <AlertTitle>The version was not retracted</AlertTitle>
          {describeError(failure)}
        </>
      )}
    </MuiAlert>
  ) : null;
  // A refused Retract on a version that moved on still says why; otherwise only a scheduled version has a panel.
  if (version.status !== 'scheduled') return failureAlert;
  const notice = version.notice;
  const nameOf = (id: string) => purposes.data?.find((purpose) => purpose.id === id)?.name ?? id;
  const noticeSent = notice !== undefined && Date.parse(notice.sendAt) <= now;

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem' }}>
        Scheduled to take effect
      </Typography>
      <Typography variant="body1" role="timer" aria-label="Time until it takes effect">
        {left !== null ? (
          <>
            Takes effect <strong>{left}</strong>
          </>
        ) : passed ? (
          'The effective time has passed: the version is being published.'
        ) : (
          'No effective time is set.'
        )}
      </Typography>
      <Table size="small" aria-label="Notice plan">
        <TableBody>
          <FactRow label="Takes effect">
            {version.effectiveAt ? formatDateTime(version.effectiveAt) : '—'}
          </FactRow>
          <FactRow label="Notice goes out">{notice ? formatDateTime(notice.sendAt) : '—'}</FactRow>
          <FactRow label="Channels">
            {notice
              ? policyNoticeChannels
                  .filter((channel) => notice.channels.includes(channel))
                  .map((channel) => policyNoticeChannelLabels[channel])
                  .join(', ')
              : '—'}
          </FactRow>
          <FactRow label="Re-consent purposes">
            {notice && notice.reconsentPurposes.length > 0
              ? notice.reconsentPurposes.map(nameOf).join(', ')
              : 'None: nobody is asked again'}
          </FactRow>
        </TableBody>
      </Table>
      {failureAlert}
      {canManage && left !== null ? (
        <Box>
          <Button
            variant="outlined"
            color="warning"
            onClick={() => {
              retract.reset();
              setAsking(true);
            }}
          >
            Retract…
          </Button>
        </Box>
      ) : null}
      <Dialog
        open={asking}
        onClose={() => {
          if (!retract.isPending) setAsking(false);
        }}
        aria-labelledby="retract-title"
      >
        <DialogTitle id="retract-title">Retract version {version.label}?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            It will not take effect on {version.effectiveAt ? formatDateTime(version.effectiveAt) : '—'}. It
            goes back to approved, and its notice plan and effective time are cleared; it can be scheduled
            again.
            {noticeSent
              ? ` The notice went out on ${formatDateTime(notice.sendAt)}: customers were told of a change that will now not happen.`
              : ''}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button
            autoFocus
            disabled={retract.isPending}
            onClick={() => {
              setAsking(false);
            }}
          >
            Keep it scheduled
          </Button>
          <Button
            color="warning"
            variant="contained"
            aria-disabled={retract.isPending}
            onClick={() => {
              // A second press of a double click may land after the first was answered: once this
              // version was retracted, a press made on it is the same intent and is dropped.
              if (retract.isPending || retractedFrom.current === version.version) return;
              sentFrom.current = version.version;
              retract.mutate(version, null);
            }}
          >
            {retract.isPending ? 'Retracting…' : 'Retract'}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
