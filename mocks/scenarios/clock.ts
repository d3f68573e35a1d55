import { clock } from '@mocks/clock';
import { isDbSeeded, resetDb } from '@mocks/db/database';

/**
 * Pins the mock clock: every `Date` header, every seeded time ("today", due dates) and every
 * write use it. Call it first in a test; if the data was already built at another time it is
 * built again, so seeded times always line up with the pinned "now".
 */
export function pinClock(date: Date | string | number): void {
  clock.pin(date);
  if (isDbSeeded()) resetDb();
}

/** Lets time pass on the mock clock (deadlines run out, "new today" becomes yesterday). */
export function advanceClock(ms: number): void {
  clock.advance(ms);
}
