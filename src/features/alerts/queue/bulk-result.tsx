import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { describeError } from '@/shared/api/api-error';
import type { AlertBulkFailure, AlertBulkResponse } from '@/shared/contract/alerts';
import { paths } from '@/shared/lib/paths';
import { StaffName } from '@/shared/staff/staff-name';
import { alertStatusLabels } from '../alert-labels';
import { currentOfFailure } from '../api/mutations';
import { staleButApplicable, type BulkRun } from './use-bulk-change';
import { UserText } from '@/shared/ui/user-text';

function failureReason({ problem }: AlertBulkFailure): string {
  return problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
}

/** What a colleague left the alert as (412): the person decides on that, not on what they saw. */
function TheirState({ failure }: { failure: AlertBulkFailure }) {
  const current = failure.problem.status === 412 ? currentOfFailure(failure) : undefined;
  if (!current) return null;
  return (
    <>
      {' '}
      — now {alertStatusLabels[current.status].toLowerCase()},{' '}
      {current.assigneeId ? (
        <>
          assigned to <StaffName id={current.assigneeId} />
        </>
      ) : (
        'unassigned'
      )}
    </>
  );
}

interface BulkResultProps {
  run: BulkRun;
  /** The reply; absent while it is sent or when the request itself failed. */
  result: AlertBulkResponse | undefined;
  error: Error | null;
  pending: boolean;
  onRetryFailed: () => void;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * What a change on several alerts did: how many succeeded, and every failure with its reason; an
 * alert a colleague changed first shows their state. Nothing is skipped or resent silently: "Apply
 * to their versions" appears only for such alerts whose state still allows the change, and sends
 * it on their version because the person chose so; refused items (409, 403) are not offered.
 */
export function BulkResult({
  run,
  result,
  error,
  pending,
  onRetryFailed,
  onRetry,
  onClose,
}: BulkResultProps) {
  const total = run.items.length;
  const noun = (n: number) => (n === 1 ? 'alert' : 'alerts');

  if (pending) {
    return (
      <Alert severity="info" role="status" sx={{ mb: 1 }}>
        {`Changing ${total.toLocaleString()} ${noun(total)}…`}
      </Alert>
    );
  }
  if (error) {
    return (
      <Alert
        severity="error"
        role="alert"
        sx={{ mb: 1 }}
        action={
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
            <Button color="inherit" size="small" onClick={onClose}>
              Close
            </Button>
          </Box>
        }
      >
        {`Nothing was changed: ${describeError(error)}`}
      </Alert>
    );
  }
  if (!result) return null;

  const succeeded = result.updated.length;
  const failed = result.failed;
  const applicable = failed.filter((failure) => staleButApplicable(failure, run.patch)).length;
  return (
    <Alert
      severity={failed.length === 0 ? 'success' : 'warning'}
      role="status"
      sx={{ mb: 1 }}
      action={
        <Box sx={{ display: 'flex', gap: 1 }}>
          {applicable > 0 ? (
            <Button color="inherit" size="small" onClick={onRetryFailed} disabled={pending}>
              {applicable === 1
                ? 'Apply to their version'
                : `Apply to their ${applicable.toLocaleString()} versions`}
            </Button>
          ) : null}
          <Button color="inherit" size="small" onClick={onClose}>
            Close
          </Button>
        </Box>
      }
    >
      <span>
        {failed.length === 0
          ? `${succeeded.toLocaleString()} ${noun(succeeded)} ${run.done}.`
          : `${succeeded.toLocaleString()} of ${total.toLocaleString()} ${noun(total)} ${run.done}; ${failed.length.toLocaleString()} failed:`}
      </span>
      {failed.length > 0 ? (
        <Box
          component="ul"
          aria-label="Failed alerts"
          sx={{ m: 0, mt: 0.5, pl: 2.5, maxHeight: 200, overflowY: 'auto' }}
        >
          {failed.map((failure) => (
            <li key={failure.id}>
              <Link component={RouterLink} to={paths.alert(failure.id)} color="inherit">
                <UserText>{run.titles[failure.id] ?? failure.id}</UserText>
              </Link>{' '}
              ({failure.id}) — {failureReason(failure)}
              <TheirState failure={failure} />
            </li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}
