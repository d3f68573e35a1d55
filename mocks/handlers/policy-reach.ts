import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import { isRequiredPurpose } from '@/shared/contract/consent';
import type { PolicyVersion, PublishPreview, ReconsentProgressEntry } from '@/shared/contract/policies';
import { day } from '@mocks/clock';
import { accounts, accountsAnchor, accountStatusOf, accountTotal } from '@mocks/db/accounts/state';
import { searchFields } from '@mocks/db/accounts/seed';
import { consentLog } from '@mocks/db/consent';
import { purposes } from '@mocks/db/consent-purposes';
import { ids } from '@mocks/db/ids';
import { entriesOf } from '@mocks/db/journal';
import { policyVersions } from '@mocks/db/policy-versions';

/**
 * How far a policy version reaches into the 100,000 accounts, for `publish-preview` and
 * `reconsent-progress` (docs/api.md "### Policy versions"), without building any account's
 * history beyond a fixed sample:
 *
 * - counts of open accounts, with an email address, with a phone number: one pass over the
 *   packed columns and search lines, kept per anchor;
 * - who holds a purpose granted (at a time): the share among an evenly spaced sample of
 *   `sampleSize` accounts, from their own consent logs, scaled to the open accounts;
 * - re-consent answers of a version that took effect at run time: by formula over the days since
 *   `effectiveAt` (`answerShare`, `grantShare`), deterministic for the same clock;
 * - re-consent answers of a seeded version: read from the sample's seeded logs.
 *
 * Reads across families happen here, in a handler module: the policies family never imports
 * the accounts or consent state.
 */

/** Accounts whose consent logs the estimates read: evenly spaced, so every market and age is in. */
export const sampleSize = 240;

/** Of the accounts asked again, the share that answers at all, and over how many days. */
export const answerShare = 0.7;
export const answerSpreadDays = 14;

/** Of those who answer, the share that says yes: to a changed purpose they held, or to a new one. */
export function grantShare(changed: boolean): number {
  return changed ? 0.8 : 0.5;
}

function sampleIndices(total: number): number[] {
  return Array.from({ length: Math.min(sampleSize, total) }, (_unused, k) =>
    Math.floor((k * total) / Math.min(sampleSize, total)),
  );
}

function isOpen(index: number): boolean {
  const status = accountStatusOf(index);
  return status === 'active' || status === 'locked';
}

interface Audience {
  key: string;
  open: number;
  email: number;
  sms: number;
}
let audience: Audience | undefined;

/** Open accounts, and those of them with an email address and with a phone number (counted once per seed and anchor). */
function noticeAudience(): Audience {
  const packed = accounts.state().packed;
  const total = accountTotal();
  const key = `${String(packed.seed)}:${String(total)}`;
  if (audience?.key === key) return audience;
  let open = 0;
  let email = 0;
  let sms = 0;
  for (let index = 0; index < total; index += 1) {
    if (!isOpen(index)) continue;
    open += 1;
    const [, address, phone] = searchFields(packed, index);
    if (address !== '') email += 1;
    if (phone.replace(/\D/g, '').length > 4) sms += 1;
  }
  audience = { key, open, email, sms };
  return audience;
}

function grantedAt(log: readonly ConsentEvent[], purpose: PurposeId, at: number): boolean {
  let granted = false;
  for (const event of log) {
    if (Date.parse(event.at) > at) break;
    if (event.purposeId !== purpose || event.action === 'reconsent_requested') continue;
    granted = event.action === 'granted';
  }
  return granted;
}

interface SampleLogs {
  key: string;
  /** The sample's logs, with whether each account is open now. */
  logs: { open: boolean; log: readonly ConsentEvent[] }[];
}
let sample: SampleLogs | undefined;

/**
 * The consent logs of the sample (seeded and written events), built once per seed, anchor and
 * count of written consent events, so a preview reads each log once, not once per purpose.
 */
function sampleLogs(): SampleLogs['logs'] {
  const total = accountTotal();
  const key = `${String(accounts.state().packed.seed)}:${String(accountsAnchor())}:${String(entriesOf('consent').length)}`;
  if (sample?.key !== key) {
    sample = {
      key,
      logs: sampleIndices(total).map((index) => ({ open: isOpen(index), log: consentLog(index) })),
    };
  }
  return sample.logs;
}

/** Estimated open accounts holding `purpose` granted at `at` (ms): the sample's share of the open ones. */
function holdersAt(purpose: PurposeId, at: number): number {
  const open = sampleLogs().filter((entry) => entry.open);
  if (open.length === 0) return 0;
  const holders = open.filter((entry) => grantedAt(entry.log, purpose, at)).length;
  return Math.round((holders / open.length) * noticeAudience().open);
}

function isNewIn(purpose: PurposeId, label: string): boolean {
  return purposes.some((candidate) => candidate.id === purpose && candidate.since === label);
}

/** How many accounts a re-consent request for `purpose` under `label` reaches at `at`. */
function accountsToAsk(purpose: PurposeId, label: string, at: number): number {
  return isNewIn(purpose, label) ? noticeAudience().open : holdersAt(purpose, at);
}

/**
 * `GET /policies/{id}/publish-preview` for an approved or scheduled version, with `supersedes` the
 * version in force (or null) and `now` the mock clock (ms).
 */
export function publishPreview(
  policy: PolicyVersion,
  supersedes: string | null,
  now: number,
): PublishPreview {
  const asked =
    policy.status === 'scheduled'
      ? (policy.notice?.reconsentPurposes ?? [])
      : purposes.filter((purpose) => !isRequiredPurpose(purpose.id)).map((purpose) => purpose.id);
  const { email, sms } = noticeAudience();
  return {
    supersedes,
    reconsent: asked.map((purposeId) => ({
      purposeId,
      accountsToAsk: accountsToAsk(purposeId, policy.label, now),
    })),
    noticeAudience: { email, sms },
  };
}

/** Answers of the seeded version `label` to its requests for `purpose`, read from the sample and scaled. */
function seededProgress(purpose: PurposeId, label: string): ReconsentProgressEntry {
  const logs = sampleLogs();
  let asked = 0;
  let granted = 0;
  let withdrawn = 0;
  for (const { log } of logs) {
    const request = log.findIndex(
      (event) =>
        event.purposeId === purpose &&
        event.action === 'reconsent_requested' &&
        event.policyVersion === label,
    );
    if (request < 0) continue;
    asked += 1;
    const answer = log
      .slice(request + 1)
      .find(
        (event) =>
          event.purposeId === purpose && (event.action === 'granted' || event.action === 'withdrawn'),
      );
    if (answer?.action === 'granted') granted += 1;
    else if (answer?.action === 'withdrawn') withdrawn += 1;
  }
  const scale = logs.length === 0 ? 0 : accountTotal() / logs.length;
  // Each count scaled on its own, `asked` their sum, so `pending = asked − granted − withdrawn` holds exactly.
  const scaledGranted = Math.round(granted * scale);
  const scaledWithdrawn = Math.round(withdrawn * scale);
  const pending = Math.round((asked - granted - withdrawn) * scale);
  return {
    purposeId: purpose,
    asked: scaledGranted + scaledWithdrawn + pending,
    granted: scaledGranted,
    withdrawn: scaledWithdrawn,
    pending,
  };
}

/** Answers by `now` (ms) to a run-time version's request, by formula over the days since `effectiveAt`. */
function runTimeProgress(purpose: PurposeId, policy: PolicyVersion, now: number): ReconsentProgressEntry {
  const effective = Date.parse(policy.effectiveAt ?? policy.publishedAt ?? '');
  const asked = accountsToAsk(purpose, policy.label, effective);
  const share = Math.min(1, Math.max(0, (now - effective) / (answerSpreadDays * day)));
  const answered = Math.floor(asked * answerShare * share);
  const granted = Math.floor(answered * grantShare(!isNewIn(purpose, policy.label)));
  const withdrawn = answered - granted;
  return { purposeId: purpose, asked, granted, withdrawn, pending: asked - granted - withdrawn };
}

/** `GET /policies/{id}/reconsent-progress` for a published or superseded version, as of `now` (ms). */
export function reconsentProgress(policy: PolicyVersion, now: number): ReconsentProgressEntry[] {
  // The ten seeded versions took effect before the anchor: their requests are in the seeded logs.
  const isSeeded = (ids.policy.decode(policy.id) ?? Infinity) < policyVersions.length;
  return (policy.notice?.reconsentPurposes ?? []).map((purpose) =>
    isSeeded ? seededProgress(purpose, policy.label) : runTimeProgress(purpose, policy, now),
  );
}
