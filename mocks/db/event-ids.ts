import { accountCount } from './accounts/seed';
import { ids } from './ids';

/**
 * Ids of the generated per-account events. The API gives every kind of event the `evt_` prefix,
 * so they share one codec and split its index space: seeded audit events use the low indices,
 * access-log events and consent events one range each (account × slot), and records written at
 * run time take random indices from 10⁹ up (`ids.auditEvent.fresh()`). An id therefore says which
 * account and which event it names, and `POST /reveal` can check an event id without a lookup.
 */

/** Most events of one kind one account can have; the generators stop below it. */
export const eventsPerAccount = 4096;
const activityBase = 100_000_000;
const consentBase = activityBase + accountCount * eventsPerAccount;

function codec(base: number) {
  return {
    encode(account: number, slot: number): string {
      return ids.auditEvent.encode(base + account * eventsPerAccount + slot);
    },
    decode(id: string): { account: number; slot: number } | undefined {
      const index = ids.auditEvent.decode(id);
      if (index === undefined || index < base || index >= base + accountCount * eventsPerAccount)
        return undefined;
      const offset = index - base;
      return { account: Math.floor(offset / eventsPerAccount), slot: offset % eventsPerAccount };
    },
  };
}

export const activityEventIds = codec(activityBase);
export const consentEventIds = codec(consentBase);
