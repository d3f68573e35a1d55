import * as z from 'zod/mini';
import { idOf, isoDateTime, pageOf } from './common';
import type { SortDirection } from './common';
import { purposeIdSchema, type PurposeId } from './consent';
import { withinTextLimit } from './limits';

// Third-party disclosures: the append-only log of what personal data went to whom, on what basis.

export const disclosureKinds = ['share', 'transfer', 'public_disclosure'] as const;
export const disclosureKindSchema = z.enum(disclosureKinds);
export type DisclosureKind = z.infer<typeof disclosureKindSchema>;

export const recipientCategories = [
  'seller',
  'affiliate',
  'authorized_partner',
  'authority',
  'acquirer',
  'public',
] as const;
export const recipientCategorySchema = z.enum(recipientCategories);
export type RecipientCategory = z.infer<typeof recipientCategorySchema>;

/** The lawful bases the privacy policy names for sharing, transferring or disclosing. */
export const legalBases = [
  'consent',
  'legal_obligation',
  'contract',
  'merger_acquisition',
  'national_security',
  'public_interest',
  'criminal_investigation',
  'vital_interests',
  'self_disclosed',
  'public_source',
] as const;
export const legalBasisSchema = z.enum(legalBases);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const crossBorderSafeguards = [
  'adequacy',
  'standard_contract',
  'certification',
  'security_assessment',
  'consent',
] as const;
export const crossBorderSafeguardSchema = z.enum(crossBorderSafeguards);
export type CrossBorderSafeguard = z.infer<typeof crossBorderSafeguardSchema>;

/**
 * What kinds of personal data went out (API.md "Third-party disclosures", `DataCategory`). The
 * last three are sensitive: sharing them needs explicit consent (privacy policy: sensitive data
 * and changed uses need consent again).
 */
export const dataCategories = [
  'identity',
  'contact',
  'account',
  'device',
  'network',
  'usage',
  'order',
  'payment_account',
  'precise_location',
  'minor_data',
] as const;
export const dataCategorySchema = z.enum(dataCategories);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const sensitiveDataCategories = [
  'payment_account',
  'precise_location',
  'minor_data',
] as const satisfies readonly DataCategory[];

export function isSensitiveDataCategory(category: DataCategory): boolean {
  return (sensitiveDataCategories as readonly DataCategory[]).includes(category);
}

/**
 * The consent purposes that must be granted, at the time of the disclosure, on every listed
 * account for a `consent`-basis disclosure to `category` of `categories` (API.md "Which consent
 * purpose backs a consent-basis disclosure"): `affiliate` → `affiliate_sharing`; `seller` and
 * `authorized_partner` → `partner_sharing`; any sensitive category → also
 * `sensitive_data_sharing`. Returns `[]` for recipients no purpose covers (`authority`, `acquirer`,
 * `public`), where a consent basis needs a document of the customer's explicit agreement instead.
 * Throws nothing; the order is stable (the recipient's purpose first).
 */
export function consentPurposesFor(
  category: RecipientCategory,
  categories: readonly DataCategory[],
): PurposeId[] {
  const byRecipient: Partial<Record<RecipientCategory, PurposeId>> = {
    affiliate: 'affiliate_sharing',
    seller: 'partner_sharing',
    authorized_partner: 'partner_sharing',
  };
  const recipientPurpose = byRecipient[category];
  if (!recipientPurpose) return [];
  return categories.some(isSensitiveDataCategory)
    ? [recipientPurpose, 'sensitive_data_sharing']
    : [recipientPurpose];
}

/** `GET /recipients`. `agreementRef` is `null` where no data agreement exists (authorities, the public). */
export const recipientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  category: recipientCategorySchema,
  country: z.string(),
  agreementRef: z.nullable(z.string()),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** `GET /recipients` answers a plain array. */
export const recipientListSchema = z.array(recipientSchema);

/** The recipient as embedded in a disclosure. */
export const disclosureRecipientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  category: recipientCategorySchema,
  country: z.string(),
});
export type DisclosureRecipient = z.infer<typeof disclosureRecipientSchema>;

export const crossBorderSchema = z.object({
  destinationCountry: z.string().check(z.trim(), z.minLength(1, 'Name the destination country')),
  safeguard: crossBorderSafeguardSchema,
});
export type CrossBorder = z.infer<typeof crossBorderSchema>;

export const disclosureDocumentSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Name the document'), withinTextLimit('title', 'document name')),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'A SHA-256 digest is 64 lowercase hex digits')),
});
export type DisclosureDocument = z.infer<typeof disclosureDocumentSchema>;

/**
 * A listed account whose consent for the matching purpose was withdrawn (or expired) after the
 * disclosure: the recipient holds data whose basis is gone and must be told to stop using it.
 */
export const consentWithdrawnSinceSchema = z.object({
  accountId: idOf('acc'),
  purposeId: purposeIdSchema,
  withdrawnAt: isoDateTime,
});
export type ConsentWithdrawnSince = z.infer<typeof consentWithdrawnSinceSchema>;

/**
 * One log entry (`GET /disclosures` items, `GET /disclosures/{id}`); never edited or deleted. A
 * correction is a new entry with `corrects: <id>`, and the corrected entry lists it in
 * `correctedBy`. `consentWithdrawnSince` is computed when read, for `consent`-basis entries only.
 */
export const disclosureSchema = z.object({
  id: idOf('dis'),
  occurredAt: isoDateTime,
  recordedAt: isoDateTime,
  recordedBy: idOf('stf'),
  kind: disclosureKindSchema,
  recipient: disclosureRecipientSchema,
  legalBasis: legalBasisSchema,
  purpose: z.string(),
  dataCategories: z.array(dataCategorySchema),
  accountIds: z.array(idOf('acc')),
  subjectCount: z.number().check(z.int(), z.minimum(0)),
  deidentified: z.boolean(),
  encrypted: z.boolean(),
  crossBorder: z.optional(crossBorderSchema),
  requestReference: z.optional(z.string()),
  documents: z.array(disclosureDocumentSchema),
  corrects: z.optional(idOf('dis')),
  correctedBy: z.array(idOf('dis')),
  consentWithdrawnSince: z.optional(z.array(consentWithdrawnSinceSchema)),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

export const disclosurePageSchema = pageOf(disclosureSchema);

/**
 * `POST /disclosures` (Idempotency-Key). The API fills in `id`, `recordedAt`, `recordedBy` and the
 * recipient's details from `recipientId`. Checked here: de-identified data names no accounts, and
 * the record names what went out (at least one data category, at least one data subject). Checked
 * by the API against its records (400): `authority` recipients need `requestReference` and a
 * document; `consent` basis needs the matching granted consent on every account; a recipient
 * outside an account's country needs `crossBorder`.
 */
export const createDisclosureRequestSchema = z
  .object({
    occurredAt: isoDateTime,
    kind: disclosureKindSchema,
    recipientId: z.string().check(z.minLength(1, 'Choose a recipient')),
    legalBasis: legalBasisSchema,
    purpose: z
      .string()
      .check(z.trim(), z.minLength(1, 'State the purpose'), withinTextLimit('reason', 'purpose')),
    dataCategories: z.array(dataCategorySchema).check(z.minLength(1, 'Name at least one data category')),
    accountIds: z.array(idOf('acc')),
    subjectCount: z.number().check(z.int(), z.minimum(1, 'At least one person is concerned')),
    deidentified: z.boolean(),
    encrypted: z.boolean(),
    crossBorder: z.optional(crossBorderSchema),
    requestReference: z.optional(
      z.string().check(z.trim(), z.minLength(1), withinTextLimit('title', 'request reference')),
    ),
    documents: z.array(disclosureDocumentSchema),
    corrects: z.optional(idOf('dis')),
  })
  .check(
    z.superRefine((request, ctx) => {
      if (request.deidentified && request.accountIds.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['accountIds'],
          message: 'De-identified data names no accounts',
          input: request.accountIds,
        });
      }
    }),
  );
export type CreateDisclosureRequest = z.infer<typeof createDisclosureRequestSchema>;

export const disclosureSortFields = ['occurredAt', 'recordedAt', 'subjectCount'] as const;
export type DisclosureSortField = (typeof disclosureSortFields)[number];
export type DisclosureSort = `${DisclosureSortField}:${SortDirection}`;

/** Query of `GET /disclosures` and `GET /disclosures/export`. */
export interface DisclosureQuery {
  recipientId?: string | undefined;
  recipientCategory?: RecipientCategory | undefined;
  kind?: DisclosureKind | undefined;
  legalBasis?: LegalBasis | undefined;
  accountId?: string | undefined;
  crossBorder?: boolean | undefined;
  /** Bound `occurredAt`. */
  from?: string | undefined;
  to?: string | undefined;
  /** The id exactly, or the recipient's name or the purpose by case-insensitive substring. */
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: DisclosureSort | undefined;
}

/**
 * `GET /recipients/{id}/totals` (docs/api.md, "The project's precise reading" → Disclosures): how
 * many entries name the recipient, the data subjects they concern, and the entries per legal basis
 * and per data category (non-zero counts only, in the contract's order). Feeds the recipient's card.
 */
export const recipientTotalsSchema = z.object({
  recipientId: z.string().check(z.minLength(1)),
  entries: z.number().check(z.int(), z.minimum(0)),
  subjects: z.number().check(z.int(), z.minimum(0)),
  lastOccurredAt: z.nullable(isoDateTime),
  byLegalBasis: z.array(
    z.object({ legalBasis: legalBasisSchema, entries: z.number().check(z.int(), z.minimum(1)) }),
  ),
  byDataCategory: z.array(
    z.object({ dataCategory: dataCategorySchema, entries: z.number().check(z.int(), z.minimum(1)) }),
  ),
});
export type RecipientTotals = z.infer<typeof recipientTotalsSchema>;

/**
 * The CSV export's columns, in order (docs/api.md, "CSV export columns"): the header line of
 * `GET /disclosures/export`.
 */
export const disclosureExportColumns = [
  'id',
  'occurredAt',
  'recordedAt',
  'recordedBy',
  'kind',
  'recipientId',
  'recipientName',
  'recipientCategory',
  'recipientCountry',
  'legalBasis',
  'purpose',
  'dataCategories',
  'accountIds',
  'subjectCount',
  'deidentified',
  'encrypted',
  'crossBorderCountry',
  'crossBorderSafeguard',
  'requestReference',
  'documents',
  'corrects',
  'correctedBy',
] as const;
