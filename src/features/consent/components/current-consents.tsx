import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ConsentState, CurrentConsent, Purpose } from '@/shared/contract/consent';
import { ErrorState } from '@/shared/ui/error-state';
import { RelativeTime } from '@/shared/ui/relative-time';
import { StatusChip } from '@/shared/ui/status-chip';
import { stateTone } from '@/shared/ui/theme';

const stateLabels: Record<ConsentState, string> = {
  granted: 'Granted',
  withdrawn: 'Withdrawn',
  not_asked: 'Not asked',
};

interface CurrentConsentsProps {
  consents: UseQueryResult<CurrentConsent[]>;
  purposes: readonly Purpose[];
}

/** One row per purpose: the state now, since when, under which policy version. */
export function CurrentConsents({ consents, purposes }: CurrentConsentsProps) {
  if (consents.isError) {
    return (
      <ErrorState
        error={consents.error}
        title="The current consents could not be loaded"
        onRetry={() => {
          void consents.refetch();
        }}
      />
    );
  }
  const byPurpose = new Map(consents.data?.map((consent) => [consent.purposeId, consent]));
  return (
    <Paper variant="outlined">
      <Table aria-label="Current consents">
        <TableHead>
          <TableRow>
            <TableCell>Purpose</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Since</TableCell>
            <TableCell>Policy version</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {purposes.map((purpose) => {
            const consent = byPurpose.get(purpose.id);
            return (
              <TableRow key={purpose.id}>
                <TableCell component="th" scope="row">
                  {purpose.name}{' '}
                  {purpose.required ? (
                    <Chip size="small" label="required" variant="outlined" sx={{ ml: 0.5 }} />
                  ) : null}
                </TableCell>
                <TableCell>
                  {consent ? (
                    <StatusChip label={stateLabels[consent.state]} tone={stateTone[consent.state]} />
                  ) : (
                    <Skeleton width={80} />
                  )}
                </TableCell>
                <TableCell>{consent?.since ? <RelativeTime value={consent.since} /> : '—'}</TableCell>
                <TableCell>{consent?.policyVersion ?? '—'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
