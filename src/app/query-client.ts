import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { endSession } from '@/shared/session/session-end';

/**
 * Server state lives here and nowhere else. A 401 from any request ends the session: the cache is
 * dropped and the shell sends the person to sign in, then back to where they were. A mutation's
 * `meta.invalidates` prefixes are read again after it succeeds.
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
  return queryClient;
}
