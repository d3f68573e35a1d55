import type { DisclosurePack } from './seed';

/**
 * Where the browser's seeding worker hands over the disclosures pack: `start-seeding.ts` (a small
 * chunk of its own, so this module imports nothing but a type) registers the promise of its
 * arrival; the disclosures family waits for it before its first request instead of building the
 * pack on the page's main thread. Node never registers one: the family seeds on first use.
 */

let arrival: Promise<DisclosurePack | null> | undefined;

/** Registers the pack on its way (`null` when the worker could not build it). */
export function expectDisclosurePack(pending: Promise<DisclosurePack | null>): void {
  arrival = pending;
}

/** The registered arrival, or undefined when none was registered (Node, tests). */
export function disclosurePackArrival(): Promise<DisclosurePack | null> | undefined {
  return arrival;
}
