/**
 * Customer accounts the mock API seeds with known ids and traits whatever the seed, copied from
 * `mocks/db/known-accounts.ts` (`knownAccounts` and `knownAccountTraits`): the e2e drives the built
 * demo and never imports the mock, so the values are literals here. If the mock changes them,
 * change them here too.
 */
export const knownAccounts = {
  /** Active, DE, "Lena Hoffmann"; `marketing_email` (and most optional purposes) granted. */
  marketingOptIn: 'acc_ele67v',
  /** Locked (with a reason), CN, "陈静", risk 91, two open alerts. */
  locked: 'acc_1t850e',
  /** Anonymized: no email, phone, devices, activity or consent events. */
  anonymized: 'acc_p123sx',
  /** Active, GB, "Poppy Hughes": no consent events at all. */
  noConsentEvents: 'acc_c8w2lg',
  /** Active, JP, "佐藤 美咲": hundreds of consent events, a full access log. */
  heavyHistory: 'acc_zgq1dz',
  /** Closed by the customer, FR, "Chloé Moreau". */
  closed: 'acc_mok06i',
} as const;

/**
 * The unmasked contact data of the accounts the journeys open: what must never end up in a URL,
 * history state or browser storage, whether or not it was revealed on screen.
 */
export const knownContacts = {
  marketingOptIn: { name: 'Lena Hoffmann', email: 'lena.hoffmann91@netzpost.example', phoneDigits: '15738204611' },
  locked: { name: '陈静', email: 'chenjing88@wangyi.example', phoneDigits: '13812345678' },
} as const;
