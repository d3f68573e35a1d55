import { queryOptions } from '@tanstack/react-query';
import type { PolicyQuery } from '@/shared/contract/policies';
import { fetchPolicies, fetchPolicy, fetchPublishPreview, fetchReconsentProgress } from './requests';

/**
 * Query keys and options of the policy versions (API.md "Policy versions"). Every change of a
 * version puts the saved version in `detail` and marks `policyQueries.all()` stale, so the list,
 * the preview and the progress follow.
 */
export const policyQueries = {
  all: () => ['policies'] as const,
  lists: () => [...policyQueries.all(), 'list'] as const,
  list: (query: PolicyQuery = {}) =>
    queryOptions({
      queryKey: [...policyQueries.lists(), query],
      queryFn: ({ signal }) => fetchPolicies(query, signal),
    }),
  details: () => [...policyQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.details(), id],
      queryFn: ({ signal }) => fetchPolicy(id, signal),
    }),
  publishPreview: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'publish-preview', id],
      queryFn: ({ signal }) => fetchPublishPreview(id, signal),
    }),
  reconsentProgress: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(), 'reconsent-progress', id],
      queryFn: ({ signal }) => fetchReconsentProgress(id, signal),
    }),
};
