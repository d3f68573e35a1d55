import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import {
  consentWithdrawalRequestSchema,
  type ConsentEvent,
  type WithdrawalChannel,
} from '@/shared/contract/consent';
import { useSingleFlightMutation } from '@/shared/mutations/use-single-flight-mutation';
import { consentQueries } from './queries';
import { recordWithdrawal } from './requests';

export interface WithdrawalInput {
  purposeId: string;
  /** How the customer asked. */
  channel: WithdrawalChannel;
  reason: string;
}

/**
 * Records a withdrawal the customer asked for (`POST /accounts/{id}/consent-events`, action
 * `withdrawn`) under one Idempotency-Key per intent, so a retry records one event; a second press
 * while it is pending is dropped. Afterwards, and after a 409 (already withdrawn meanwhile), the
 * account's consent state is read again. `onRecorded` gets the event the API stored.
 */
export function useRecordWithdrawal(
  accountId: string,
  idempotencyKey: string,
  onRecorded: (event: ConsentEvent) => void,
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: consentQueries.account(accountId) });
  return useSingleFlightMutation({
    mutationFn: (input: WithdrawalInput) =>
      recordWithdrawal(
        accountId,
        consentWithdrawalRequestSchema.parse({ ...input, action: 'withdrawn' }),
        idempotencyKey,
      ),
    onSuccess: (event) => {
      void refresh();
      onRecorded(event);
    },
    onError: (error) => {
      if (isApiError(error) && error.isConflict) void refresh();
    },
  });
}
