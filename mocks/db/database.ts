import type * as z from 'zod/mini';
import { clock } from '@mocks/clock';
import { setSeed, settings } from '@mocks/settings';
import {
  appendEntry,
  clearJournal,
  entriesOf,
  journalFlushed,
  onRemoteEntry,
  onRemoteReset,
  openJournal,
  type JournalEntry,
} from './journal';
import { Random, deriveSeed } from './random';

/**
 * The mock's database: a set of families (staff, audit log, accounts, alerts…), each with a
 * deterministic seed and an apply function for the records written at run time. A family is
 * built on first use — start-up only pays for what the page asks for — as seed + replay of its
 * journal records, in order. Writes go through `commit`, never straight into the state, so the
 * same code path serves the first write, a reload's replay and another tab's broadcast.
 */

export interface SeedContext {
  readonly seed: number;
  /**
   * The mock clock when the database was first used since the last reset. Every seeded time is
   * an offset from it, so "today" in the data is today for the test or demo that reads it.
   */
  readonly anchor: number;
  /** A PRNG of its own for each part of the seed, so adding data elsewhere shifts nothing here. */
  random(label: string | number): Random;
}

export interface Family<State, Rec> {
  readonly name: string;
  /** The current state: seeded and replayed on first call after a reset. */
  state(): State;
  /** Journals `record` (IndexedDB + other tabs in the browser) and applies it. */
  commit(record: Rec): void;
}

export interface FamilyDefinition<State, Rec> {
  /** Unique; also the journal's family key, so renaming one orphans its stored records. */
  name: string;
  seed(context: SeedContext): State;
  /** Validates replayed records: a record stored by an older build of the mock is skipped. */
  record: z.ZodMiniType<Rec>;
  apply(state: State, record: Rec): void;
}

interface RegisteredFamily {
  reset(): void;
  applyRemote(entry: JournalEntry): void;
  isBuilt(): boolean;
}

const registry = new Map<string, RegisteredFamily>();
let anchor: number | null = null;

/**
 * Where the browser keeps the anchor (localStorage, read synchronously before the seed worker is
 * asked for its packs; shared by every tab of the origin). It belongs with the journal: the
 * journal's records are written against it, and only a reset replaces both.
 */
export const seedAnchorStorageKey = 'privacy-console-mock-seed-anchor';
let anchorPersisted = false;

function readStoredAnchor(): number | null {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(seedAnchorStorageKey);
    if (raw === null) return null;
    const stored = Number(raw);
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

function storeAnchor(value: number): void {
  if (!anchorPersisted) return;
  try {
    localStorage.setItem(seedAnchorStorageKey, String(value));
  } catch {
    // Private mode or a full quota: this page keeps its anchor; the next load fixes a new one.
  }
}

/**
 * Browser only (the demo): from now on the anchor is the one this browser stored, fixed by the
 * first page that seeded (or by the last "Reset demo data"), and a new one is stored. So a record
 * seeded "3 days ago" names the same instant on every reload and in every tab, while the mock's
 * clock runs on in real time from it. Idempotent; returns the anchor in force (ms since the epoch).
 * Without it (Node, tests) the anchor lives in memory and each reset fixes it afresh.
 */
export function persistSeedAnchor(): number {
  if (!anchorPersisted) {
    anchorPersisted = true;
    anchor = readStoredAnchor() ?? anchor;
  }
  return seedAnchor();
}

/**
 * The anchor of every seeded time (see `SeedContext.anchor`), fixed now if no family has fixed it
 * since the last reset: ms since the epoch by the mock clock. The browser entry fixes it at start-up
 * (`persistSeedAnchor`, from the stored one) so its seeding worker builds the packs the families
 * will ask for.
 */
export function seedAnchor(): number {
  if (anchor === null) {
    anchor = clock.now();
    storeAnchor(anchor);
  }
  return anchor;
}

function seedContext(name: string): SeedContext {
  const fixed = seedAnchor();
  const seed = settings.seed;
  return { seed, anchor: fixed, random: (label) => new Random(deriveSeed(seed, name, label)) };
}

export function defineFamily<State, Rec>(definition: FamilyDefinition<State, Rec>): Family<State, Rec> {
  if (registry.has(definition.name)) throw new Error(`mock db: family "${definition.name}" defined twice`);
  let current: State | undefined;

  const applyEntry = (state: State, entry: JournalEntry): void => {
    const parsed = definition.record.safeParse(entry.record);
    if (parsed.success) definition.apply(state, parsed.data);
    else console.warn(`[mock] skipped a stored ${definition.name} record that no longer fits`, parsed.error);
  };

  const state = (): State => {
    if (current === undefined) {
      const built = definition.seed(seedContext(definition.name));
      for (const entry of entriesOf(definition.name)) applyEntry(built, entry);
      current = built;
    }
    return current;
  };

  registry.set(definition.name, {
    reset: () => {
      current = undefined;
    },
    applyRemote: (entry) => {
      // Not built yet: the entry is in the journal and the replay picks it up.
      if (current !== undefined) applyEntry(current, entry);
    },
    isBuilt: () => current !== undefined,
  });

  return {
    name: definition.name,
    state,
    commit(record) {
      const built = state();
      appendEntry(definition.name, record);
      definition.apply(built, record);
    },
  };
}

onRemoteEntry((entry) => {
  registry.get(entry.family)?.applyRemote(entry);
});

// Another tab reset the demo data: its journal is gone, so is this tab's copy of the data, and
// the data is seeded again from the anchor that tab fixed (sent with the reset; stored too).
onRemoteReset((newAnchor) => {
  for (const family of registry.values()) family.reset();
  anchor = newAnchor ?? (anchorPersisted ? readStoredAnchor() : null);
});

/**
 * Browser start-up: loads the journal from IndexedDB before the first request. Without it (Node)
 * the database is memory only.
 */
export async function openDb(options: { persist?: boolean } = {}): Promise<void> {
  await openJournal({ persist: options.persist ?? false });
}

/**
 * Back to the pure seed (optionally another one): drops every family and every journal record,
 * in the browser too. In Node the next request seeds again at the clock's time then (so a test
 * that pins the clock and then resets gets data anchored at the pinned time). In the browser
 * (`persistSeedAnchor`) the new anchor is fixed and stored at once, the clock's now, and sent to
 * the other tabs with the reset, so every tab seeds from the same instant.
 */
export function resetDb(options: { seed?: number } = {}): void {
  if (options.seed !== undefined) setSeed(options.seed);
  anchor = null;
  if (anchorPersisted) seedAnchor();
  clearJournal({ anchor });
  for (const family of registry.values()) family.reset();
}

/**
 * "Reset demo data" for the settings panel: `resetDb()` (a new anchor: the data's times start
 * again from now), then waits until IndexedDB has dropped the journal, so reloading the page
 * right after it cannot bring old records back.
 */
export async function resetDemoData(options: { seed?: number } = {}): Promise<void> {
  resetDb(options);
  await journalFlushed();
}

/**
 * Rebuilds every family from the seed and the journal, as a page reload does (tests of replay;
 * the anchor stays, like a reload within the same mock "day").
 */
export function reloadDb(): void {
  for (const family of registry.values()) family.reset();
}

/** Whether any family has been built since the last reset (its times are anchored already). */
export function isDbSeeded(): boolean {
  return [...registry.values()].some((family) => family.isBuilt());
}

/** Whether family `name` has been built (seeded, journal replayed) since the last reset; false for an unknown name. */
export function isFamilyBuilt(name: string): boolean {
  return registry.get(name)?.isBuilt() ?? false;
}
