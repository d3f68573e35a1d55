import { fromLocalInput, toLocalInput } from '@/shared/lib/format';
import type {
  CreateDisclosureRequest,
  CrossBorderSafeguard,
  DataCategory,
  Disclosure,
  DisclosureDocument,
  DisclosureKind,
  LegalBasis,
} from '@/shared/contract/disclosures';

/**
 * The record form's values, as the person edits them: text inputs hold text (the subject count,
 * the time), choices not made yet are `''`. `toRequest` turns them into the body of
 * `POST /disclosures`. They hold ids and the person's own wording, never a customer's name, email
 * or phone, so the draft may keep them in the tab's storage.
 */
export interface DisclosureFormValues {
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone (a `datetime-local` input). */
  occurredAt: string;
  kind: DisclosureKind;
  recipientId: string;
  legalBasis: LegalBasis | '';
  purpose: string;
  dataCategories: DataCategory[];
  accountIds: string[];
  /** Digits as typed. */
  subjectCount: string;
  deidentified: boolean;
  encrypted: boolean;
  crossBorderCountry: string;
  crossBorderSafeguard: CrossBorderSafeguard | '';
  requestReference: string;
  documents: DisclosureDocument[];
  /** The entry this one corrects (`/disclosures/new?corrects=`), or `''`. */
  corrects: string;
}

/** The form's fields: where a rule's or the API's message is shown. */
export type DisclosureFormField = keyof DisclosureFormValues;

export const emptyDisclosureForm: DisclosureFormValues = {
  occurredAt: '',
  kind: 'share',
  recipientId: '',
  legalBasis: '',
  purpose: '',
  dataCategories: [],
  accountIds: [],
  subjectCount: '',
  deidentified: false,
  encrypted: false,
  crossBorderCountry: '',
  crossBorderSafeguard: '',
  requestReference: '',
  documents: [],
  corrects: '',
};

/**
 * The body of `POST /disclosures` the values describe (docs/api.md "Disclosures", create body):
 * texts trimmed, empty optional texts left out, the cross-border block only when a destination
 * or a safeguard is given. Values the schema refuses stay as they are, for the schema to name.
 */
export function toRequest(values: DisclosureFormValues): CreateDisclosureRequest {
  const occurredMs = fromLocalInput(values.occurredAt);
  const country = values.crossBorderCountry.trim().toUpperCase();
  const reference = values.requestReference.trim();
  const count = /^\d+$/.test(values.subjectCount.trim()) ? Number(values.subjectCount.trim()) : Number.NaN;
  return {
    occurredAt: Number.isNaN(occurredMs) ? values.occurredAt : new Date(occurredMs).toISOString(),
    kind: values.kind,
    recipientId: values.recipientId,
    legalBasis: values.legalBasis as LegalBasis,
    purpose: values.purpose.trim(),
    dataCategories: values.dataCategories,
    accountIds: values.accountIds,
    subjectCount: count,
    deidentified: values.deidentified,
    encrypted: values.encrypted,
    ...(country !== '' || values.crossBorderSafeguard !== ''
      ? {
          crossBorder: {
            destinationCountry: country,
            safeguard: values.crossBorderSafeguard as CrossBorderSafeguard,
          },
        }
      : {}),
    ...(reference !== '' ? { requestReference: reference } : {}),
    documents: values.documents,
    ...(values.corrects !== '' ? { corrects: values.corrects } : {}),
  };
}

/**
 * The form prefilled from an entry, for its correction: every field as recorded, `corrects` set
 * to the entry's id. The occurred time is shown in the browser's time zone.
 */
export function valuesFromDisclosure(entry: Disclosure): DisclosureFormValues {
  return {
    occurredAt: toLocalInput(Date.parse(entry.occurredAt)),
    kind: entry.kind,
    recipientId: entry.recipient.id,
    legalBasis: entry.legalBasis,
    purpose: entry.purpose,
    dataCategories: [...entry.dataCategories],
    accountIds: [...entry.accountIds],
    subjectCount: String(entry.subjectCount),
    deidentified: entry.deidentified,
    encrypted: entry.encrypted,
    crossBorderCountry: entry.crossBorder?.destinationCountry ?? '',
    crossBorderSafeguard: entry.crossBorder?.safeguard ?? '',
    requestReference: entry.requestReference ?? '',
    documents: entry.documents.map((document) => ({ ...document })),
    corrects: entry.id,
  };
}

/**
 * The form field that shows an error the API names by its request path (`crossBorder.safeguard`,
 * `documents[0].sha256`, `documents.0.name`): `undefined` for a path the form has no field for
 * (shown in the summary at the top instead).
 */
export function formFieldOfApiPath(path: string): DisclosureFormField | undefined {
  const [head, next] = path.split(/[.[\]]/).filter((part) => part !== '');
  switch (head) {
    case 'crossBorder':
      return next === 'safeguard' ? 'crossBorderSafeguard' : 'crossBorderCountry';
    case 'occurredAt':
    case 'kind':
    case 'recipientId':
    case 'legalBasis':
    case 'purpose':
    case 'dataCategories':
    case 'accountIds':
    case 'subjectCount':
    case 'deidentified':
    case 'encrypted':
    case 'requestReference':
    case 'documents':
    case 'corrects':
      return head;
    default:
      return undefined;
  }
}
