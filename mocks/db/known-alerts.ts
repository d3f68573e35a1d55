import type { AlertResolution, AlertSeverity, AlertStatus, AlertType } from '@/shared/contract/alerts';

// The known incidents live with the incidents family; they are also read from here (the alert
// seed links `escalated` to one, the demo's window.privacyConsoleMock and older tests import them).
export { knownIncidentTraits, knownIncidents, type KnownIncidentTraits } from './known-incidents';

/**
 * Alerts and incidents with known ids and known traits, whatever the seed, for UI tests, e2e
 * journeys and demos: "acknowledge the new critical alert", "escalate to the open incident",
 * "the customer's report with a script in it renders inert". The ids are literals so a Playwright
 * spec can use them without the mock; `alerts.test.ts` checks that they are what
 * `ids.alert.encode(index)` gives. Times are hours before the mock clock's anchor.
 *
 * The known accounts' open-alert counts hold with these: `locked` has exactly two open alerts
 * (`newCritical`, `acknowledged`), `heavyHistory` one (`escalated`), the others none; random
 * alerts never touch the known accounts, so `noConsentEvents`, `anonymized` and `closed` have no
 * alert at all and `marketingOptIn` only the `resolved` one.
 */

export const knownAlerts = {
  /** `new`, critical `account_takeover` on the locked account, unassigned, risk 94. */
  newCritical: 'alr_k4ppl8',
  /** `acknowledged`, high `credential_stuffing` on the locked account, assigned to analyst@. */
  acknowledged: 'alr_k5up7p',
  /** `escalated` `account_takeover` on the heavy-history account, linked to `knownIncidents.open`. */
  escalated: 'alr_k6zou6',
  /** `resolved` (`true_positive`) `phishing_url` on the marketing opt-in account. */
  resolved: 'alr_k84ogn',
  /** `dismissed` `user_report` whose report text carries `<img src=x onerror=alert(1)>`. */
  dismissed: 'alr_k99o34',
  /** `new` `phishing_url` whose first URL carries `<script>alert(document.cookie)</script>`. */
  phishingWithMarkup: 'alr_kaenpl',
  /** `new` `user_report` whose report text carries a `<script>` tag. */
  reportWithMarkup: 'alr_kbjnc2',
} as const;

export type KnownAlertKey = keyof typeof knownAlerts;

export interface KnownAlertTraits {
  readonly key: KnownAlertKey;
  readonly type: AlertType;
  readonly severity: AlertSeverity;
  readonly status: AlertStatus;
  /** Seeded account index (see `knownAccountTraits`). */
  readonly account: number;
  readonly assigneeId?: string;
  readonly resolution?: AlertResolution;
  /** Seeded incident index. */
  readonly incident?: number;
  readonly detectedHoursAgo: number;
  readonly riskScore?: number;
  /** Index into `customerReports`. */
  readonly report?: number;
  /** Index into `hostileUrls`. */
  readonly hostileUrl?: number;
}

/** By seeded alert index: the id is `ids.alert.encode(index)`. */
export const knownAlertTraits: ReadonlyMap<number, KnownAlertTraits> = new Map<number, KnownAlertTraits>([
  [
    0,
    {
      key: 'newCritical',
      type: 'account_takeover',
      severity: 'critical',
      status: 'new',
      account: 2002,
      detectedHoursAgo: 2,
      riskScore: 94,
    },
  ],
  [
    1,
    {
      key: 'acknowledged',
      type: 'credential_stuffing',
      severity: 'high',
      status: 'acknowledged',
      account: 2002,
      assigneeId: 'stf_2b8p4n',
      detectedHoursAgo: 5,
      riskScore: 77,
    },
  ],
  [
    2,
    {
      key: 'escalated',
      type: 'account_takeover',
      severity: 'high',
      status: 'escalated',
      account: 5005,
      assigneeId: 'stf_3c9q5r',
      incident: 0,
      detectedHoursAgo: 30,
    },
  ],
  [
    3,
    {
      key: 'resolved',
      type: 'phishing_url',
      severity: 'medium',
      status: 'resolved',
      resolution: 'true_positive',
      account: 1001,
      assigneeId: 'stf_2b8p4n',
      detectedHoursAgo: 240,
      hostileUrl: -1,
    },
  ],
  [
    4,
    {
      key: 'dismissed',
      type: 'user_report',
      severity: 'low',
      status: 'dismissed',
      // Not on a known account: `noConsentEvents` is the account with no alerts at all.
      account: 9009,
      assigneeId: 'stf_6f4w8x',
      detectedHoursAgo: 480,
      report: 5,
    },
  ],
  [
    5,
    {
      key: 'phishingWithMarkup',
      type: 'phishing_url',
      severity: 'high',
      status: 'new',
      account: 7007,
      detectedHoursAgo: 3,
      hostileUrl: 0,
    },
  ],
  [
    6,
    {
      key: 'reportWithMarkup',
      type: 'user_report',
      severity: 'medium',
      status: 'new',
      account: 8008,
      detectedHoursAgo: 1,
      report: 6,
    },
  ],
]);
