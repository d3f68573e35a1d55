/**
 * Risk alerts and incidents the mock API seeds with known ids and traits whatever the seed, copied
 * from `mocks/db/known-alerts.ts` (`knownAlerts` and `knownIncidents`): the e2e drives the built
 * demo and never imports the mock, so the values are literals here. If the mock changes them,
 * change them here too.
 */
export const knownAlerts = {
  /** `new`, critical `account_takeover` on the locked account, unassigned, risk 94, two hours old. */
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

export const knownIncidents = {
  /** `open`, aware a day ago: the escalation target. */
  open: 'inc_6r3i10',
  /** `closed` two months ago: escalating to it is a 409. */
  closed: 'inc_6rrqj7',
} as const;
