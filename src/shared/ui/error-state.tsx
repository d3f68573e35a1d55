import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError, isApiError } from '@/shared/api/api-error';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: (() => void) | undefined;
}

/**
 * A failed request: what went wrong and, when trying again can help, a Retry (`onRetry`); the
 * rest of the page stays usable. No Retry for an API error that fails again as sent — a 4xx about
 * the request itself, e.g. a 400 on a search longer than 200 characters, whose message says what
 * to change instead (`ApiError.isRetryable`).
 */
export function ErrorState({ error, title = 'This could not be loaded', onRetry }: ErrorStateProps) {
  const offersRetry = onRetry !== undefined && !(isApiError(error) && !error.isRetryable);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        offersRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {describeError(error)}
    </Alert>
  );
}
