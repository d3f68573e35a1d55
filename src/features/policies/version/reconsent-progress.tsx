import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReconsentProgressEntry } from '@/shared/contract/policies';
import { ErrorState } from '@/shared/ui/error-state';
import { policyQueries } from '../api/queries';
import { usePurposeName } from '@/shared/resources/consent-purposes/queries';

const share = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/**
 * One purpose's answers as a plain stacked bar: granted, withdrawn, pending, each as a share of
 * those asked. Decorative: the numbers beside it say the same in text.
 */
function AnswerBar({ entry }: { entry: ReconsentProgressEntry }) {
  const parts = [
    { key: 'granted', value: entry.granted, color: 'success.main' },
    { key: 'withdrawn', value: entry.withdrawn, color: 'error.main' },
    { key: 'pending', value: entry.pending, color: 'action.disabledBackground' },
  ];
  return (
    <Box
      aria-hidden
      sx={{
        display: 'flex',
        height: 10,
        minWidth: 120,
        borderRadius: 1,
        overflow: 'hidden',
        bgcolor: 'action.hover',
      }}
    >
      {parts.map((part) => (
        <Box
          key={part.key}
          sx={{ width: `${String(share(part.value, entry.asked))}%`, bgcolor: part.color }}
        />
      ))}
    </Box>
  );
}

const number = (value: number) => value.toLocaleString();

/**
 * The re-consent answers of a published or superseded version (`GET /policies/{id}/reconsent-
 * progress`, as of server time): per purpose it asked again, how many accounts were asked, granted,
 * withdrew and have not answered yet, with a bar of the same shares. Loading, a failure with Retry
 * and "asked none" each say so.
 */
export function ReconsentProgress({ versionId }: { versionId: string }) {
  const progress = useQuery(policyQueries.reconsentProgress(versionId));
  const purposeName = usePurposeName();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="reconsent-heading" sx={{ p: 1.5 }}>
      <Typography id="reconsent-heading" variant="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        Re-consent progress
      </Typography>
      <Typography variant="caption" color="text.secondary">
        Customers asked to opt in again when this version took effect, and their answers so far (bars:
        granted, withdrawn, pending).
      </Typography>
      {progress.isPending ? (
        <Box aria-busy="true" aria-label="Loading the re-consent progress" sx={{ mt: 1 }}>
          <Skeleton variant="rectangular" height={72} />
        </Box>
      ) : progress.isError ? (
        <Box sx={{ mt: 1 }}>
          <ErrorState
            error={progress.error}
            title="The re-consent progress could not be loaded"
            onRetry={() => {
              void progress.refetch();
            }}
          />
        </Box>
      ) : progress.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          This version asked customers for no purpose again.
        </Typography>
      ) : (
        <Table size="small" aria-labelledby="reconsent-heading" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>Purpose</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                Asked
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                Granted
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                Withdrawn
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                Pending
              </TableCell>
              <TableCell sx={{ fontWeight: 600, width: '25%' }}>Answers</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {progress.data.map((entry) => (
              <TableRow key={entry.purposeId}>
                <TableCell component="th" scope="row">
                  {purposeName(entry.purposeId)}
                </TableCell>
                <TableCell align="right">{number(entry.asked)}</TableCell>
                <TableCell align="right">{number(entry.granted)}</TableCell>
                <TableCell align="right">{number(entry.withdrawn)}</TableCell>
                <TableCell align="right">{number(entry.pending)}</TableCell>
                <TableCell>
                  <AnswerBar entry={entry} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
