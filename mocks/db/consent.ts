import * as z from 'zod/mini';
import {
  consentEventSchema,
  purposeIds,
  type ConsentEvent,
  type CurrentConsent,
  type PurposeId,
  type WithdrawalChannel,
} from '@/shared/contract/consent';
import { idOf } from '@/shared/contract/common';
import { seededConsentEvents } from './accounts/queries';
import { accountsAnchor } from './accounts/state';
import { defineFamily } from './database';
import { ids } from './ids';
import { labelOf, versionIndexAt } from './policy-versions';

/**
 * The consent family: the events written at run time (withdrawals staff record on a customer's
 * request), by account. The seeded history of an account is generated with its other histories
 * (`seededConsentEvents`); an account's log is the two together, and its current state is always
 * derived from that log, never stored, so the two cannot disagree.
 */

const appendRecordSchema = z.object({
  type: z.literal('append'),
  accountId: idOf('acc'),
  event: consentEventSchema,
});

const written = defineFamily({
  name: 'consent',
  seed: () => new Map<number, ConsentEvent[]>(),
  record: appendRecordSchema,
  apply(state, record) {
    const index = ids.account.decode(record.accountId);
    if (index === undefined) return;
    const events = state.get(index) ?? [];
    if (events.some((event) => event.id === record.event.id)) return;
    events.push(record.event);
    state.set(index, events);
  },
});

/** Every consent event of the account, oldest first (ties: seeded before written, then in order). */
export function consentLog(index: number): ConsentEvent[] {
  const seeded = seededConsentEvents(index);
  const added = written.state().get(index) ?? [];
  if (added.length === 0) return [...seeded];
  return [...seeded, ...added]
    .map((event, order) => ({ event, order, at: Date.parse(event.at) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ event }) => event);
}

/**
 * Current state per purpose, in the contract's purpose order: the last `granted`, `withdrawn` or
 * `expired` event decides (an expired grant counts as withdrawn). A `reconsent_requested` alone
 * changes nothing: the customer was asked, and has not answered yet.
 */
export function currentConsents(log: readonly ConsentEvent[]): CurrentConsent[] {
  const latest = new Map<PurposeId, ConsentEvent>();
  for (const event of log) {
    if (event.action !== 'reconsent_requested') latest.set(event.purposeId, event);
  }
  return purposeIds.map((purposeId) => {
    const event = latest.get(purposeId);
    if (!event) return { purposeId, state: 'not_asked', since: null, policyVersion: null };
    return {
      purposeId,
      state: event.action === 'granted' ? 'granted' : 'withdrawn',
      since: event.at,
      policyVersion: event.policyVersion,
    };
  });
}

/**
 * A withdrawal the customer asked staff to record, under the policy version in force now. The
 * customer was shown nothing and used no device of theirs, so it has no notice text, IP address
 * or user agent; `channel` is how the customer asked, `reason` what staff wrote down, `recordedBy`
 * who recorded it (docs/api.md, "Consent").
 */
export function recordWithdrawal(
  index: number,
  input: {
    purposeId: PurposeId;
    channel: WithdrawalChannel;
    reason: string;
    at: number;
    recordedBy: string;
    /** The label of the version in force at `at` when the caller knows it (one published since the seed); else the seeded one. */
    policyVersion?: string | undefined;
  },
): ConsentEvent {
  const version = versionIndexAt(accountsAnchor(), input.at);
  const event: ConsentEvent = {
    id: ids.auditEvent.fresh(),
    at: new Date(input.at).toISOString(),
    purposeId: input.purposeId,
    action: 'withdrawn',
    source: 'support_request',
    channel: input.channel,
    policyVersion: input.policyVersion ?? labelOf(version),
    noticeText: '',
    ip: '',
    userAgent: '',
    recordedBy: input.recordedBy,
    reason: input.reason,
  };
  written.commit({ type: 'append', accountId: ids.account.encode(index), event });
  return event;
}
