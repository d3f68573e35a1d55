import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import type { PolicyVersion } from '@/shared/contract/policies';
import { day, isoAt } from '@mocks/clock';
import { accountStatusOf } from '@mocks/db/accounts/state';
import { consentLog } from '@mocks/db/consent';
import { purposes } from '@mocks/db/consent-purposes';
import { consentEventIds, eventsPerAccount } from '@mocks/db/event-ids';
import { ids } from '@mocks/db/ids';
import { allPolicies, policyInForce, settlePolicies } from '@mocks/db/policies/state';
import { hashString } from '@mocks/db/random';
import { policyVersions } from '@mocks/db/policy-versions';
import { answerShare, answerSpreadDays, grantShare } from './policy-reach';

/**
 * Re-consent after a policy version takes effect at run time (docs/api.md "### Policy versions",
 * "Taking effect"), computed when an account's consent is read, never stored per account: for
 * each version that took effect since the seed (the seeded ones are in the seeded logs already)
 * and each of its `reconsentPurposes`, an account the preview counted — open, and for a changed
 * purpose holding it granted at `effectiveAt`; for a new one, every open account — gets a
 * `reconsent_requested` event at `effectiveAt` (`source: policy_update`, the version's label and
 * notice text). A hash of the account, version and purpose decides whether and when it answers
 * (`answerShare` of them, evenly over `answerSpreadDays`) and how (`grantShare`), the same
 * figures `reconsent-progress` counts with; an answer is shown once the mock clock has reached
 * it. A changed purpose left unanswered `expired`s 30 days after `effectiveAt`, unless the
 * customer decided otherwise meanwhile.
 */

/** Days an unanswered request for a changed purpose leaves the earlier grant in place. */
export const reconsentExpiryDays = 30;

/** Slots of the account's event ids above the seeded log's (`consent-log.ts` stops 96 below the limit). */
const firstSlot = eventsPerAccount - 96;

function unit(key: string): number {
  return (hashString(key) % 1_000_000) / 1_000_000;
}

function lastDecisionAt(
  log: readonly ConsentEvent[],
  purpose: PurposeId,
  until: number,
): ConsentEvent | undefined {
  let found: ConsentEvent | undefined;
  for (const event of log) {
    if (Date.parse(event.at) > until) break;
    if (event.purposeId === purpose && event.action !== 'reconsent_requested') found = event;
  }
  return found;
}

function noticeText(policy: PolicyVersion, purpose: PurposeId): string {
  const named = purposes.find((candidate) => candidate.id === purpose);
  return `Our privacy policy changes with version ${policy.label}: ${policy.summary} ${named ? `${named.name}: ${named.description}` : ''} May we go on? You can answer yes or no; without a yes we stop this use.`.trim();
}

/** The versions that took effect at run time and asked for something, oldest first. */
function runTimeVersions(): PolicyVersion[] {
  return allPolicies()
    .filter(
      (policy) =>
        (policy.status === 'published' || policy.status === 'superseded') &&
        (ids.policy.decode(policy.id) ?? Infinity) >= policyVersions.length &&
        (policy.notice?.reconsentPurposes.length ?? 0) > 0,
    )
    .sort((a, b) => Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? ''));
}

/**
 * The consent events run-time policy versions add to account `index`'s `log` (its seeded and
 * written events, oldest first) as of `now` (ms, mock clock), oldest first.
 */
export function reconsentEvents(index: number, log: readonly ConsentEvent[], now: number): ConsentEvent[] {
  const versions = runTimeVersions();
  if (versions.length === 0) return [];
  const status = accountStatusOf(index);
  if (status !== 'active' && status !== 'locked') return [];
  const accountId = ids.account.encode(index);
  const added: ConsentEvent[] = [];
  let slot = firstSlot;
  const event = (
    at: number,
    purposeId: PurposeId,
    action: ConsentEvent['action'],
    policy: PolicyVersion,
  ): void => {
    added.push({
      id: consentEventIds.encode(index, slot),
      at: isoAt(at),
      purposeId,
      action,
      source: 'policy_update',
      channel: 'email',
      policyVersion: policy.label,
      noticeText: action === 'reconsent_requested' ? noticeText(policy, purposeId) : '',
      ip: '',
      userAgent: '',
    });
    slot = slot + 1 < eventsPerAccount ? slot + 1 : firstSlot;
  };
  for (const policy of versions) {
    const effective = Date.parse(policy.publishedAt ?? policy.effectiveAt ?? '');
    if (!(effective <= now)) continue;
    for (const purpose of policy.notice?.reconsentPurposes ?? []) {
      const isNew = purposes.some(
        (candidate) => candidate.id === purpose && candidate.since === policy.label,
      );
      const before = lastDecisionAt(
        [...log, ...added].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
        purpose,
        effective,
      );
      if (!isNew && before?.action !== 'granted') continue;
      event(effective, purpose, 'reconsent_requested', policy);
      const key = `${accountId}|${policy.id}|${purpose}`;
      const answers = unit(`${key}|answers`) < answerShare;
      const answerAt = effective + Math.floor(unit(`${key}|when`) * answerSpreadDays * day);
      const decidedMeanwhile = (until: number) => {
        const last = lastDecisionAt(log, purpose, until);
        return last !== undefined && Date.parse(last.at) > effective;
      };
      if (answers) {
        if (answerAt <= now && !decidedMeanwhile(answerAt)) {
          event(answerAt, purpose, unit(`${key}|yes`) < grantShare(!isNew) ? 'granted' : 'withdrawn', policy);
        }
        continue;
      }
      const lapse = effective + reconsentExpiryDays * day;
      if (!isNew && lapse <= now && !decidedMeanwhile(lapse)) event(lapse, purpose, 'expired', policy);
    }
  }
  return added;
}

/**
 * Account `index`'s whole consent log as of `now` (ms): its seeded and written events with the
 * re-consent requests and answers of run-time policy versions merged in, oldest first. Lets the
 * clock act on the policies first (a version whose `effectiveAt` has passed takes effect).
 */
export function consentLogWithPolicies(index: number, now: number): ConsentEvent[] {
  settlePolicies(now);
  const log = consentLog(index);
  const added = reconsentEvents(index, log, now);
  if (added.length === 0) return log;
  return [...log, ...added]
    .map((item, order) => ({ item, order, at: Date.parse(item.at) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ item }) => item);
}

/** The label of the version in force at `now` (ms), after letting the clock act; `undefined` before the first. */
export function policyLabelInForce(now: number): string | undefined {
  settlePolicies(now);
  return policyInForce()?.label;
}
