import type { FieldError } from '@/shared/contract/common';
import type { PurposeId } from '@/shared/contract/consent';
import {
  consentPurposesFor,
  type CreateDisclosureRequest,
  type Recipient,
} from '@/shared/contract/disclosures';

/**
 * The rules `POST /disclosures` enforces against the API's records (API.md "Third-party
 * disclosures", each a 400 naming its field), as one pure function so the seed's tests can run
 * every seeded entry through the same checks. What it needs from the records comes in `facts`.
 */

export interface RuleFacts {
  /** Server time, ms. */
  readonly now: number;
  readonly recipient: Recipient | undefined;
  /** The account's market (ISO country), or undefined when the id names no account. */
  countryOf(accountId: string): string | undefined;
  /** Whether the account held a granted consent for `purpose` at `at` (ms). */
  grantedAt(accountId: string, purpose: PurposeId, at: number): boolean;
}

/** Legal bases under which a law, not the customer, allows the disclosure. */
const recipientsNoPurposeCovers = ['authority', 'acquirer', 'public'] as const;

/**
 * Every rule `request` breaks, as `{ field, message }` (empty when it may be recorded). Messages
 * say what to change and which promise of the privacy policy the rule keeps. Consent is checked
 * only when everything it depends on (the recipient, the accounts) is known.
 */
export function disclosureRuleErrors(request: CreateDisclosureRequest, facts: RuleFacts): FieldError[] {
  const errors: FieldError[] = [];
  const { recipient } = facts;
  const occurred = Date.parse(request.occurredAt);

  if (!recipient) errors.push({ field: 'recipientId', message: `No recipient ${request.recipientId}.` });

  const unknownAccounts = request.accountIds.filter((id) => facts.countryOf(id) === undefined);
  if (unknownAccounts.length > 0)
    errors.push({ field: 'accountIds', message: `No account ${unknownAccounts.join(', ')}.` });
  if (new Set(request.accountIds).size !== request.accountIds.length)
    errors.push({ field: 'accountIds', message: 'Name each account once.' });

  if (occurred > facts.now)
    errors.push({ field: 'occurredAt', message: 'A disclosure is recorded after it happened: the time is in the future.' });

  if (request.subjectCount < request.accountIds.length)
    errors.push({
      field: 'subjectCount',
      message: `At least ${String(request.accountIds.length)} people are concerned: one per listed account.`,
    });

  if (request.deidentified && request.accountIds.length > 0)
    errors.push({ field: 'accountIds', message: 'De-identified data names no accounts.' });

  if (recipient?.category === 'authority') {
    if (request.requestReference === undefined || request.requestReference.trim() === '')
      errors.push({ field: 'requestReference', message: 'An authority’s request needs its reference (the law asks for the request on record).' });
    if (request.documents.length === 0)
      errors.push({ field: 'documents', message: 'Attach the authority’s request: at least one document.' });
  }

  if (request.kind === 'public_disclosure' && (request.legalBasis === 'contract' || request.legalBasis === 'merger_acquisition'))
    errors.push({
      field: 'legalBasis',
      message: 'A public disclosure needs the customer’s consent or a law: not a contract or an acquisition.',
    });

  if (request.legalBasis === 'merger_acquisition') {
    if (recipient && recipient.category !== 'acquirer')
      errors.push({ field: 'recipientId', message: 'A merger or acquisition transfers data only to the acquirer.' });
    if (request.kind !== 'transfer')
      errors.push({ field: 'kind', message: 'A merger or acquisition is a transfer.' });
  }

  if (recipient && request.legalBasis === 'consent') {
    const purposes = consentPurposesFor(recipient.category, request.dataCategories);
    if ((recipientsNoPurposeCovers as readonly string[]).includes(recipient.category) && request.documents.length === 0)
      errors.push({
        field: 'documents',
        message: 'No consent purpose covers this recipient: attach the customer’s explicit agreement.',
      });
    if (unknownAccounts.length === 0) {
      const lacking: string[] = [];
      for (const purpose of purposes) {
        const without = request.accountIds.filter((id) => !facts.grantedAt(id, purpose, occurred));
        if (without.length > 0) lacking.push(`${without.join(', ')} (${purpose})`);
      }
      if (lacking.length > 0)
        errors.push({
          field: 'accountIds',
          message: `No granted consent at the time of the disclosure: ${lacking.join('; ')}.`,
        });
    }
  }

  if (recipient && unknownAccounts.length === 0) {
    const abroad = request.accountIds.some((id) => facts.countryOf(id) !== recipient.country);
    if (abroad) {
      if (!request.crossBorder)
        errors.push({
          field: 'crossBorder',
          message: `The recipient is in ${recipient.country}, another country than a listed account: name the destination and the safeguard.`,
        });
      else if (request.crossBorder.destinationCountry.trim().toUpperCase() !== recipient.country)
        errors.push({
          field: 'crossBorder',
          message: `The data goes to the recipient's country: ${recipient.country}.`,
        });
    }
  }
  return errors;
}
