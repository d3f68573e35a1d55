import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigation } from 'react-router';
import { routePatterns } from '@/shared/lib/paths';
import { sessionQueries } from '@/shared/session/session-queries';
import { ErrorState } from '@/shared/ui/error-state';
import { AppShell } from './app-shell';
import { FullPageProgress } from './full-page-progress';

/** Every page but sign-in needs a session; without one the person signs in and comes back here. */
export function RequireSession() {
  const session = useQuery(sessionQueries.current());
  const committed = useLocation();
  // A 401 can arrive while a navigation is under way: come back to where the person was going
  // (not to the sign-in page this very redirect is heading for).
  const pending = useNavigation().location;
  const location = pending && pending.pathname !== routePatterns.signIn ? pending : committed;

  if (session.isPending) return <FullPageProgress />;
  if (session.isError) {
    return (
      <Box sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
        <ErrorState
          error={session.error}
          title="The console could not start"
          onRetry={() => {
            void session.refetch();
          }}
        />
      </Box>
    );
  }
  if (!session.data) {
    const here = `${location.pathname}${location.search}`;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`${routePatterns.signIn}${next}`} replace />;
  }
  return <AppShell staff={session.data.staff} />;
}
