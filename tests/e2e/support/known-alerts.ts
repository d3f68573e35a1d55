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
  /** `open`, aware a day ago (48 h left), no notice: the escalation target (the known `escalated` alert is linked to it). */
  open: 'inc_6r3i10',
  /** `closed` two months ago, reported in time, its notice sent: escalating to it is a 409. */
  closed: 'inc_6rrqj7',
  /** `assessing`, critical, aware 67 h 30 min ago: 4 h 30 min left on the regulator clock, no report yet. */
  dueSoon: 'inc_6sfz1e',
  /** `assessing`, aware 80 h ago: 8 h past the regulator deadline, no report (a report needs `lateReason`). */
  overdue: 'inc_6t47jl',
  /** `notifying`, aware 2 days ago: one complete draft notice written by legal@ (legal2@ or the privacy officer may approve it). */
  withDraftNotice: 'inc_6tsg1s',
  /** `notifying`, aware 60 h ago: one notice by legal@ approved by legal2@, not yet sent (closing refuses it). */
  withApprovedNotice: 'inc_6ugojz',
  /** `notifying`, reported in time: its notice to 86,400 accounts started sending 20 s before the anchor (minutes to go). */
  sending: 'inc_6v4x26',
  /** `monitoring`, reported in time, its notice sent and delivered (a completed batch with failures by reason). */
  reported: 'inc_6vt5kd',
  /** `monitoring`, reported, every notice sent and finished (one batch failed as a whole, the resend completed): it may close. */
  readyToClose: 'inc_6whe2k',
  /** `monitoring`, the regulator report filed a day after the deadline, with its `lateReason`. */
  reportedLate: 'inc_6x5mkr',
  /** `monitoring`, a recorded decision not to report (`regulatorDecision`), no notice. */
  notReported: 'inc_6xtv2y',
  /** `notifying`, reported in time, its only notice's batch failed as a whole (`failureDetail`). */
  failedBatch: 'inc_6yi3l5',
} as const;
