import type { PackedAccounts } from './accounts/seed';
import type { PackedAlerts } from './alerts/seed';
import type { AccountColumns, DisclosurePack } from './disclosures/seed';

/**
 * What the browser's seeding workers and the page say to each other. The page asks
 * `account-seed-worker.ts` for one seed and anchor; it answers with the packed accounts first (the
 * accounts list waits for them), then the packed alerts of that anchor. On the disclosures
 * family's first use the page asks `disclosure-seed-worker.ts` for the ledger, which answers with
 * it alone.
 */

export interface SeedRequest {
  readonly seed: number;
  /** `seedAnchor()` of the page: the alerts' times are offsets from it. */
  readonly anchor: number;
  /**
   * On a page opened on a disclosures view: the accounts worker's end of a channel to the
   * disclosures worker, which gets the columns it needs (`AccountColumns`, copied) through it as
   * soon as they are read or built, without a hop through the busy page.
   */
  readonly columnsPort?: MessagePort;
}

/**
 * What the page asks of the disclosures seeding worker (`disclosure-seed-worker.ts`): the ledger
 * of `seed`. The worker answers from its store, or says `needs-accounts` and starts building;
 * the page then sends `DisclosureAccountsReply` once the accounts have arrived.
 */
export interface DisclosureSeedRequest {
  readonly seed: number;
  readonly anchor: number;
  /** The other end of `SeedRequest.columnsPort`, when the two workers start together. */
  readonly columnsPort?: MessagePort;
}

/**
 * The page's answer to `needs-accounts`, or what the accounts worker sends through the
 * `columnsPort`: the packed accounts' columns (copied), or `null` when the page has none (the
 * worker then builds them itself).
 */
export interface DisclosureAccountsReply {
  readonly kind: 'account-columns';
  readonly accounts: AccountColumns | null;
}

export type SeedMessage =
  | { readonly kind: 'accounts'; readonly accounts: PackedAccounts }
  | { readonly kind: 'alerts'; readonly seed: number; readonly anchor: number; readonly alerts: PackedAlerts }
  | { readonly kind: 'needs-accounts' }
  | { readonly kind: 'disclosures'; readonly disclosures: DisclosurePack }
  | { readonly kind: 'failed'; readonly message: string };

/** Whether `value` (a message's data) is one of the worker's answers; checks the kind only. */
export function isSeedMessage(value: unknown): value is SeedMessage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  return (
    value.kind === 'accounts' ||
    value.kind === 'alerts' ||
    value.kind === 'needs-accounts' ||
    value.kind === 'disclosures' ||
    value.kind === 'failed'
  );
}

/** Whether `value` is a seed request (numbers for the seed and the anchor). */
export function isSeedRequest(value: unknown): value is SeedRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'seed' in value &&
    'anchor' in value &&
    typeof value.seed === 'number' &&
    typeof value.anchor === 'number'
  );
}

/** The buffers of every typed array in `columns`, to transfer rather than copy. */
export function buffersOf(columns: object): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const value of Object.values(columns)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !buffers.includes(value.buffer))
      buffers.push(value.buffer);
  }
  return buffers;
}

/** Whether `value` (a message's data) is a request to the disclosures seeding worker. */
export function isDisclosureSeedRequest(value: unknown): value is DisclosureSeedRequest {
  return isSeedRequest(value);
}

/** Whether `value` (a message's data) is a `DisclosureAccountsReply`; checks the kind only. */
export function isDisclosureAccountsReply(value: unknown): value is DisclosureAccountsReply {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'account-columns';
}

/**
 * The columns the disclosures seed reads, copied out of a packed accounts (so the copies can be
 * transferred to the disclosures worker while the page keeps the pack). Throws nothing.
 */
export function accountColumnsOf(accounts: AccountColumns): AccountColumns {
  return {
    market: accounts.market.slice(),
    status: accounts.status.slice(),
    createdAgo: accounts.createdAgo.slice(),
    lastSeenAgo: accounts.lastSeenAgo.slice(),
  };
}
