import type { PackedAccounts } from './accounts/seed';
import type { PackedAlerts } from './alerts/seed';
import type { DisclosurePack } from './disclosures/seed';

/**
 * What the browser's seeding worker (`account-seed-worker.ts`) and the page say to each other. The
 * page asks for one seed and anchor; the worker answers with the packed accounts first (the
 * accounts list waits for them), then the packed alerts of that anchor, then the disclosures
 * ledger (built last: nothing else waits for it).
 */

export interface SeedRequest {
  readonly seed: number;
  /** `seedAnchor()` of the page: the alerts' times are offsets from it. */
  readonly anchor: number;
  /**
   * The accounts, then the disclosures before the alerts (a page opened on the ledger waits for
   * the former and not the latter). Absent: the accounts and the alerts only.
   */
  readonly disclosuresFirst?: boolean;
  /** The disclosures alone (the family's first use on a page that did not open on the ledger). */
  readonly only?: 'disclosures';
}

export type SeedMessage =
  | { readonly kind: 'accounts'; readonly accounts: PackedAccounts }
  | { readonly kind: 'alerts'; readonly seed: number; readonly anchor: number; readonly alerts: PackedAlerts }
  | { readonly kind: 'disclosures'; readonly disclosures: DisclosurePack }
  | { readonly kind: 'failed'; readonly message: string };

/** Whether `value` (a message's data) is one of the worker's answers; checks the kind only. */
export function isSeedMessage(value: unknown): value is SeedMessage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  return (
    value.kind === 'accounts' ||
    value.kind === 'alerts' ||
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
