import type { DisclosurePack } from './seed';

/**
 * Where the browser hands the disclosures family its pack: `start-seeding.ts` (a small chunk of
 * its own, so this module imports nothing but a type) registers how to get it — from the seeding
 * worker the page started (a page opened on the ledger), or from a worker started on the
 * family's first use (every other page, which so never pays for the ledger). The family asks for
 * it before its first request instead of building the pack on the page's main thread. Node never
 * registers one: the family seeds on first use.
 */

let request: (() => Promise<DisclosurePack | null>) | undefined;
let arrival: Promise<DisclosurePack | null> | undefined;

/** Registers how the pack is had (its promise settles `null` when no worker could build it). */
export function expectDisclosurePack(get: () => Promise<DisclosurePack | null>): void {
  request = get;
  arrival = undefined;
}

/**
 * The pack's arrival, asked for on the first call (later calls share it), or undefined when none
 * was registered (Node, tests).
 */
export function disclosurePackArrival(): Promise<DisclosurePack | null> | undefined {
  if (!request) return undefined;
  arrival ??= request();
  return arrival;
}
