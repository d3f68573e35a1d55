import type {
  CrossBorderSafeguard,
  DataCategory,
  LegalBasis,
  Recipient,
  RecipientCategory,
} from '@/shared/contract/disclosures';
import { dataCategories } from '@/shared/contract/disclosures';

/**
 * What the disclosures seed draws from: ~40 fictional recipients of every category (names,
 * countries, agreement references; authorities and the public have none), the purposes an entry
 * to each kind of recipient states, and the documents and request references of authority
 * requests. Every name is invented; a few carry quotes, commas, an ampersand, a leading `@` or `+`
 * and non-Latin script on purpose, so CSV quoting, the formula guard and the console's escaping
 * are exercised by ordinary data.
 */

/** Recipients in a fixed order: a recipient's index in the packed seed is its place here. */
export const recipients: readonly Recipient[] = [
  // Marketplace sellers: the customer bought from them through the shop.
  { id: 'rcp_7k2m9q', name: 'Nordlicht Mode GmbH', category: 'seller', country: 'DE', agreementRef: 'DPA-SEL-2021-014' },
  { id: 'rcp_3h8w1c', name: 'Atelier "Fil d\'Or", SARL', category: 'seller', country: 'FR', agreementRef: 'DPA-SEL-2022-031' },
  { id: 'rcp_9d4t6v', name: 'Thistle & Thread Ltd', category: 'seller', country: 'GB', agreementRef: 'DPA-SEL-2021-007' },
  { id: 'rcp_2p6y8r', name: 'Harbor Lane Apparel Inc.', category: 'seller', country: 'US', agreementRef: 'DPA-SEL-2022-045' },
  { id: 'rcp_5n1x3b', name: '云裳服饰有限公司', category: 'seller', country: 'CN', agreementRef: 'DPA-SEL-2023-002' },
  { id: 'rcp_8f5j2k', name: '株式会社ミナモ衣料', category: 'seller', country: 'JP', agreementRef: 'DPA-SEL-2022-019' },
  { id: 'rcp_4g7z5s', name: 'Costa Brava Textil, S.L.', category: 'seller', country: 'ES', agreementRef: 'DPA-SEL-2023-011' },
  { id: 'rcp_6c3q7w', name: 'Ipanema Moda Praia Ltda.', category: 'seller', country: 'BR', agreementRef: 'DPA-SEL-2023-027' },
  { id: 'rcp_1v9k4m', name: 'Saanjh Handloom Pvt. Ltd.', category: 'seller', country: 'IN', agreementRef: 'DPA-SEL-2024-003' },
  { id: 'rcp_7t2b6h', name: 'Merlion Streetwear Pte. Ltd.', category: 'seller', country: 'SG', agreementRef: 'DPA-SEL-2024-010' },
  { id: 'rcp_3r8n1d', name: '@Home Living Store GmbH', category: 'seller', country: 'DE', agreementRef: 'DPA-SEL-2024-021' },
  { id: 'rcp_5w6p9f', name: 'Maison Lavande, Paris', category: 'seller', country: 'FR', agreementRef: 'DPA-SEL-2021-022' },
  { id: 'rcp_2j4c8x', name: 'Brooklyn "Second Skin" Knitwear LLC', category: 'seller', country: 'US', agreementRef: 'DPA-SEL-2022-052' },
  { id: 'rcp_9m1h5t', name: 'Rheinufer Schuhmanufaktur KG', category: 'seller', country: 'DE', agreementRef: 'DPA-SEL-2022-060' },
  { id: 'rcp_4s7v2q', name: 'Lagoa Azul Calçados Ltda.', category: 'seller', country: 'BR', agreementRef: 'DPA-SEL-2024-033' },
  // The shop's own group companies.
  { id: 'rcp_6k9d3w', name: 'DigFashions Outlet GmbH', category: 'affiliate', country: 'DE', agreementRef: 'IGA-2020-001' },
  { id: 'rcp_1b5r7n', name: 'DigFashions Logistics B.V.', category: 'affiliate', country: 'NL', agreementRef: 'IGA-2020-002' },
  { id: 'rcp_8q2g6c', name: 'DigFashions Customer Care Ltd', category: 'affiliate', country: 'IE', agreementRef: 'IGA-2021-004' },
  { id: 'rcp_3x7m1p', name: 'DigFashions Asia Pacific Pte. Ltd.', category: 'affiliate', country: 'SG', agreementRef: 'IGA-2022-006' },
  { id: 'rcp_5d8t4j', name: 'DigFashions Americas Inc.', category: 'affiliate', country: 'US', agreementRef: 'IGA-2022-007' },
  // Processors and partners under a data agreement.
  { id: 'rcp_7h3w9b', name: 'Nordic Parcel AB', category: 'authorized_partner', country: 'SE', agreementRef: 'DPA-PRT-2020-003' },
  { id: 'rcp_2n6f5r', name: 'Kestrel Courier Services Ltd', category: 'authorized_partner', country: 'GB', agreementRef: 'DPA-PRT-2021-009' },
  { id: 'rcp_9v1c8k', name: 'Paywell Payment Services GmbH', category: 'authorized_partner', country: 'DE', agreementRef: 'DPA-PRT-2020-001' },
  { id: 'rcp_4m5j2x', name: 'Sentinel Fraud Check Inc.', category: 'authorized_partner', country: 'US', agreementRef: 'DPA-PRT-2021-012' },
  { id: 'rcp_6t9q7d', name: 'Trendlab Analytics Oy', category: 'authorized_partner', country: 'FI', agreementRef: 'DPA-PRT-2022-015' },
  { id: 'rcp_1f4h3s', name: 'StyleMail Ltd', category: 'authorized_partner', country: 'GB', agreementRef: 'DPA-PRT-2021-018' },
  { id: 'rcp_8c7b6w', name: 'FitRight Sizing, Inc.', category: 'authorized_partner', country: 'US', agreementRef: 'DPA-PRT-2023-021' },
  { id: 'rcp_3k2x9m', name: '快递通物流有限公司', category: 'authorized_partner', country: 'CN', agreementRef: 'DPA-PRT-2023-024' },
  { id: 'rcp_5q8r1v', name: 'Sakura Returns K.K.', category: 'authorized_partner', country: 'JP', agreementRef: 'DPA-PRT-2023-026' },
  { id: 'rcp_7w3n4h', name: 'Loyalty & Rewards Network Pte. Ltd.', category: 'authorized_partner', country: 'SG', agreementRef: 'DPA-PRT-2024-030' },
  // Authorities: no data agreement; they ask under a law.
  { id: 'rcp_2d9p6t', name: 'Finanzamt Rheinhafen, Steuerfahndung', category: 'authority', country: 'DE', agreementRef: null },
  { id: 'rcp_6j1s8f', name: 'Landeskriminalamt Nordmark', category: 'authority', country: 'DE', agreementRef: null },
  { id: 'rcp_4b7k3c', name: 'Brigade de protection des consommateurs de Valmont', category: 'authority', country: 'FR', agreementRef: null },
  { id: 'rcp_9x5g2n', name: 'Northshire Constabulary', category: 'authority', country: 'GB', agreementRef: null },
  { id: 'rcp_1m8w7q', name: 'Federal Commerce Investigations Office', category: 'authority', country: 'US', agreementRef: null },
  { id: 'rcp_5r3d9v', name: 'Delegacia de Fraudes Aduaneiras de Porto Vale', category: 'authority', country: 'BR', agreementRef: null },
  { id: 'rcp_8s6c1k', name: '云港市市场监督管理局', category: 'authority', country: 'CN', agreementRef: null },
  // The buyer of the kids' line (one transfer) and the public.
  { id: 'rcp_3t4f8b', name: 'Little Wren Retail Holdings GmbH', category: 'acquirer', country: 'DE', agreementRef: 'APA-2025-001' },
  { id: 'rcp_7g1x5m', name: 'The public (press and website)', category: 'public', country: 'DE', agreementRef: null },
];

export function recipientIndexOf(id: string): number {
  return recipients.findIndex((recipient) => recipient.id === id);
}

/** The recipient indices of one category, in catalog order. */
export function recipientsOf(category: RecipientCategory): number[] {
  return recipients.flatMap((recipient, index) => (recipient.category === category ? [index] : []));
}

/** Data categories as bits (bit k = `dataCategories[k]`), the packed seed's column. */
export function categoryBits(categories: readonly DataCategory[]): number {
  let bits = 0;
  for (const category of categories) bits |= 1 << dataCategories.indexOf(category);
  return bits;
}

export function categoriesOf(bits: number): DataCategory[] {
  return dataCategories.filter((_, bit) => (bits & (1 << bit)) !== 0);
}

/**
 * One way an entry to a kind of recipient happens: what it says (`purpose`), on which basis,
 * with which data, to how many accounts. The seed picks one per entry by weight; `purpose`
 * strings are the catalog's, so `q` over purposes is a scan of this list, not of the entries.
 */
export interface Occasion {
  readonly category: RecipientCategory;
  readonly purpose: string;
  readonly basis: LegalBasis;
  readonly kind: 'share' | 'transfer' | 'public_disclosure';
  readonly data: readonly DataCategory[];
  /** Accounts named: [min, max]; `deidentified` occasions name none. */
  readonly accounts: readonly [number, number];
  readonly weight: number;
  readonly deidentified?: boolean;
  /** De-identified or unlisted subjects: [min, max]. */
  readonly subjects?: readonly [number, number];
  /** Who receives this kind of entry (ids); every recipient of the category when absent. */
  readonly to?: readonly string[];
  /** Probability that the entry went out encrypted. */
  readonly encrypted: number;
  /** Authority requests and documented consents: documents [min, max]. */
  readonly documents?: readonly [number, number];
}

export const occasions: readonly Occasion[] = [
  // Sellers: the order they fulfil (contract), their own offers (consent).
  { category: 'seller', purpose: 'Fulfil the customer\'s marketplace order (name, delivery address, items)', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'order'], accounts: [1, 1], weight: 190, encrypted: 0.97 },
  { category: 'seller', purpose: 'Handle a return or exchange the customer opened with the seller', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'order'], accounts: [1, 1], weight: 40, encrypted: 0.97 },
  { category: 'seller', purpose: '+48h express delivery booked by the customer', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'order'], accounts: [1, 1], weight: 8, encrypted: 0.97 },
  { category: 'seller', purpose: 'Seller\'s newsletter and offers, "opt-in at checkout"', basis: 'consent', kind: 'share', data: ['identity', 'contact'], accounts: [1, 12], weight: 34, encrypted: 0.9 },
  { category: 'seller', purpose: 'Made-to-measure fitting: body measurements, address & phone', basis: 'consent', kind: 'share', data: ['identity', 'contact', 'order', 'precise_location'], accounts: [1, 3], weight: 6, encrypted: 1 },
  { category: 'seller', purpose: 'Product review the customer published, shown to the seller', basis: 'public_source', kind: 'share', data: ['identity', 'usage'], accounts: [1, 1], weight: 4, encrypted: 0.5 },
  // Affiliates: group companies.
  { category: 'affiliate', purpose: 'Outlet offers for the customer\'s sizes and brands', basis: 'consent', kind: 'share', data: ['identity', 'contact', 'order', 'usage'], accounts: [1, 25], to: ['rcp_6k9d3w', 'rcp_5d8t4j', 'rcp_3x7m1p'], weight: 22, encrypted: 0.95 },
  { category: 'affiliate', purpose: 'Group customer care answers the customer\'s ticket', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'account', 'order'], accounts: [1, 1], to: ['rcp_8q2g6c', 'rcp_5d8t4j', 'rcp_3x7m1p'], weight: 18, encrypted: 1 },
  { category: 'affiliate', purpose: 'Warehouse picking and shipping of the order', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'order'], accounts: [1, 2], to: ['rcp_1b5r7n', 'rcp_5d8t4j', 'rcp_3x7m1p'], weight: 14, encrypted: 1 },
  { category: 'affiliate', purpose: 'Regional loyalty programme enrolment', basis: 'consent', kind: 'share', data: ['identity', 'contact', 'account', 'payment_account'], accounts: [1, 6], to: ['rcp_6k9d3w', 'rcp_5d8t4j', 'rcp_3x7m1p'], weight: 3, encrypted: 1 },
  { category: 'affiliate', purpose: 'De-identified sales statistics per region and size', basis: 'contract', kind: 'share', data: ['order', 'usage'], accounts: [0, 0], deidentified: true, subjects: [5_000, 90_000], weight: 1.2, encrypted: 1 },
  // Authorized partners: processors under a data agreement, and partners customers opted into.
  { category: 'authorized_partner', purpose: 'Deliver the parcel and send tracking messages', basis: 'contract', kind: 'share', data: ['identity', 'contact', 'order'], accounts: [1, 1], to: ['rcp_7h3w9b', 'rcp_2n6f5r', 'rcp_3k2x9m', 'rcp_5q8r1v'], weight: 70, encrypted: 0.98 },
  { category: 'authorized_partner', purpose: 'Authorize and settle the card payment', basis: 'contract', kind: 'share', data: ['identity', 'account', 'order'], accounts: [1, 1], to: ['rcp_9v1c8k'], weight: 45, encrypted: 1 },
  { category: 'authorized_partner', purpose: 'Fraud screening of a high-value order', basis: 'contract', kind: 'share', data: ['account', 'device', 'network', 'order'], accounts: [1, 1], to: ['rcp_4m5j2x'], weight: 20, encrypted: 1 },
  { category: 'authorized_partner', purpose: 'Partner offers by email (StyleMail campaign list)', basis: 'consent', kind: 'share', data: ['identity', 'contact', 'usage'], accounts: [2, 30], to: ['rcp_1f4h3s', 'rcp_7w3n4h'], weight: 14, encrypted: 0.9 },
  { category: 'authorized_partner', purpose: 'Size recommendations from fit data', basis: 'consent', kind: 'share', data: ['order', 'usage', 'device'], accounts: [1, 10], to: ['rcp_8c7b6w'], weight: 8, encrypted: 1 },
  { category: 'authorized_partner', purpose: 'Store pickup near the customer\'s location', basis: 'consent', kind: 'share', data: ['identity', 'contact', 'precise_location'], accounts: [1, 4], to: ['rcp_5q8r1v', 'rcp_3k2x9m', 'rcp_2n6f5r'], weight: 3, encrypted: 1 },
  { category: 'authorized_partner', purpose: 'De-identified trend research: browsing and basket patterns', basis: 'public_interest', kind: 'share', data: ['usage', 'order', 'device'], accounts: [0, 0], deidentified: true, subjects: [10_000, 250_000], to: ['rcp_6t9q7d'], weight: 1.4, encrypted: 1 },
  // Authorities: requests under a law, each with a reference and documents.
  { category: 'authority', purpose: 'Tax audit of marketplace sellers\' sales (information request)', basis: 'legal_obligation', kind: 'share', data: ['identity', 'order'], accounts: [1, 5], weight: 1.05, encrypted: 1, documents: [1, 3] },
  { category: 'authority', purpose: 'Production order in a fraud investigation', basis: 'criminal_investigation', kind: 'share', data: ['identity', 'contact', 'order', 'network', 'device'], accounts: [1, 3], weight: 0.9, encrypted: 1, documents: [1, 3] },
  { category: 'authority', purpose: 'Location data for a missing-person case', basis: 'vital_interests', kind: 'share', data: ['identity', 'contact', 'precise_location'], accounts: [1, 1], weight: 0.12, encrypted: 1, documents: [1, 2] },
  { category: 'authority', purpose: 'Court order: account and payment records', basis: 'criminal_investigation', kind: 'share', data: ['identity', 'account', 'payment_account', 'order'], accounts: [1, 2], weight: 0.36, encrypted: 1, documents: [2, 3] },
  { category: 'authority', purpose: 'National security request (sealed)', basis: 'national_security', kind: 'share', data: ['identity', 'network', 'device'], accounts: [1, 2], weight: 0.12, encrypted: 1, documents: [1, 2] },
  { category: 'authority', purpose: 'Consumer protection inquiry into counterfeit goods', basis: 'public_interest', kind: 'share', data: ['identity', 'order'], accounts: [1, 4], weight: 0.3, encrypted: 1, documents: [1, 2] },
];

/** The one acquisition transfer (the kids' line sold to its buyer). */
export const acquisitionOccasion: Occasion = {
  category: 'acquirer',
  purpose: 'Sale of the kids\' line: its customer accounts transferred to the buyer',
  basis: 'merger_acquisition',
  kind: 'transfer',
  data: ['identity', 'contact', 'account', 'order', 'minor_data'],
  accounts: [0, 0],
  subjects: [18_412, 18_412],
  weight: 0,
  encrypted: 1,
  documents: [2, 2],
};

/** Public disclosures: a few, on consent (with the customer's signed agreement) or by law. */
export const publicOccasions: readonly Occasion[] = [
  { category: 'public', purpose: 'Customer story in the spring campaign, with the customer\'s signed agreement', basis: 'consent', kind: 'public_disclosure', data: ['identity', 'order'], accounts: [1, 1], weight: 2, encrypted: 0, documents: [1, 1] },
  { category: 'public', purpose: 'Court-ordered publication of a judgment naming a reseller', basis: 'legal_obligation', kind: 'public_disclosure', data: ['identity'], accounts: [1, 1], weight: 1, encrypted: 0, documents: [1, 2] },
  { category: 'public', purpose: 'Prize draw winners announced, as the entrants agreed', basis: 'self_disclosed', kind: 'public_disclosure', data: ['identity'], accounts: [1, 3], weight: 1, encrypted: 0 },
];

/** Names of the documents an authority request or a documented agreement comes with. */
export const documentNames: Readonly<Record<'authority' | 'agreement' | 'acquisition', readonly string[]>> = {
  authority: [
    'request-letter.pdf',
    'production-order signed.pdf',
    'court order, chamber 3 (redacted).pdf',
    'Auskunftsersuchen_§93_AO.pdf',
    'officer ID "verified".png',
    'response cover letter.docx',
    '回函.pdf',
  ],
  agreement: ['customer agreement (signed).pdf', 'consent form - campaign & story.pdf', 'e-mail confirmation.eml'],
  acquisition: ['asset purchase agreement (excerpt).pdf', 'data transfer schedule B.xlsx'],
};

/** Reference formats of authority requests, per authority country. */
export function requestReferenceFor(country: string, year: number, serial: number): string {
  const n = String(serial).padStart(5, '0');
  switch (country) {
    case 'DE':
      return `Az. ${n}/${String(year)} St`;
    case 'FR':
      return `PV n° ${String(year)}/${n}`;
    case 'GB':
      return `NC-${String(year)}-${n}`;
    case 'US':
      return `FCIO-${String(year)}-CR-${n}`;
    case 'BR':
      return `IP ${n}/${String(year)}-DRF/STS`;
    case 'CN':
      return `市监调〔${String(year)}〕${n}号`;
    default:
      return `REF-${String(year)}-${n}`;
  }
}

/**
 * The safeguard a transfer from the shop to `destination` rests on: the EU/EEA and adequacy
 * countries `adequacy`, China a `security_assessment`, certified US partners `certification`,
 * otherwise the standard contract. Consent-basis entries may rest on the customer's consent.
 */
export function safeguardFor(destination: string, consentBasis: boolean, roll: number): CrossBorderSafeguard {
  if (consentBasis && roll < 0.2) return 'consent';
  if (['DE', 'FR', 'ES', 'NL', 'IE', 'SE', 'FI', 'LU', 'GB', 'JP'].includes(destination)) return 'adequacy';
  if (destination === 'CN') return 'security_assessment';
  if (destination === 'US' && roll < 0.6) return 'certification';
  return 'standard_contract';
}
