import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { forgetRoles, rememberRoles } from '@/shared/session/role-hint';
import { endSession } from '@/shared/session/session-end';
import { sessionQueries } from '@/shared/session/session-queries';

/**
 * Server state lives here and nowhere else. A 401 from any request ends the session: the cache is
 * dropped and the shell sends the person to sign in, then back to where they were. A mutation's
 * `meta.invalidates` prefixes are read again after it succeeds. Every session reply (or its end)
 * updates the role hint the routes' prefetch reads (`role-hint.ts`).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.isUnauthenticated) endSession(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError,
      onSuccess: (_data, _variables, _context, mutation) => {
        for (const queryKey of mutation.meta?.invalidates ?? []) {
          void queryClient.invalidateQueries({ queryKey });
        }
      },
    }),
    defaultOptions: {
      // The HTTP client already retries reads with backoff and Retry-After; a second layer would
      // multiply the waits.
      queries: { retry: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  const sessionKey = JSON.stringify(sessionQueries.current().queryKey);
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || JSON.stringify(event.query.queryKey) !== sessionKey) return;
    const session = queryClient.getQueryData(sessionQueries.current().queryKey);
    if (session === null) forgetRoles();
    else if (session !== undefined) rememberRoles(session.staff.roles);
  });
  return queryClient;
}
