import Box from '@mui/material/Box';
import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { RoleRequiredPage } from './role-required-page';

/** A chunk that no longer exists after a new deployment: only a fresh load of the page helps. */
function isStaleChunk(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/** One per route: a page that breaks says so and offers Retry; the shell around it keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  if (isApiError(error) && error.isRoleRequired) {
    return <RoleRequiredPage title="This page" requiredRoles={error.requiredRoles} />;
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorState error={new Error('This page does not exist.')} title="Page not found" />;
  }

  const retry = () => {
    if (isStaleChunk(error)) {
      window.location.reload();
      return;
    }
    // Failed queries start over, and navigating to the same place clears the route's error.
    queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' }).catch(() => undefined);
    void navigate(`${location.pathname}${location.search}`, { replace: true });
  };

  return (
    <Box>
      <PageHeader title="Something went wrong" />
      <ErrorState
        error={isStaleChunk(error) ? new Error('A newer version of the console is available.') : error}
        title="This page stopped working"
        onRetry={retry}
      />
    </Box>
  );
}
