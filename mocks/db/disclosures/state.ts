import * as z from 'zod/mini';
import { disclosureSchema, type Disclosure } from '@/shared/contract/disclosures';
import { settings } from '@mocks/settings';
import { defineFamily, seedAnchor } from '../database';
import { ids } from '../ids';
import { disclosurePackArrival } from './arrival';
import { seedDisclosures, seedDisclosuresInSlices, type DisclosurePack } from './seed';

/**
 * The disclosures family: the packed seed (never written: the ledger is append-only) plus the
 * entries recorded at run time, kept as contract records and given the slots after the seeded
 * ones. A correction adds its slot to the corrected entry's `correctedBy` list. Lists read cached
 * orders and an account index, built on first use and dropped when an entry is added.
 */

const createRecordSchema = z.object({ type: z.literal('create'), disclosure: disclosureSchema });
const disclosureRecordSchema = z.discriminatedUnion('type', [createRecordSchema]);
export type DisclosureRecord = z.infer<typeof disclosureRecordSchema>;

export interface DisclosuresState {
  readonly pack: DisclosurePack;
  /** Entries recorded at run time: slot `pack.count + k` (without `correctedBy`, kept below). */
  readonly added: Disclosure[];
  readonly slotById: Map<string, number>;
  /** Corrected slot → the slots of the entries correcting it, oldest first. */
  readonly correctedBy: Map<number, number[]>;
  /** Cached list orders (`sortKey` ascending), dropped on every added entry. */
  readonly orders: Map<string, Int32Array>;
  /**
   * Account index → slots naming it, ascending: `slots[starts[i] .. starts[i + 1])`. Built on first
   * use, dropped on every added entry.
   */
  byAccount: { readonly starts: Int32Array; readonly slots: Int32Array } | undefined;
}

let adopted: DisclosurePack | undefined;

/**
 * The pack for another anchor: every time in it is an offset from its anchor (the accounts' consent
 * logs it agrees with are too), so moving the anchor moves the whole ledger with the accounts.
 */
function anchored(pack: DisclosurePack, anchor: number): DisclosurePack {
  return pack.anchor === anchor ? pack : { ...pack, anchor };
}

/**
 * Hands the family a pack built elsewhere (the seeding worker, or `seedDisclosuresInSlices` on the
 * page), so the first request does not build it. Used when its seed is the one the family seeds with
 * (moved to the family's anchor if another).
 */
export function adoptDisclosurePack(pack: DisclosurePack): void {
  adopted = pack;
}

export const disclosures = defineFamily({
  name: 'disclosures',
  seed: (context): DisclosuresState => {
    // The pack never changes at run time: a reset with the same seed and anchor (tests that pin
    // the clock) takes the one built last instead of building it again.
    const pack = anchored(
      adopted?.seed === context.seed ? adopted : seedDisclosures(context.seed, context.anchor),
      context.anchor,
    );
    adopted = pack;
    const correctedBy = new Map<number, number[]>();
    for (let slot = 0; slot < pack.count; slot += 1) {
      const original = pack.corrects[slot] ?? -1;
      if (original >= 0) correctedBy.set(original, [...(correctedBy.get(original) ?? []), slot]);
    }
    return { pack, added: [], slotById: new Map(), correctedBy, orders: new Map(), byAccount: undefined };
  },
  record: disclosureRecordSchema,
  apply(state, record) {
    const { disclosure } = record;
    if (state.slotById.has(disclosure.id)) return;
    const slot = state.pack.count + state.added.length;
    state.added.push({ ...disclosure, correctedBy: [] });
    state.slotById.set(disclosure.id, slot);
    if (disclosure.corrects !== undefined) {
      const original = slotOfIn(state, disclosure.corrects);
      if (original !== undefined)
        state.correctedBy.set(original, [...(state.correctedBy.get(original) ?? []), slot]);
    }
    state.orders.clear();
    state.byAccount = undefined;
  },
});

/** The slot of an entry id in `state`, or undefined for an id that names no entry. */
export function slotOfIn(state: DisclosuresState, id: string): number | undefined {
  const added = state.slotById.get(id);
  if (added !== undefined) return added;
  const index = ids.disclosure.decode(id);
  return index !== undefined && index < state.pack.count ? index : undefined;
}

/** Journals and applies an entry recorded at run time (`POST /disclosures`, scenarios). */
export function commitDisclosure(disclosure: Disclosure): void {
  disclosures.commit({ type: 'create', disclosure });
}

/** Builds the family now (tests and the bench, to time it). */
export function warmDisclosures(): DisclosuresState {
  return disclosures.state();
}

let readying: Promise<void> | undefined;

/**
 * What a disclosures request awaits before it reads the family: in the browser, the pack from the
 * seeding worker (or, if the worker failed or built another seed, the pack built in slices on the
 * page, never blocking it for long); nothing once a pack of the current seed is at hand, and
 * nothing in Node, where the family seeds on first use. Returns undefined when there is nothing
 * to wait for.
 */
export function disclosuresReady(): Promise<void> | undefined {
  if (adopted?.seed === settings.seed) return undefined;
  const arrival = disclosurePackArrival();
  if (!arrival) return undefined;
  readying ??= arrival
    .then(async (pack) => {
      const seed = settings.seed;
      adoptDisclosurePack(pack?.seed === seed ? pack : await seedDisclosuresInSlices(seed, seedAnchor()));
    })
    .finally(() => {
      readying = undefined;
    });
  return readying;
}
