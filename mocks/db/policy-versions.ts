import type { ChangeCategory, PolicyNoticeChannel } from '@/shared/contract/policies';
import type { PurposeId } from '@/shared/contract/consent';
import { day } from '@mocks/clock';

/**
 * The privacy-policy versions the shop has published, oldest first, with what each one showed the
 * customer for every purpose it asked about. Consent histories are generated against this list
 * (a grant under 2023.2 quotes the 2023.2 wording), so it is the one place that says which notice
 * text was in force when. The full Markdown bodies arrive with the policy-versions issue; this
 * file holds what consent needs: labels, dates, titles and the per-purpose notices.
 *
 * Dates are offsets from the mock clock at seed time (`anchor`), so "the current version" stays
 * current whatever day a test pins. The labels are fixed strings: they read right for a clock near
 * the end of 2026, which is when the demo's data is set.
 *
 * Notice texts are the project's own words, modelled on the kinds of processing the company's
 * privacy policy describes; they quote no sentence of it.
 */

export interface SeededPolicyVersion {
  /** What readers see, e.g. `2026.3`. */
  readonly label: string;
  readonly title: string;
  readonly summary: string;
  /** Days before the anchor at which the version took effect. */
  readonly effectiveDaysAgo: number;
  /** Days between the notice and the effective date (at least 7 for a significant change). */
  readonly noticeDays: number;
  readonly significant: boolean;
  readonly changeCategories: readonly ChangeCategory[];
  readonly noticeChannels: readonly PolicyNoticeChannel[];
  /** Purposes this version introduced: customers are asked to opt in (`since` = this label). */
  readonly newPurposes: readonly PurposeId[];
  /**
   * Purposes whose use changed: a customer who had granted one is asked again and the old grant
   * expires if they do not answer.
   */
  readonly changedPurposes: readonly PurposeId[];
  /** The notice shown for each purpose whose wording this version set or changed. */
  readonly notices: Partial<Record<PurposeId, string>>;
}

export const policyVersions: readonly SeededPolicyVersion[] = [
  {
    label: '2020.4',
    title: 'Privacy policy for DigFashions accounts',
    summary: 'The first policy written for customer accounts: what we collect, cookies, and marketing email.',
    effectiveDaysAgo: 2205,
    noticeDays: 14,
    significant: true,
    changeCategories: ['purpose_or_use'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: ['essential_cookies', 'analytics_cookies', 'marketing_email'],
    changedPurposes: [],
    notices: {
      essential_cookies:
        'DigFashions stores a few cookies on your device that the shop cannot run without: they keep you signed in, remember your basket and protect checkout from fraud. They are always on.',
      analytics_cookies:
        'With your permission we set analytics cookies that count which pages you open and how long they take to load. We use the totals to find slow or confusing pages. You can switch them off at any time under Privacy settings.',
      marketing_email:
        'Tick this box if you would like our newsletter, sale announcements and restock alerts by email. We will not send marketing email without it, and every email has an unsubscribe link.',
    },
  },
  {
    label: '2021.3',
    title: 'Personalized recommendations',
    summary: 'Adds product and size suggestions based on what you browse and buy, only if you opt in.',
    effectiveDaysAgo: 1890,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: ['personalized_recommendations'],
    changedPurposes: [],
    notices: {
      personalized_recommendations:
        'May we use the products you view, search for and order to suggest items and sizes for you? Without your permission everyone sees the same suggestions. You can change your mind in Privacy settings.',
    },
  },
  {
    label: '2022.2',
    title: 'Email open and click tracking',
    summary: 'Asks before our emails use pixel tags and tracked links; marketing email wording updated.',
    effectiveDaysAgo: 1640,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: ['email_tracking_pixels'],
    changedPurposes: [],
    notices: {
      marketing_email:
        'Get our newsletter, sale dates and restock alerts by email. We only send marketing email if you say yes here; one click on the unsubscribe link in any of them stops it.',
      email_tracking_pixels:
        'Our emails can contain a tiny invisible image and tracked links that tell us whether you opened an email and which links you followed. We use this to send fewer, better emails. Say no and the emails still arrive, untracked.',
    },
  },
  {
    label: '2023.2',
    title: 'Sharing with DigFashions group companies',
    summary: 'Introduces sharing with affiliated companies of the group, on a separate opt-in.',
    effectiveDaysAgo: 1290,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use', 'recipients'],
    noticeChannels: ['email', 'site_banner', 'in_app'],
    newPurposes: ['affiliate_sharing'],
    changedPurposes: [],
    notices: {
      affiliate_sharing:
        'DigFashions belongs to a group of fashion companies. If you agree, we share your account and order details with them so you can use one account across our shops, get suggestions that fit and have unusual activity spotted sooner. We share only what those uses need.',
    },
  },
  {
    label: '2024.1',
    title: 'New data protection contact',
    summary: 'Names the new person responsible for personal data and the new complaint address.',
    effectiveDaysAgo: 1030,
    noticeDays: 14,
    significant: true,
    changeCategories: ['security_contact'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: [],
    changedPurposes: [],
    notices: {},
  },
  {
    label: '2024.3',
    title: 'Authorized partners',
    summary:
      'Introduces sharing with vetted service partners under data processing agreements, on a separate opt-in.',
    effectiveDaysAgo: 800,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use', 'recipients'],
    noticeChannels: ['email', 'site_banner', 'in_app'],
    newPurposes: ['partner_sharing'],
    changedPurposes: [],
    notices: {
      partner_sharing:
        'Some of our services are run together with partners we have checked: delivery firms, payment providers, customer-service and analytics specialists. With your agreement we give them the smallest set of details each job needs. A contract binds them to use it for that job only and to keep it safe.',
    },
  },
  {
    label: '2025.2',
    title: 'Clearer choices for marketing email',
    summary: 'Marketing email now covers partner brands sold in the shop and a weekly limit; we ask again.',
    effectiveDaysAgo: 560,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use', 'user_rights'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: [],
    changedPurposes: ['marketing_email'],
    notices: {
      marketing_email:
        'Would you like marketing email from DigFashions, including offers on partner brands sold in our shop? We send at most two a week. Your earlier yes does not carry over to this wider scope, so we are asking again; unsubscribe with one click whenever you like.',
    },
  },
  {
    label: '2025.4',
    title: 'Fit profiles and same-day delivery',
    summary:
      'Sharing body measurements and precise location with fit and delivery partners, on an explicit opt-in.',
    effectiveDaysAgo: 390,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use', 'high_risk_assessment'],
    noticeChannels: ['email', 'sms', 'site_banner'],
    newPurposes: ['sensitive_data_sharing'],
    changedPurposes: [],
    notices: {
      sensitive_data_sharing:
        'Your body measurements and precise location are sensitive. Only if you agree here, we pass your measurements to our fit partner to recommend sizes and your live location to the courier of a same-day delivery. Nothing is shared until you say yes, and saying no changes nothing else.',
    },
  },
  {
    label: '2026.1',
    title: 'Transfers outside your country',
    summary:
      'Explains transfers to group companies and partners abroad and the safeguards that protect them.',
    effectiveDaysAgo: 290,
    noticeDays: 30,
    significant: true,
    changeCategories: ['recipients'],
    noticeChannels: ['email', 'site_banner'],
    newPurposes: [],
    changedPurposes: [],
    notices: {
      affiliate_sharing:
        'If you agree, we share your account and order details with the other fashion companies of the DigFashions group, some of them in other countries, so one account works in all our shops and misuse is caught early. Transfers abroad are covered by safeguards the law recognises, such as standard contracts.',
      partner_sharing:
        'With your agreement we give checked partners — couriers, payment providers, customer-service and analytics firms — the smallest set of details each job needs. Some work from other countries; each is bound by contract, and by approved safeguards for transfers abroad, to use the data for that job alone.',
    },
  },
  {
    label: '2026.3',
    title: 'Analytics with page-interaction recordings',
    summary: 'Analytics cookies now also record clicks and scrolling (with typed text masked); we ask again.',
    effectiveDaysAgo: 85,
    noticeDays: 30,
    significant: true,
    changeCategories: ['purpose_or_use', 'user_rights'],
    noticeChannels: ['email', 'site_banner', 'in_app'],
    newPurposes: [],
    changedPurposes: ['analytics_cookies'],
    notices: {
      analytics_cookies:
        'Analytics cookies now do more: besides counting page views and load times, they record where you click and how far you scroll, with anything you type blanked out, so we can see where pages get in your way. Because this is new, we need your yes again; you can withdraw it in Privacy settings.',
    },
  },
];

/** Index of the version with this label, or -1. */
export function versionIndexOf(label: string): number {
  return policyVersions.findIndex((version) => version.label === label);
}

/** Effective time of version `index` for data seeded at `anchor`. */
export function effectiveAt(anchor: number, index: number): number {
  const version = policyVersions[index];
  if (!version) throw new Error(`policy versions: no version ${String(index)}`);
  return anchor - version.effectiveDaysAgo * day;
}

/** When the notice of version `index` went out (re-consent requests are sent with it). */
export function noticeSentAt(anchor: number, index: number): number {
  const version = policyVersions[index];
  if (!version) throw new Error(`policy versions: no version ${String(index)}`);
  return effectiveAt(anchor, index) - version.noticeDays * day;
}

/** The version in force at `at` (the first one for times before it: the log starts there). */
export function versionIndexAt(anchor: number, at: number): number {
  let found = 0;
  for (let index = 0; index < policyVersions.length; index += 1) {
    if (effectiveAt(anchor, index) <= at) found = index;
  }
  return found;
}

export function labelOf(index: number): string {
  const version = policyVersions[index];
  if (!version) throw new Error(`policy versions: no version ${String(index)}`);
  return version.label;
}

/**
 * The notice shown for `purpose` under version `index`: the wording of the latest version up to
 * it that set one. Undefined before the purpose existed.
 */
export function noticeTextFor(purpose: PurposeId, index: number): string | undefined {
  for (let at = Math.min(index, policyVersions.length - 1); at >= 0; at -= 1) {
    const text = policyVersions[at]?.notices[purpose];
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The version that introduced `purpose` (its `since`). */
export function introducedIn(purpose: PurposeId): number {
  const index = policyVersions.findIndex((version) => version.newPurposes.includes(purpose));
  if (index < 0) throw new Error(`policy versions: no version introduces ${purpose}`);
  return index;
}
