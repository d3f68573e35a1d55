import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/shared/api/http-client';
import { purposeListSchema, type PurposeId } from '@/shared/contract/consent';

// The consent purposes (`GET /consent/purposes`, API.md "Consent") as the policy views name them.
// Features do not import each other, so this reads the same endpoint under the same query key as
// the consent feature (`['consent', 'purposes']`): one request and one cache entry for both.

/** The purposes list, cached for an hour like the consent feature's. */
export const purposesQuery = () =>
  queryOptions({
    queryKey: ['consent', 'purposes'] as const,
    queryFn: ({ signal }) => request({ path: '/consent/purposes', schema: purposeListSchema, signal }),
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
