import type {
  CrossBorderSafeguard,
  DataCategory,
  DisclosureKind,
  LegalBasis,
  RecipientCategory,
} from '@/shared/contract/disclosures';

// How the ledger, the entry page, the account tab and the form name the contract's values
// (API.md "Third-party disclosures"). One place, so a filter, a column and a form option agree.

export const disclosureKindLabels: Record<DisclosureKind, string> = {
  share: 'Share',
  transfer: 'Transfer',
  public_disclosure: 'Public disclosure',
};

export const recipientCategoryLabels: Record<RecipientCategory, string> = {
  seller: 'Seller',
  affiliate: 'Affiliate',
  authorized_partner: 'Authorized partner',
  authority: 'Authority',
  acquirer: 'Acquirer',
  public: 'The public',
};

export const legalBasisLabels: Record<LegalBasis, string> = {
  consent: 'Consent',
  legal_obligation: 'Legal obligation',
  contract: 'Contract',
  merger_acquisition: 'Merger or acquisition',
  national_security: 'National security',
  public_interest: 'Public interest',
  criminal_investigation: 'Criminal investigation',
  vital_interests: 'Vital interests',
  self_disclosed: 'Disclosed by the person',
  public_source: 'Public source',
};

export const crossBorderSafeguardLabels: Record<CrossBorderSafeguard, string> = {
  adequacy: 'Adequacy decision',
  standard_contract: 'Standard contract',
  certification: 'Certification',
  security_assessment: 'Security assessment',
  consent: 'Consent',
};

/** Data categories with what each covers (API.md `DataCategory`). */
export const dataCategoryLabels: Record<DataCategory, { label: string; covers: string }> = {
  identity: { label: 'Identity', covers: 'name' },
  contact: { label: 'Contact', covers: 'email, phone' },
  account: { label: 'Account', covers: 'ids, registration' },
  device: { label: 'Device', covers: 'device info, MAC address' },
  network: { label: 'Network', covers: 'IP, browser, telecom operator' },
  usage: { label: 'Usage', covers: 'search history, pages visited, timestamps' },
  order: { label: 'Order', covers: 'purchases, delivery address' },
  payment_account: { label: 'Payment account', covers: 'payment cards, bank accounts' },
  precise_location: { label: 'Precise location', covers: 'GPS position' },
  minor_data: { label: 'Data of a minor', covers: 'anything about a customer who is a child' },
};
