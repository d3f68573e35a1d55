import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError } from '@/shared/api/api-error';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: (() => void) | undefined;
}

/** A failed request: what went wrong and a way to try again; the rest of the page stays usable. */
export function ErrorState({ error, title = 'This could not be loaded', onRetry }: ErrorStateProps) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
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
