import type { ConsentWithdrawnSince } from '@/shared/contract/disclosures';
import type { PurposeId } from '@/shared/contract/consent';
import { formatDay } from './disclosure-columns';

/**
 * The consent purposes that back a consent-basis disclosure (API.md "Which consent purpose backs
 * a consent-basis disclosure"), as the withdrawn-since warnings name them.
 */
const backingPurposeNames: Partial<Record<PurposeId, string>> = {
  affiliate_sharing: 'sharing with affiliates',
  partner_sharing: 'sharing with partners and sellers',
  sensitive_data_sharing: 'sharing of sensitive data',
};

/** "sharing with partners and sellers" for a purpose id; the id in words for any other purpose. */
export function purposeName(purposeId: PurposeId): string {
  return backingPurposeNames[purposeId] ?? purposeId.replace(/_/g, ' ');
}

/**
 * What the ledger says about one account whose consent was withdrawn after a consent-basis
 * disclosure: "Consent withdrawn on 3 Mar 2026 (sharing with partners and sellers): tell the
 * recipient to stop using this person's data." — the privacy policy's promise that a withdrawn
 * consent ends the use of the data, said as the action it calls for.
 */
export function withdrawnSinceMessage(withdrawal: ConsentWithdrawnSince): string {
  return `Consent withdrawn on ${formatDay(withdrawal.withdrawnAt)} (${purposeName(withdrawal.purposeId)}): tell the recipient to stop using this person's data.`;
}
