import {
  accountStatuses,
  activityTypes,
  type Account,
  type AccountSummary,
  type ActivityEvent,
  type ActivityType,
} from '@/shared/contract/accounts';
import type { Page } from '@/shared/contract/common';
import type { ConsentEvent } from '@/shared/contract/consent';
import { day, isoAt } from '@mocks/clock';
import { paginate } from '@mocks/http/list-query';
import { activityEvent, generateActivity, type PackedActivity } from './history/access-log';
import { generateBasics, type AccountFacts } from './history/basics';
import { generateConsent } from './history/consent-log';
import { markets } from './markets';
import { anonymizedName, drawAccount, lockedReasons, nameOf, searchFields } from './seed';
import { ids } from '../ids';
import { type History, type OpenAlertCounts, accountStatusOf, accounts, versionIn } from './state';

/**
 * One account of the accounts family: its row, its page (`GET /accounts/{id}`), its access log
 * and its seeded consent log, built from the packed seed and the histories kept in the state.
 */

/**
 * One account's list row, unmasked (callers mask before replying); `openAlerts` gives its
 * `openAlertCount`.
 */
export function accountSummary(index: number, openAlerts: OpenAlertCounts): AccountSummary {
  const state = accounts.state();
  const { packed, anchor } = state;
  const market = markets[packed.market[index] ?? 0];
  if (!market) throw new Error('accounts: bad market');
  const anonymized = accountStatuses[packed.status[index] ?? 0] === 'anonymized';
  const [, email, phoneDigits] = searchFields(packed, index);
  const draw = drawAccount(packed.seed, index);
  return {
    id: ids.account.encode(index),
    email,
    name: anonymized
      ? anonymizedName
      : nameOf(market, packed.given[index] ?? 0, packed.family[index] ?? 0, 'display'),
    phone: anonymized ? '' : `+${market.dialCode} ${phoneDigits.slice(market.dialCode.length)}`,
    status: accountStatusOf(index),
    emailVerified: draw.emailVerified,
    country: market.code,
    language: draw.language,
    createdAt: isoAt(anchor - (packed.createdAgo[index] ?? 0) * 1000),
    lastSeenAt: isoAt(anchor - (packed.lastSeenAgo[index] ?? 0) * 1000),
    riskScore: packed.riskScore[index] ?? 0,
    openAlertCount: openAlerts(index),
  };
}

const retentionRules = {
  open: {
    years: 4,
    reason: 'Anonymized four years after the last sign-in, unless the customer signs in again',
  },
  closed: {
    years: 2,
    reason:
      'Closed at the customer’s request; order records are kept two years for returns, disputes and tax, then anonymized',
  },
  anonymized: {
    years: 2,
    reason: 'Anonymized when its retention period ended; only de-identified order statistics are kept',
  },
} as const;

function history(index: number): History {
  const state = accounts.state();
  return state.histories.get(index, () => {
    const draw = drawAccount(state.packed.seed, index);
    const facts: AccountFacts = {
      index,
      seed: state.packed.seed,
      anchor: state.anchor,
      draw,
      createdAt: state.anchor - draw.createdAgo * 1000,
      lastSeenAt: state.anchor - draw.lastSeenAgo * 1000,
    };
    return { facts, basics: generateBasics(facts) };
  });
}

/** `GET /accounts/{id}`, unmasked; devices newest first; `openAlerts` gives its `openAlertCount`. */
export function accountDetail(index: number, openAlerts: OpenAlertCounts): Account {
  const state = accounts.state();
  const summary = accountSummary(index, openAlerts);
  const { facts, basics } = history(index);
  const { draw } = facts;
  const sentAt = facts.createdAt + draw.verificationDelay * 1000;
  const rule =
    draw.status === 'anonymized'
      ? retentionRules.anonymized
      : draw.status === 'closed'
        ? retentionRules.closed
        : retentionRules.open;
  const change = state.changes.get(index);
  const lockedReason = change
    ? change.lockedReason
    : draw.status === 'locked'
      ? lockedReasons[draw.lockedReason]
      : undefined;
  return {
    ...summary,
    version: versionIn(state, index),
    registration: {
      method: 'email',
      verificationSentAt: isoAt(sentAt),
      verifiedAt: draw.emailVerified ? isoAt(sentAt + draw.verifiedDelay * 1000) : null,
    },
    devices: basics.devices
      .map((seeded) => seeded.device)
      .sort((a, b) => Date.parse(b.lastSeenAt) - Date.parse(a.lastSeenAt)),
    retention: { deleteAfter: isoAt(facts.lastSeenAt + rule.years * 365 * day), reason: rule.reason },
    ...(summary.status === 'locked' && lockedReason !== undefined ? { lockedReason } : {}),
  };
}

export function findDevice(index: number, deviceId: string) {
  return history(index).basics.devices.find((seeded) => seeded.device.id === deviceId)?.device;
}

// ---------------------------------------------------------------------------------------------
// Access log

function activityOf(index: number): { entry: History; log: PackedActivity } {
  const entry = history(index);
  entry.activity ??= generateActivity(entry.facts, entry.basics);
  return { entry, log: entry.activity };
}

export interface ActivityQuery {
  type?: ActivityType | undefined;
  /** Inclusive bounds, ms. */
  from?: number | undefined;
  to?: number | undefined;
  page: number;
  pageSize: number;
}

/** A page of the access log, newest first, unmasked. */
export function accountActivity(index: number, query: ActivityQuery): Page<ActivityEvent> {
  const { entry, log } = activityOf(index);
  const type = query.type === undefined ? -1 : activityTypes.indexOf(query.type);
  const from = query.from ?? -Infinity;
  const to = query.to ?? Infinity;
  // The log is kept in time order: walking it backwards lists the matching slots newest first.
  const slots: number[] = [];
  for (let slot = log.count - 1; slot >= 0; slot -= 1) {
    const at = log.at[slot] ?? 0;
    if (at < from || at > to || (type >= 0 && log.type[slot] !== type)) continue;
    slots.push(slot);
  }
  // Page the slots; only the page's events become objects.
  const page = paginate(slots, query);
  return { ...page, items: page.items.map((slot) => activityEvent(entry.facts, entry.basics, log, slot)) };
}

/** One access-log event of this account by slot, or undefined. */
export function activityEventAt(index: number, slot: number): ActivityEvent | undefined {
  const { entry, log } = activityOf(index);
  return slot < log.count ? activityEvent(entry.facts, entry.basics, log, slot) : undefined;
}

const searchType = activityTypes.indexOf('search');

/** Every search term in the access log, newest first (what a search-history reveal shows). */
export function searchHistory(index: number): string[] {
  const { entry, log } = activityOf(index);
  const terms: string[] = [];
  for (let slot = log.count - 1; slot >= 0; slot -= 1) {
    if (log.type[slot] === searchType)
      terms.push(activityEvent(entry.facts, entry.basics, log, slot).searchTerm ?? '');
  }
  return terms;
}

/** The seeded consent log of the account, oldest first (written events live in the consent family). */
export function seededConsentEvents(index: number): readonly ConsentEvent[] {
  const entry = history(index);
  entry.consent ??= generateConsent(entry.facts, entry.basics);
  return entry.consent;
}
