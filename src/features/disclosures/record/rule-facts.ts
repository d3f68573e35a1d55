import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import type { Recipient } from '@/shared/contract/disclosures';
import { fromLocalInput } from '@/shared/lib/format';
import type { DisclosureFormValues } from './form-values';
import {
  consentHeldAt,
  requiredConsentPurposes,
  type AccountCheck,
  type RuleFacts,
} from './disclosure-rules';

/** Where the facts come from: the API's reads, injected so the rules can be tested without it. */
export interface RuleFactSources {
  /** `GET /recipients`, or `undefined` when it has not loaded. */
  recipients: readonly Recipient[] | undefined;
  /** `GET /accounts/{id}`: found (with its country), unknown (404) or not checked (any other failure). */
  account: (accountId: string) => Promise<AccountCheck>;
  /** `GET /accounts/{id}/consent-events?purposeId=`: the account's log for one purpose. */
  consentLog: (accountId: string, purposeId: PurposeId) => Promise<readonly ConsentEvent[]>;
  /** Server time, epoch ms. */
  nowMs: number;
}

/**
 * The facts `disclosureRuleViolations` needs for `values`: the chosen recipient, each listed
 * account's check, and — on a consent basis — the required purposes each found account did not
 * hold at the time it happened (API.md: consent basis needs the matching granted consent on every
 * account at `occurredAt`). Asks in parallel; a failed consent read marks that account unchecked.
 */
export async function gatherRuleFacts(
  values: DisclosureFormValues,
  sources: RuleFactSources,
): Promise<RuleFacts> {
  const recipient = sources.recipients?.find((candidate) => candidate.id === values.recipientId);
  const entries = await Promise.all(
    values.accountIds.map(async (id) => [id, await sources.account(id)] as const),
  );
  const accounts = new Map<string, AccountCheck>(entries);
  const missingConsent = new Map<string, PurposeId[]>();
  const purposes = requiredConsentPurposes(values, recipient);
  const atMs = fromLocalInput(values.occurredAt);
  if (purposes.length > 0 && !Number.isNaN(atMs)) {
    await Promise.all(
      entries
        .filter(([, check]) => check.state === 'found')
        .map(async ([id]) => {
          try {
            const lacking: PurposeId[] = [];
            for (const purposeId of purposes) {
              const log = await sources.consentLog(id, purposeId);
              if (!consentHeldAt(log, purposeId, atMs)) lacking.push(purposeId);
            }
            if (lacking.length > 0) missingConsent.set(id, lacking);
          } catch {
            accounts.set(id, { state: 'unchecked', reason: 'its consent log could not be read' });
          }
        }),
    );
  }
  return { recipient, accounts, missingConsent, nowMs: sources.nowMs };
}
