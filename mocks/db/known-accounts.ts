import type { AccountStatus } from '@/shared/contract/accounts';
import type { PurposeId } from '@/shared/contract/consent';
import type { MarketCode } from './accounts/markets';

/**
 * Accounts with known ids and known traits, whatever the seed, for UI tests, e2e journeys and
 * demos: "open the locked account", "withdraw a marketing consent", "show an empty consent
 * history". Everything else about them (devices, activity, times) comes from the seed like any
 * other account. The ids are literals so a Playwright spec can use them without the mock;
 * `known-accounts.test.ts` checks that they are what `ids.account.encode(index)` gives.
 */

export const knownAccounts = {
  /** Active, DE, "Lena Hoffmann", email verified; `marketing_email` (and most purposes) granted. */
  marketingOptIn: 'acc_ele67v',
  /** Locked (with a `lockedReason`), CN, "陈静" (romanized "chen jing"), phone `+86 13812345678`. */
  locked: 'acc_1t850e',
  /** Anonymized: name "Anonymized customer", no email, phone, devices, activity or consent events. */
  anonymized: 'acc_p123sx',
  /** Active, GB, "Poppy Hughes": migrated from the old shop, so no consent events at all. */
  noConsentEvents: 'acc_c8w2lg',
  /** Active, JP, "佐藤 美咲": six years of history — hundreds of consent events, a full access log. */
  heavyHistory: 'acc_zgq1dz',
  /** Closed by the customer, FR, "Chloé Moreau". */
  closed: 'acc_mok06i',
} as const;

export type KnownAccountKey = keyof typeof knownAccounts;

/** What the seed makes true of a known account; unset parts are drawn from the seed as usual. */
export interface KnownAccountTraits {
  readonly key: KnownAccountKey;
  readonly status: AccountStatus;
  readonly market: MarketCode;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly email?: string;
  /** National digits, without the country code. */
  readonly phoneNational?: string;
  readonly createdDaysAgo?: number;
  readonly lastSeenDaysAgo?: number;
  readonly emailVerified?: boolean;
  readonly riskScore?: number;
  readonly openAlertCount?: number;
  /** `none`: no consent event at all; `heavy`: a customer who keeps changing their mind. */
  readonly consentHistory?: 'none' | 'heavy';
  /** Purposes the customer always says yes to and never withdraws. */
  readonly alwaysGrants?: readonly PurposeId[];
  /** Daily sessions over the whole access-log window. */
  readonly heavyActivity?: boolean;
}

/** By seeded index: the id is `ids.account.encode(index)`. */
export const knownAccountTraits: ReadonlyMap<number, KnownAccountTraits> = new Map<
  number,
  KnownAccountTraits
>([
  [
    1001,
    {
      key: 'marketingOptIn',
      status: 'active',
      market: 'DE',
      givenName: 'Lena',
      familyName: 'Hoffmann',
      email: 'lena.hoffmann91@netzpost.example',
      phoneNational: '15738204611',
      createdDaysAgo: 1200,
      lastSeenDaysAgo: 3,
      emailVerified: true,
      riskScore: 4,
      openAlertCount: 0,
      alwaysGrants: [
        'analytics_cookies',
        'marketing_email',
        'personalized_recommendations',
        'email_tracking_pixels',
        'affiliate_sharing',
        'partner_sharing',
      ],
    },
  ],
  [
    2002,
    {
      key: 'locked',
      status: 'locked',
      market: 'CN',
      givenName: '静',
      familyName: '陈',
      email: 'chenjing88@wangyi.example',
      phoneNational: '13812345678',
      createdDaysAgo: 700,
      lastSeenDaysAgo: 2,
      emailVerified: true,
      riskScore: 91,
      openAlertCount: 2,
    },
  ],
  [
    3003,
    { key: 'anonymized', status: 'anonymized', market: 'US', createdDaysAgo: 2000, lastSeenDaysAgo: 1500 },
  ],
  [
    4004,
    {
      key: 'noConsentEvents',
      status: 'active',
      market: 'GB',
      givenName: 'Poppy',
      familyName: 'Hughes',
      email: 'poppy.hughes@telecom.example',
      phoneNational: '7700900123',
      createdDaysAgo: 2180,
      lastSeenDaysAgo: 20,
      emailVerified: true,
      riskScore: 12,
      openAlertCount: 0,
      consentHistory: 'none',
    },
  ],
  [
    5005,
    {
      key: 'heavyHistory',
      status: 'active',
      market: 'JP',
      givenName: '美咲',
      familyName: '佐藤',
      email: 'misaki.sato@keitai.example',
      phoneNational: '9012345678',
      createdDaysAgo: 2150,
      lastSeenDaysAgo: 0,
      emailVerified: true,
      riskScore: 23,
      openAlertCount: 1,
      consentHistory: 'heavy',
      heavyActivity: true,
    },
  ],
  [
    6006,
    {
      key: 'closed',
      status: 'closed',
      market: 'FR',
      givenName: 'Chloé',
      familyName: 'Moreau',
      email: 'chloe.moreau@courriel.example',
      phoneNational: '612345678',
      createdDaysAgo: 1500,
      lastSeenDaysAgo: 200,
      emailVerified: true,
      riskScore: 2,
      openAlertCount: 0,
    },
  ],
]);
