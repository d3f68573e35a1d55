/**
 * Disclosures and recipients with known ids and known traits, whatever the seed, for UI tests,
 * e2e journeys and demos: "open the authority request and check its documents", "the recipient
 * must be told to stop: consent withdrawn since", "follow the correction chain". The ids are
 * literals so a Playwright spec can use them without the mock; `known-disclosures.test.ts` checks
 * that they are what `ids.disclosure.encode(slot)` gives and that the seed makes each trait true.
 * Times are days before the mock clock's anchor.
 */

export const knownDisclosures = {
  /**
   * `share` to the authority "Landeskriminalamt Nordmark" (DE) under `criminal_investigation`,
   * 41 days ago, naming `knownAccounts.marketingOptIn`, with a `requestReference` and exactly two
   * documents (name + SHA-256).
   */
  authorityRequest: 'dis_k4q5er',
  /**
   * `consent`-basis `share` ("Seller's newsletter and offers…") to a marketplace seller; its first
   * account withdrew (or let expire) `partner_sharing` later, so `consentWithdrawnSince` names it.
   * The account is the heavy-history account when its log allows, otherwise another account
   * (it depends on the seed): read it from the entry.
   */
  withdrawnSince: 'dis_ke07ay',
  /**
   * A `contract` `share` of an order to the seller "Nordlicht Mode GmbH" (98 days ago, naming
   * `marketingOptIn`), corrected by `correction`: its `correctedBy` is `[correction]`, so
   * correcting it again is a 409.
   */
  correctedOriginal: 'dis_kna975',
  /** The entry correcting `correctedOriginal` (`corrects` = it), recorded days after it. */
  correction: 'dis_wgqkg0',
  /**
   * De-identified bulk `share` ("De-identified trend research…", `public_interest`) to
   * "Trendlab Analytics Oy" (FI): no accounts, `subjectCount` in the tens of thousands.
   */
  deidentified: 'dis_kwkb3c',
  /**
   * `contract` `share` of `marketingOptIn`'s (DE) order to the US seller "Harbor Lane Apparel
   * Inc." 15 days ago: `crossBorder` `{ destinationCountry: 'US', safeguard }`.
   */
  crossBorder: 'dis_l5uczj',
  /** The one acquisition: `merger_acquisition` `transfer` to the acquirer, 212 days ago, 18,412 subjects. */
  acquisition: 'dis_lf4evq',
} as const;

export type KnownDisclosureKey = keyof typeof knownDisclosures;

/**
 * The account with several disclosures (the account page's Disclosures tab): `marketingOptIn`
 * ("Lena Hoffmann", DE) is named by the known entries above and by eight more (consent-basis
 * shares to sellers, the outlet and partners, deliveries, a payment). Its consents for
 * `partner_sharing` and `affiliate_sharing` are never withdrawn by the seed: withdraw one at run
 * time and its consent-basis entries report it in `consentWithdrawnSince`.
 */
export const knownDisclosureAccount = 'acc_ele67v';

export const knownRecipients = {
  /** Seller "Nordlicht Mode GmbH", DE, agreement `DPA-SEL-2021-014`: thousands of entries. */
  seller: 'rcp_7k2m9q',
  /** Authority "Landeskriminalamt Nordmark", DE, `agreementRef: null`: criminal investigations. */
  authority: 'rcp_6j1s8f',
  /** Seller `Atelier "Fil d'Or", SARL` (FR): quotes, a comma and an apostrophe in the name. */
  quotedName: 'rcp_3h8w1c',
  /** Seller "@Home Living Store GmbH" (DE): a name the CSV export guards with a leading `'`. */
  formulaName: 'rcp_3r8n1d',
  /** The acquirer of the kids' line (the one `merger_acquisition` transfer). */
  acquirer: 'rcp_3t4f8b',
} as const;

/** The seeded slot of each known entry (`ids.disclosure.encode(slot)` is its id). */
export const knownDisclosureIndex = {
  authorityRequest: 11,
  withdrawnSince: 22,
  correctedOriginal: 33,
  correction: 49_700,
  deidentified: 44,
  crossBorder: 55,
  acquisition: 66,
  /** The eight more entries naming `knownDisclosureAccount`. */
  accountEntries: [101, 102, 103, 104, 105, 106, 107, 108] as readonly number[],
} as const;
