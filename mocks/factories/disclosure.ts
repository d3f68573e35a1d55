import {
  disclosureSchema,
  recipientSchema,
  type Disclosure,
  type Recipient,
} from '@/shared/contract/disclosures';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Disclosures as `GET /disclosures/{id}` sends them (API.md "Third-party disclosures"): by default
 * a `contract` share of one customer's order to a marketplace seller in the customer's country,
 * 30 hours before `factoryNow`, recorded a minute later by legal@. Traits make the entries the
 * ledger's screens must show differently: an authority request with documents, a consent-basis
 * share (optionally with a withdrawal since), a de-identified bulk share, a cross-border
 * transfer, both ends of a correction, and one whose texts carry markup.
 */

const seller = { id: 'rcp_7k2m9q', name: 'Nordlicht Mode GmbH', category: 'seller', country: 'DE' } as const;

export const disclosureFactory = defineFactory({
  schema: disclosureSchema,
  defaults: (sequence): Disclosure => ({
    id: factoryId('dis', sequence),
    occurredAt: hoursBefore(30),
    recordedAt: hoursBefore(29.98),
    recordedBy: 'stf_4d2s6t',
    kind: 'share',
    recipient: { ...seller },
    legalBasis: 'contract',
    purpose: "Fulfil the customer's marketplace order (name, delivery address, items)",
    dataCategories: ['identity', 'contact', 'order'],
    accountIds: [factoryId('acc', sequence)],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    documents: [],
    correctedBy: [],
  }),
}).withTraits({
  /** A production order from the police: `criminal_investigation`, a reference and two documents. */
  authority: (entry) => ({
    ...entry,
    recipient: { id: 'rcp_6j1s8f', name: 'Landeskriminalamt Nordmark', category: 'authority', country: 'DE' },
    legalBasis: 'criminal_investigation',
    purpose: 'Production order in a fraud investigation',
    dataCategories: ['identity', 'contact', 'order', 'network'],
    requestReference: 'Az. 04711/2026 St',
    documents: [
      { name: 'production-order signed.pdf', sha256: '3f'.repeat(32) },
      { name: 'response cover letter.docx', sha256: 'a7'.repeat(32) },
    ],
    recordedAt: hoursBefore(6),
  }),
  /** A `consent`-basis share (partner_sharing), nobody's consent withdrawn since. */
  consentBasis: (entry) => ({
    ...entry,
    legalBasis: 'consent',
    purpose: 'Seller\'s newsletter and offers, "opt-in at checkout"',
    dataCategories: ['identity', 'contact'],
    consentWithdrawnSince: [],
  }),
  /** A `consent`-basis share whose first account withdrew partner_sharing two hours ago. */
  withdrawnSince: (entry) => ({
    ...entry,
    legalBasis: 'consent',
    purpose: 'Seller\'s newsletter and offers, "opt-in at checkout"',
    dataCategories: ['identity', 'contact'],
    consentWithdrawnSince: [
      { accountId: entry.accountIds[0] ?? 'acc_f0001', purposeId: 'partner_sharing', withdrawnAt: hoursBefore(2) },
    ],
  }),
  /** De-identified research data: no accounts, 48,000 people, to a partner abroad. */
  deidentified: (entry) => ({
    ...entry,
    recipient: { id: 'rcp_6t9q7d', name: 'Trendlab Analytics Oy', category: 'authorized_partner', country: 'FI' },
    legalBasis: 'public_interest',
    purpose: 'De-identified trend research: browsing and basket patterns',
    dataCategories: ['usage', 'order', 'device'],
    accountIds: [],
    subjectCount: 48_000,
    deidentified: true,
    crossBorder: { destinationCountry: 'FI', safeguard: 'adequacy' },
  }),
  /** To a seller in the US under a certification. */
  crossBorder: (entry) => ({
    ...entry,
    recipient: { id: 'rcp_2p6y8r', name: 'Harbor Lane Apparel Inc.', category: 'seller', country: 'US' },
    crossBorder: { destinationCountry: 'US', safeguard: 'certification' },
  }),
  /** Corrected by a later entry (`correctedBy`), so correcting it again is a 409. */
  corrected: (entry) => ({ ...entry, correctedBy: [`dis_c${entry.id.slice(-4)}`] }),
  /** The correcting entry: `corrects` an earlier one, recorded two days after the disclosure. */
  correction: (entry) => ({
    ...entry,
    corrects: `dis_o${entry.id.slice(-4)}`,
    dataCategories: [...entry.dataCategories, 'account'],
    recordedAt: hoursBefore(30 - 48),
  }),
  /** Texts that must render inert: markup in the recipient's name, purpose, reference and documents. */
  markup: (entry) => ({
    ...entry,
    recipient: { ...entry.recipient, name: 'Evil <img src=x onerror=alert(1)> GmbH' },
    purpose: '<script>alert(document.cookie)</script> newsletter',
    requestReference: '"><svg onload=alert(2)>',
    documents: [{ name: '<b>order</b>.pdf', sha256: '0c'.repeat(32) }],
  }),
});

/** Recipients as `GET /recipients` sends them: by default the DE seller of the defaults above. */
export const recipientFactory = defineFactory({
  schema: recipientSchema,
  defaults: (sequence): Recipient => ({
    id: `rcp_f${sequence.toString(36).padStart(4, '0')}`,
    name: sequence === 1 ? seller.name : `Seller ${String(sequence)} GmbH`,
    category: 'seller',
    country: 'DE',
    agreementRef: `DPA-SEL-2026-${String(sequence).padStart(3, '0')}`,
  }),
}).withTraits({
  /** An authority: no data agreement (`agreementRef: null`). */
  authority: (recipient) => ({ ...recipient, category: 'authority', name: 'Landeskriminalamt Nordmark', agreementRef: null }),
  acquirer: (recipient) => ({ ...recipient, category: 'acquirer', name: 'Little Wren Retail Holdings GmbH' }),
});
