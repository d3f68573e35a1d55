import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import {
  consentPurposesFor,
  legalBases,
  type DisclosureKind,
  type LegalBasis,
  type Recipient,
  type RecipientCategory,
} from '@/shared/contract/disclosures';
import { fromLocalInput } from '@/shared/lib/format';
import type { DisclosureFormField, DisclosureFormValues } from './form-values';

// The rules of API.md "Third-party disclosures" (POST /disclosures), checked in the form before
// anything is sent, each with the privacy-policy clause it keeps. Pure: the facts they need from
// the API (the recipient, the listed accounts, their consent logs, server time) are passed in.

/** Why each rule exists: the clause of the privacy policy it keeps, in the console's words. */
export const policyClauses = {
  authority:
    'Privacy policy, public disclosure (2): an authority’s request is checked against its legal papers before anything is handed over.',
  consent:
    'Privacy policy, sharing (1)–(2): sharing on consent needs the person’s permission in force when the data went out, and sensitive data needs a permission of its own.',
  explicitAgreement:
    'Privacy policy, transfer (1) and public disclosure (1): no consent purpose covers this recipient, so the person’s explicit agreement must be on file.',
  crossBorder:
    'Privacy policy, cross-border transfers: data leaves a person’s country only with a safeguard in place.',
  deidentified:
    'Privacy policy, de-identified data: it falls outside these rules only while the recipient cannot tell whom it is about, so it names no one.',
  publicDisclosure:
    'Privacy policy, public disclosure and its exceptions: data is made public only with the person’s explicit agreement or where the law requires it, never under a contract or a sale.',
  mergerAcquisition:
    'Privacy policy, transfer (4): in a merger or acquisition the data passes, as a transfer, only to the company taking the business over.',
  occurredAt: 'The ledger records what has already happened, by the server’s clock.',
  subjectCount: 'The people concerned include every listed account.',
} as const;

/** How the form names the consent purposes a disclosure can rest on. */
export const sharingPurposeLabels: Partial<Record<PurposeId, string>> = {
  affiliate_sharing: 'sharing with affiliates',
  partner_sharing: 'sharing with sellers and partners',
  sensitive_data_sharing: 'sharing sensitive data',
};

export const purposeName = (purposeId: PurposeId) => sharingPurposeLabels[purposeId] ?? purposeId;

/**
 * The legal bases a disclosure of `kind` to a recipient of `category` (unknown: `undefined`) can
 * rest on, in the contract's order: `merger_acquisition` only for a transfer to an acquirer; a
 * public disclosure never on `contract` or `merger_acquisition` (API.md rules; policy, transfer (4)
 * and public disclosure). The form offers no other.
 */
export function offeredLegalBases(
  kind: DisclosureKind,
  category: RecipientCategory | undefined,
): LegalBasis[] {
  return legalBases.filter((basis) => {
    if (basis === 'merger_acquisition')
      return kind === 'transfer' && (category === undefined || category === 'acquirer');
    if (kind === 'public_disclosure') return basis !== 'contract';
    return true;
  });
}

/**
 * Whether a consent log (any order) shows `purposeId` granted at `atMs`: the last `granted`,
 * `withdrawn` or `expired` event at or before that instant decides (a `reconsent_requested` alone
 * changes nothing), as the API reads consent history. `false` when nothing was recorded by then.
 */
export function consentHeldAt(events: readonly ConsentEvent[], purposeId: PurposeId, atMs: number): boolean {
  let decidingAt = Number.NEGATIVE_INFINITY;
  let granted = false;
  for (const event of events) {
    if (event.purposeId !== purposeId || event.action === 'reconsent_requested') continue;
    const at = Date.parse(event.at);
    if (at > atMs || at < decidingAt) continue;
    decidingAt = at;
    granted = event.action === 'granted';
  }
  return granted;
}

/** The consent purposes every listed account must hold for these values (none unless the basis is consent). */
export function requiredConsentPurposes(
  values: Pick<DisclosureFormValues, 'legalBasis' | 'dataCategories'>,
  recipient: Pick<Recipient, 'category'> | undefined,
): PurposeId[] {
  if (values.legalBasis !== 'consent' || !recipient) return [];
  return consentPurposesFor(recipient.category, values.dataCategories);
}

/** What the API said about one listed account id. */
export type AccountCheck =
  { state: 'found'; country: string } | { state: 'unknown' } | { state: 'unchecked'; reason: string };

/** The facts the rules read from the API, gathered for the values being checked. */
export interface RuleFacts {
  /** The chosen recipient (`undefined` when none is chosen or the list did not load). */
  recipient: Recipient | undefined;
  /** Each listed account id's check. */
  accounts: ReadonlyMap<string, AccountCheck>;
  /** For a consent basis: per found account, the required purposes it did not hold at occurredAt. */
  missingConsent: ReadonlyMap<string, readonly PurposeId[]>;
  /** Server time, epoch ms. */
  nowMs: number;
}

/** One rule the values break: where it is shown and what it says (the rule, then its clause). */
export interface RuleViolation {
  field: DisclosureFormField;
  message: string;
}

const list = (ids: readonly string[]) => ids.join(', ');

/**
 * The account countries other than the recipient's among the found listed accounts (sorted,
 * distinct): a disclosure to a recipient outside one of them is cross-border.
 */
export function otherCountries(
  recipient: Pick<Recipient, 'country'> | undefined,
  accounts: ReadonlyMap<string, AccountCheck>,
): string[] {
  if (!recipient) return [];
  const countries = new Set<string>();
  for (const check of accounts.values()) {
    if (check.state === 'found' && check.country !== recipient.country) countries.add(check.country);
  }
  return [...countries].sort();
}

/**
 * Every rule of `POST /disclosures` the values break (API.md "Third-party disclosures"), each
 * naming its field and the policy clause it keeps; `[]` when the API should accept them. Shape
 * errors (an empty purpose, no data category) are the schema's, not repeated here. Throws nothing.
 */
export function disclosureRuleViolations(values: DisclosureFormValues, facts: RuleFacts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const add = (field: DisclosureFormField, rule: string, clause: string) => {
    violations.push({ field, message: `${rule} ${clause}` });
  };
  const { recipient } = facts;
  const category = recipient?.category;
  const hasDocument = values.documents.length > 0;

  if (category === 'authority') {
    if (values.requestReference.trim() === '') {
      add(
        'requestReference',
        'A disclosure to an authority needs the reference of its request.',
        policyClauses.authority,
      );
    }
    if (!hasDocument) {
      add(
        'documents',
        'A disclosure to an authority needs at least one document of the request (its digest is recorded).',
        policyClauses.authority,
      );
    }
  }

  if (
    values.legalBasis === 'consent' &&
    recipient &&
    consentPurposesFor(recipient.category, []).length === 0 &&
    !hasDocument
  ) {
    add(
      'documents',
      'On consent to this recipient, attach the document of the person’s explicit agreement.',
      policyClauses.explicitAgreement,
    );
  }

  const unknown = values.accountIds.filter((id) => facts.accounts.get(id)?.state === 'unknown');
  if (unknown.length > 0) {
    add(
      'accountIds',
      `No account has the id ${list(unknown)}: correct or remove ${unknown.length === 1 ? 'it' : 'them'}.`,
      '',
    );
  }
  const unchecked = values.accountIds.filter((id) => facts.accounts.get(id)?.state === 'unchecked');
  if (unchecked.length > 0) {
    add('accountIds', `The accounts ${list(unchecked)} could not be checked: try again.`, '');
  }

  const lacking = values.accountIds.filter((id) => (facts.missingConsent.get(id)?.length ?? 0) > 0);
  if (lacking.length > 0) {
    const purposes = [...new Set(lacking.flatMap((id) => facts.missingConsent.get(id) ?? []))].map(
      purposeName,
    );
    add(
      'accountIds',
      `On consent, every listed account must have granted ${purposes.join(' and ')} when it happened; ${list(lacking)} had not.`,
      policyClauses.consent,
    );
  }

  if (values.deidentified) {
    if (values.accountIds.length > 0) {
      add(
        'accountIds',
        'De-identified data names no accounts: remove them, or untick “De-identified”.',
        policyClauses.deidentified,
      );
    }
  }

  const countries = values.deidentified ? [] : otherCountries(recipient, facts.accounts);
  if (recipient && countries.length > 0) {
    const destination = values.crossBorderCountry.trim().toUpperCase();
    const why = `The recipient is in ${recipient.country}, outside ${countries.join(', ')} where listed accounts live:`;
    if (destination !== recipient.country) {
      add(
        'crossBorderCountry',
        `${why} give ${recipient.country} as the destination country.`,
        policyClauses.crossBorder,
      );
    }
    if (values.crossBorderSafeguard === '') {
      add(
        'crossBorderSafeguard',
        `${why} name the safeguard that protects the data there.`,
        policyClauses.crossBorder,
      );
    }
  }

  if (
    values.kind === 'public_disclosure' &&
    (values.legalBasis === 'contract' || values.legalBasis === 'merger_acquisition')
  ) {
    add(
      'legalBasis',
      'A public disclosure rests on the person’s consent or on the law, not on a contract or a sale.',
      policyClauses.publicDisclosure,
    );
  }
  if (values.legalBasis === 'merger_acquisition') {
    if (category !== undefined && category !== 'acquirer') {
      add(
        'recipientId',
        'A merger or acquisition goes to the acquirer: choose the acquiring company.',
        policyClauses.mergerAcquisition,
      );
    }
    if (values.kind !== 'transfer') {
      add('kind', 'A merger or acquisition is recorded as a transfer.', policyClauses.mergerAcquisition);
    }
  }

  const occurredMs = fromLocalInput(values.occurredAt);
  // The form's time has minutes only: the current minute is not in the future.
  if (!Number.isNaN(occurredMs) && occurredMs > facts.nowMs) {
    add('occurredAt', 'The time it happened cannot be in the future.', policyClauses.occurredAt);
  }

  const count = Number(values.subjectCount.trim());
  if (/^\d+$/.test(values.subjectCount.trim()) && count < values.accountIds.length) {
    add(
      'subjectCount',
      `${String(values.accountIds.length)} accounts are listed: the people concerned are at least that many.`,
      policyClauses.subjectCount,
    );
  }
  return violations.map((violation) => ({ ...violation, message: violation.message.trim() }));
}
