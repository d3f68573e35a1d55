import * as z from 'zod/mini';
import { accountStatuses, type AccountSortField, type AccountStatus } from '@/shared/contract/accounts';
import { idOf, isoDateTime } from '@/shared/contract/common';
import type { ConsentEvent } from '@/shared/contract/consent';
import type { PackedActivity } from './history/access-log';
import type { AccountBasics, AccountFacts } from './history/basics';
import { drawAccount, packedAccounts, statusCode, type PackedAccounts } from './seed';
import { defineFamily } from '../database';
import { ids } from '../ids';
import { Lru } from '../lru';

/**
 * The accounts family: the packed seed (shared, never written), a copy of its status column that
 * lock and unlock write to, the few per-account changes (version, lock reason), and the lazily
 * generated histories of the accounts opened recently. Lists are answered from the columns and
 * the search string; an object is built only for the rows of the page being shown.
 */

interface AccountChange {
  readonly version: number;
  readonly lockedReason: string | undefined;
}

/** An opened account's generated history (devices, access log, consent log), kept in the state's LRU. */
export interface History {
  readonly facts: AccountFacts;
  readonly basics: AccountBasics;
  activity?: PackedActivity;
  consent?: readonly ConsentEvent[];
}

/** The accounts family's state (see above); read it through `accounts.state()`. */
export interface AccountsState {
  readonly packed: PackedAccounts;
  readonly anchor: number;
  readonly status: Uint8Array;
  readonly changes: Map<number, AccountChange>;
  /** Full orders of the fields that need a comparison sort (none of them changes at run time). */
  readonly orders: Map<AccountSortField, Int32Array>;
  readonly histories: Lru<number, History>;
  /** Scratch marks for a query's matches (cleared after each query). */
  readonly marks: Uint8Array;
}

const lockRecordSchema = z.object({
  type: z.enum(['lock', 'unlock']),
  accountId: idOf('acc'),
  reason: z.string(),
  at: isoDateTime,
  by: idOf('stf'),
});
export type LockRecord = z.infer<typeof lockRecordSchema>;

/** Recently opened accounts whose histories are kept; a long access log is ~60 KB. */
const historyCapacity = 24;

/** The accounts family: seeded on first use, lock/unlock records through the journal. */
export const accounts = defineFamily({
  name: 'accounts',
  seed: (context): AccountsState => {
    const packed = packedAccounts(context.seed);
    return {
      packed,
      anchor: context.anchor,
      status: packed.status.slice(),
      changes: new Map(),
      // The default sort's order comes with the seed (built off the main thread in the browser).
      orders: new Map<AccountSortField, Int32Array>([['lastSeenAt', packed.lastSeenOrder]]),
      histories: new Lru(historyCapacity),
      marks: new Uint8Array(packed.count),
    };
  },
  record: lockRecordSchema,
  apply(state, record) {
    const index = ids.account.decode(record.accountId);
    if (index === undefined || index >= state.packed.count) return;
    state.status[index] = statusCode[record.type === 'lock' ? 'locked' : 'active'];
    state.changes.set(index, {
      version: versionIn(state, index) + 1,
      lockedReason: record.type === 'lock' ? record.reason : undefined,
    });
  },
});

/** The account's current version: the seeded one, bumped by each lock or unlock. */
export function versionIn(state: AccountsState, index: number): number {
  return state.changes.get(index)?.version ?? drawAccount(state.packed.seed, index).version;
}

/** The seeded index behind an account id, or undefined for an id that names no account. */
export function accountIndexOf(id: string): number | undefined {
  const index = ids.account.decode(id);
  return index !== undefined && index < accounts.state().packed.count ? index : undefined;
}

export function accountIdOf(index: number): string {
  return ids.account.encode(index);
}

export function accountStatusOf(index: number): AccountStatus {
  return accountStatuses[accounts.state().status[index] ?? 0] ?? 'active';
}

/**
 * Open alerts (new, acknowledged, escalated) of the seeded account `index`: the accounts list's
 * `openAlertCount`. The alerts family counts them (`openAlertCountOf` in `db/alerts/queries.ts`); the
 * handler reads it and passes it in, so the accounts family never imports alerts and building it
 * never seeds them. Sorting by it reads all 100,000, so keep it an array lookup.
 */
export type OpenAlertCounts = (index: number) => number;

/** Lock or unlock through the journal, so the change survives a reload and reaches other tabs. */
export function commitLock(record: LockRecord): void {
  accounts.commit(record);
}

/** The mock clock at seed time: what every seeded account time is an offset from. */
export function accountsAnchor(): number {
  return accounts.state().anchor;
}

/** The seed's account count (for tests and the bench). */
export function accountTotal(): number {
  return accounts.state().packed.count;
}

/** Builds the family now (tests and the bench, to time it). */
export function warmAccounts(): void {
  accounts.state();
}
