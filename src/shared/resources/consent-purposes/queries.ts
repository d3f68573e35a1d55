import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/shared/api/http-client';
import { purposeListSchema, type PurposeId } from '@/shared/contract/consent';

// The consent purposes (`GET /consent/purposes`, API.md "Consent"), read by the consent tab and
// by the policy views (re-consent purposes, progress, the schedule form): one request and one
// cache entry for both, under the consent family's key (a withdrawal's invalidation reaches it).

/** `GET /consent/purposes`: every purpose with `required` and `since`; throws `ApiError`. */
export function fetchPurposes(signal?: AbortSignal) {
  return request({ path: '/consent/purposes', schema: purposeListSchema, signal });
}

/** The purposes list; they change only with a policy version, so it stays fresh for an hour. */
export const purposesQuery = () =>
  queryOptions({
    queryKey: ['consent', 'purposes'] as const,
    queryFn: ({ signal }) => fetchPurposes(signal),
    staleTime: 60 * 60_000,
  });

/**
 * A purpose's name by id, from the purposes list; the id itself while the list loads or when it
 * failed (a count is still readable by its id).
 */
export function usePurposeName(): (purposeId: PurposeId) => string {
  const { data } = useQuery(purposesQuery());
  return (purposeId) => data?.find((purpose) => purpose.id === purposeId)?.name ?? purposeId;
}
