import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { Alert } from '@/shared/contract/alerts';
import { useBackToList } from '@/shared/lib/list-trail';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { RevealScope } from '@/shared/reveal/reveal-scope';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { Activity } from '../alert-page/activity';
import { AlertActionButtons, AlertActionDialogs, AlertActionFeedback } from '../alert-page/alert-actions';
import { AlertHeader } from '../alert-page/alert-header';
import { Evidence } from '../alert-page/evidence';
import { Notes } from '../alert-page/notes';
import { useAlertActions } from '../alert-page/use-alert-actions';
import { alertQueries } from '../api/queries';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

function AlertView({ alert }: { alert: Alert }) {
  const actions = useAlertActions(alert);
  return (
    <>
      <AlertHeader
        alert={alert}
        actions={actions.canChange ? <AlertActionButtons actions={actions} /> : null}
      />
      <AlertActionFeedback actions={actions} />
      <Stack spacing={2}>
        <Evidence alert={alert} />
        <Activity alertId={alert.id} />
        <Notes alertId={alert.id} />
      </Stack>
      <AlertActionDialogs actions={actions} />
    </>
  );
}

/** One risk alert: its state and the moves it allows, the evidence, its activity, and the notes. */
export function AlertPage() {
  const { id = '' } = useParams();
  const alert = useQuery(alertQueries.detail(id));
  const back = useBackToList('Risk alerts', paths.alerts());
  const loaded = Boolean(alert.data);

  usePerformanceMark('alert:first-data', loaded);

  if (alert.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the alert">
        <Skeleton variant="text" width={420} height={48} />
        <Skeleton variant="rectangular" height={72} sx={{ my: 2 }} />
        <Skeleton variant="rectangular" height={320} />
      </Box>
    );
  }
  if (alert.isError) {
    if (isApiError(alert.error) && alert.error.status === 404) {
      return (
        <>
          <PageHeader title="Alert not found" back={back} />
          <EmptyState
            title={`No alert ${id}`}
            hint="The id may be mistyped. The queue lists every alert."
            action={
              <Button component={RouterLink} to={paths.alerts()} variant="contained">
                Back to the alerts
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Alert" back={back} />
        <ErrorState
          error={alert.error}
          title="The alert could not be loaded"
          onRetry={() => {
            void alert.refetch();
          }}
        />
      </>
    );
  }

  return (
    // Revealed IPs and MACs belong to this alert's page: another alert, or leaving, starts masked.
    <RevealScope key={id}>
      <BackLink {...back} />
      <AlertView alert={alert.data} />
    </RevealScope>
  );
}

export { AlertPage as Component };

export function prefetch({ queryClient, params }: PrefetchArgs): void {
  if (!params.id) return;
  queryClient.query(alertQueries.detail(params.id)).catch(() => undefined);
  queryClient.query(alertQueries.notes(params.id)).catch(() => undefined);
  queryClient.query(alertQueries.activity(params.id)).catch(() => undefined);
}
