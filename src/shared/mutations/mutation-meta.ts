import type { QueryKey } from '@tanstack/react-query';

// The meta every mutation may carry, typed for the whole app (TanStack Query's `Register`).
declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Query key prefixes a successful write makes stale elsewhere (another feature's data or a
       * shared resource). Declared on the mutation, handled once by the query client
       * (`src/app/query-client.ts`), so no feature imports another's keys.
       */
      invalidates?: readonly QueryKey[];
    };
  }
}
