import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, Outlet, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import { useBackToList } from '@/shared/lib/list-trail';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { RevealScope } from '@/shared/reveal/reveal-scope';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { RouteTabs } from '@/shared/ui/route-tabs';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { AccountHeader } from '../components/account-header';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

/** An account: header with masked contact data and lock state, then its tabs (one route each). */
export function AccountPage() {
  const { id = '' } = useParams();
  const account = useQuery(accountQueries.detail(id));
  const back = useBackToList('Accounts', paths.accounts());
  const loaded = Boolean(account.data);

  usePerformanceMark('account:header', loaded);

  if (account.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the account">
        <Skeleton variant="text" width={320} height={48} />
        <Skeleton variant="rectangular" height={72} sx={{ my: 2 }} />
        <Skeleton variant="rectangular" height={240} />
      </Box>
    );
  }
  if (account.isError) {
    if (isApiError(account.error) && account.error.status === 404) {
      return (
        <>
          <PageHeader title="Account not found" back={back} />
          <EmptyState
            title={`There is no account ${id}`}
            hint="The id may be mistyped, or the account was removed after its retention period."
            action={
              <Button component={RouterLink} to={paths.accounts()} variant="contained">
                Search accounts
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Account" back={back} />
        <ErrorState
          error={account.error}
          title="The account could not be loaded"
          onRetry={() => {
            void account.refetch();
          }}
        />
      </>
    );
  }

  return (
    // Revealed values belong to this account's page: another account, or leaving, starts empty.
    <RevealScope key={id}>
      <BackLink {...back} />
      <AccountHeader account={account.data} />
      <RouteTabs label="Account sections" />
      <Outlet />
    </RevealScope>
  );
}

export { AccountPage as Component };

export function prefetch({ queryClient, params }: PrefetchArgs): void {
  if (params.id) queryClient.query(accountQueries.detail(params.id)).catch(() => undefined);
}
