import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { notificationBatchFinished, type NotificationBatch } from '@/shared/contract/incidents';
import { formatDateTime } from '@/shared/lib/format';
import { ErrorState } from '@/shared/ui/error-state';
import { StatusChip } from '@/shared/ui/status-chip';
import { UserText } from '@/shared/ui/user-text';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import {
  deliveryFailureReasonLabels,
  incidentNoticeChannelLabels,
  notificationBatchStatusLabels,
  notificationBatchStatusTones,
} from '../incident-labels';
import { useNotificationBatch } from './batch-polling';

const count = (value: number) => value.toLocaleString('en');

/** Sent of total as a whole percentage (100 for a finished batch with nobody to message). */
function percentSent(batch: NotificationBatch): number {
  if (batch.total === 0) return notificationBatchFinished(batch) ? 100 : 0;
  return Math.min(100, Math.floor((batch.sent / batch.total) * 100));
}

/**
 * What screen readers hear, politely: the status and progress in steps of a quarter, so a
 * sending batch is announced a few times, not on every read.
 */
export function progressAnnouncement(batch: NotificationBatch): string {
  const status = notificationBatchStatusLabels[batch.status];
  if (batch.status === 'completed') {
    return `Sending completed: ${count(batch.delivered)} delivered, ${count(batch.failed)} failed.`;
  }
  if (batch.status === 'failed')
    return `Sending failed after ${count(batch.sent)} of ${count(batch.total)} sent.`;
  if (batch.status === 'queued') return `${status}: sending starts shortly.`;
  const quarter = Math.floor(percentSent(batch) / 25) * 25;
  return `${status}: at least ${String(quarter)}% sent.`;
}

function ChannelTable({ batch }: { batch: NotificationBatch }) {
  return (
    <Table size="small" aria-label="Delivery by channel">
      <TableHead>
        <TableRow>
          <TableCell>Channel</TableCell>
          <TableCell align="right">Sent</TableCell>
          <TableCell align="right">Delivered</TableCell>
          <TableCell align="right">Failed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {batch.byChannel.map((row) => (
          <TableRow key={row.channel}>
            <TableCell component="th" scope="row">
              {incidentNoticeChannelLabels[row.channel]}
            </TableCell>
            <TableCell align="right">{count(row.sent)}</TableCell>
            <TableCell align="right">{count(row.delivered)}</TableCell>
            <TableCell align="right">{count(row.failed)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function FailureReasons({ batch }: { batch: NotificationBatch }) {
  const failures = batch.failures ?? [];
  if (failures.length === 0) {
    return notificationBatchFinished(batch) ? (
      <Typography variant="body2">
        {batch.status === 'failed' ? 'None of the messages that went out failed.' : 'No message failed.'}
      </Typography>
    ) : null;
  }
  return (
    <Table size="small" aria-label="Failures by reason">
      <TableHead>
        <TableRow>
          <TableCell>Why not delivered</TableCell>
          <TableCell align="right">Messages</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {failures.map((failure) => (
          <TableRow key={failure.reason}>
            <TableCell component="th" scope="row">
              {deliveryFailureReasonLabels[failure.reason]}
            </TableCell>
            <TableCell align="right">{count(failure.count)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The live progress of a notice's batch (`GET /incidents/{id}/notifications/{batchId}`, polled by
 * `useNotificationBatch`: backs off, ≤ 1 read per 2 s, stops when finished or the tab is hidden):
 * a progress bar of sent of total, the batch status, sent / delivered / failed per channel, and
 * once finished the totals and the failures by reason; a failed batch says why (`failureDetail`).
 * Progress is announced politely, by quarters. Takes the incident's and the batch's ids.
 */
export function BatchProgress({ incidentId, batchId }: { incidentId: string; batchId: string }) {
  const query = useNotificationBatch(incidentId, batchId);
  const batch = query.data;
  if (!batch) {
    if (query.isError) {
      return (
        <ErrorState
          title="The sending progress could not be read"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      );
    }
    return (
      <Box role="status" aria-label="Reading the sending progress">
        <Skeleton variant="rounded" height={72} />
      </Box>
    );
  }
  const finished = notificationBatchFinished(batch);
  const percent = percentSent(batch);
  return (
    <Box component="section" aria-label={`Sending of batch ${batch.id}`} sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h4">
          Batch {batch.id}
        </Typography>
        <StatusChip
          label={notificationBatchStatusLabels[batch.status]}
          tone={notificationBatchStatusTones[batch.status]}
        />
        <Typography variant="body2" color="text.secondary">
          Started {formatDateTime(batch.startedAt)}
          {batch.finishedAt ? `, finished ${formatDateTime(batch.finishedAt)}` : ''}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={batch.status === 'failed' ? 'error' : batch.status === 'completed' ? 'success' : 'primary'}
        aria-label="Messages sent"
        aria-valuetext={`${count(batch.sent)} of ${count(batch.total)} sent`}
      />
      <Typography variant="body2">
        {count(batch.sent)} of {count(batch.total)} sent · {count(batch.delivered)} delivered ·{' '}
        {count(batch.failed)} failed
      </Typography>
      {query.isError ? (
        <Typography variant="body2" color="warning.main" role="status">
          The latest progress could not be read; trying again.
        </Typography>
      ) : null}
      {batch.status === 'failed' ? (
        <MuiAlert severity="error">
          <AlertTitle>The batch failed</AlertTitle>
          <UserText>{batch.failureDetail ?? 'The sending stopped; the API gave no reason.'}</UserText>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {count(Math.max(0, batch.total - batch.sent))} of {count(batch.total)} were never sent.
          </Typography>
        </MuiAlert>
      ) : null}
      {batch.status === 'completed' ? (
        <MuiAlert severity={batch.failed > 0 ? 'warning' : 'success'}>
          Completed: {count(batch.delivered)} delivered and {count(batch.failed)} failed of{' '}
          {count(batch.total)}.
        </MuiAlert>
      ) : null}
      <ChannelTable batch={batch} />
      {finished ? <FailureReasons batch={batch} /> : null}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {progressAnnouncement(batch)}
      </Box>
    </Box>
  );
}
