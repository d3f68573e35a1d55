import { useQueryClient } from '@tanstack/react-query';
import type { CreateDisclosureRequest, Disclosure } from '@/shared/contract/disclosures';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { disclosureQueries } from './queries';
import { recordDisclosure } from './requests';

/**
 * Records a disclosure, or a correction when the body has `corrects` (`POST /disclosures`, API.md
 * "Third-party disclosures"), with the one `idempotencyKey` of this intent: a second press while
 * pending is dropped, and a retry after a lost reply sends the same key, so one entry is recorded.
 *
 * On success the new entry is put in the cache and every disclosures query is marked stale (the
 * ledger, a recipient's totals, the account tabs, and the corrected entry, whose `correctedBy`
 * now names the new one). Errors are the `ApiError` of the request (400 with field errors, 409 when
 * the corrected entry was corrected meanwhile).
 */
export function useRecordDisclosure(idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useSingleFlightMutation<Disclosure, CreateDisclosureRequest>({
    mutationFn: (body) => recordDisclosure(body, idempotencyKey),
    onSuccess: (entry) => {
      queryClient.setQueryData(disclosureQueries.detail(entry.id).queryKey, entry);
      void queryClient.invalidateQueries({
        queryKey: disclosureQueries.all(),
        predicate: (query) => query.queryKey[2] !== entry.id,
      });
    },
  });
}
