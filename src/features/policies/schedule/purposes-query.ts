import { queryOptions } from '@tanstack/react-query';
import { request } from '@/shared/api/http-client';
import { purposeListSchema } from '@/shared/contract/consent';

/**
 * `GET /consent/purposes` (every role): the purposes customers are asked about, with `required`
 * and `since` (the label of the version that introduced each). Read as the consent feature reads
 * them; they change only with a policy version, so they stay fresh for an hour.
 */
export const purposesQuery = () =>
  queryOptions({
    queryKey: ['purposes'],
    queryFn: ({ signal }) => request({ path: '/consent/purposes', schema: purposeListSchema, signal }),
    staleTime: 60 * 60_000,
  });
