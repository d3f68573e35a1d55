import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Params } from 'react-router';

export interface PrefetchArgs {
  queryClient: QueryClient;
  url: URL;
  params: Params;
}

/**
 * What a lazy route module exports. `prefetch` starts the page's first request while the route's
 * code and the session check are still loading, so the first rows do not wait for them in turn.
 */
export interface PageModule {
  Component: ComponentType;
  prefetch?: (args: PrefetchArgs) => void;
}
