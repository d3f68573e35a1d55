import { activityTypes, type ActivityEvent, type ActivityType } from '@/shared/contract/accounts';
import { day, hour, isoAt, minute } from '@mocks/clock';
import {
  allSearchTerms,
  searchTermIndices,
  securityPage,
  shopOrigin,
  shopPages,
  signInPage,
  signOutPage,
} from '../catalog';
import type { Market } from '../markets';
import { activityEventIds, eventsPerAccount } from '../../event-ids';
import { Random, deriveSeed } from '../../random';
import { type AccountBasics, type AccountFacts, ipToString, marketOf, randomIp } from './basics';

/** An account's access log: 12 months of events, generated from its seed and kept packed. */

/** Kept per account: one typed array per column, objects only for the page being shown. */
export interface PackedActivity {
  readonly count: number;
  /** Ascending. */
  readonly at: Float64Array;
  readonly type: Uint8Array;
  readonly device: Uint8Array;
  readonly ip: Uint32Array;
  readonly operator: Uint8Array;
  /** Page index (`shopPages`) for page views, term index (`allSearchTerms`) for searches. */
  readonly detail: Uint16Array;
}

/** The access log covers the last 12 months, like the shop's log retention. */
export const activityRetentionDays = 365;
const maxEvents = eventsPerAccount - 96;
const typeCode = Object.fromEntries(activityTypes.map((type, index) => [type, index])) as Record<
  ActivityType,
  number
>;

interface RawEvent {
  at: number;
  type: number;
  device: number;
  ip: number;
  operator: number;
  detail: number;
}

/** A start time in the customer's daytime (evenings busiest), on a random day of the window. */
function daytime(random: Random, market: Market, from: number, to: number): number {
  const at = from + random.float() * (to - from);
  const offset = market.utcOffsetHours * hour;
  const localDay = Math.floor((at + offset) / day) * day;
  const localHour = random.weighted([
    [7, 2],
    [9, 3],
    [12, 4],
    [15, 3],
    [18, 5],
    [20, 6],
    [22, 3],
  ] as const);
  return localDay - offset + localHour * hour + random.int(0, 119) * minute;
}

export function generateActivity(facts: AccountFacts, basics: AccountBasics): PackedActivity {
  const random = new Random(deriveSeed(facts.seed, 'activity', facts.index));
  const market = marketOf(facts);
  const from = Math.max(facts.createdAt, facts.anchor - activityRetentionDays * day);
  const to = facts.lastSeenAt;
  const events: RawEvent[] = [];

  if (basics.devices.length > 0 && to >= from) {
    const rate = facts.draw.traits?.heavyActivity
      ? 1.6
      : random.weighted([
          [0.01, 25],
          [0.05, 40],
          [0.2, 25],
          [0.7, 9],
          [2, 1],
        ] as const);
    const days = (to - from) / day;
    // Seen at `lastSeenAt`, so at least that last session is in the log.
    const sessions = Math.max(
      1,
      Math.min(Math.round(rate * days * (0.5 + random.float())), Math.floor(maxEvents / 9)),
    );
    const terms = searchTermIndices(facts.draw.language);
    const latest = basics.devices.length - 1;

    for (let s = 0; s < sessions; s += 1) {
      const last = s === sessions - 1;
      const deviceIndex = last ? latest : random.int(0, latest);
      const device = basics.devices[deviceIndex];
      if (!device) continue;
      const mobile = device.platform.kind === 'mobile' && random.chance(0.7);
      const ip = mobile
        ? randomIp(random, market)
        : (basics.homeIps[random.int(0, basics.homeIps.length - 1)] ?? 0);
      const operator = mobile ? random.int(0, market.operators.length - 1) : basics.homeOperator;

      const steps: { type: ActivityType; detail: number; gap: number }[] = [];
      if (random.chance(0.35)) steps.push({ type: 'login', detail: 0, gap: 0 });
      const views = random.int(1, 12);
      for (let v = 0; v < views; v += 1) {
        if (random.chance(0.22))
          steps.push({ type: 'search', detail: random.pick(terms), gap: random.int(5, 90) });
        steps.push({
          type: 'page_view',
          detail: random.int(0, shopPages.length - 1),
          gap: random.int(8, 240),
        });
      }
      if (random.chance(0.004)) steps.push({ type: 'password_change', detail: 0, gap: random.int(20, 120) });
      if (random.chance(0.2)) steps.push({ type: 'logout', detail: 0, gap: random.int(10, 60) });
      const duration = steps.reduce((sum, step) => sum + step.gap, 0) * 1000;

      // The last session ends exactly at `lastSeenAt`; the others end before it.
      const start = last ? to - duration : Math.min(daytime(random, market, from, to), to - duration - 1000);
      let at = start;
      for (const step of steps) {
        at += step.gap * 1000;
        events.push({
          at,
          type: typeCode[step.type],
          device: deviceIndex,
          ip,
          operator,
          detail: step.detail,
        });
      }
    }
  }

  events.sort((a, b) => a.at - b.at);
  const kept = events.length > maxEvents ? events.slice(events.length - maxEvents) : events;
  const packed: PackedActivity = {
    count: kept.length,
    at: new Float64Array(kept.length),
    type: new Uint8Array(kept.length),
    device: new Uint8Array(kept.length),
    ip: new Uint32Array(kept.length),
    operator: new Uint8Array(kept.length),
    detail: new Uint16Array(kept.length),
  };
  kept.forEach((event, i) => {
    packed.at[i] = event.at;
    packed.type[i] = event.type;
    packed.device[i] = event.device;
    packed.ip[i] = event.ip;
    packed.operator[i] = event.operator;
    packed.detail[i] = event.detail;
  });
  return packed;
}

/** Access-log event `slot` (0 = oldest) as the API sends it, unmasked. */
export function activityEvent(
  facts: AccountFacts,
  basics: AccountBasics,
  log: PackedActivity,
  slot: number,
): ActivityEvent {
  const market = marketOf(facts);
  const type = activityTypes[log.type[slot] ?? 0] ?? 'page_view';
  const device = basics.devices[log.device[slot] ?? 0];
  const detail = log.detail[slot] ?? 0;
  const url =
    type === 'page_view'
      ? `${shopOrigin}${shopPages[detail] ?? '/'}`
      : type === 'login'
        ? `${shopOrigin}${signInPage}`
        : type === 'logout'
          ? `${shopOrigin}${signOutPage}`
          : type === 'password_change'
            ? `${shopOrigin}${securityPage}`
            : undefined;
  return {
    id: activityEventIds.encode(facts.index, slot),
    at: isoAt(log.at[slot] ?? 0),
    type,
    ip: ipToString(log.ip[slot] ?? 0),
    browser: device?.platform.browser ?? 'Unknown',
    telecomOperator: market.operators[log.operator[slot] ?? 0] ?? '',
    language: facts.draw.language,
    // A search's address would carry the term, which only an analyst may reveal: it has none.
    ...(url === undefined ? {} : { url }),
    ...(type === 'search' ? { searchTerm: allSearchTerms[detail] ?? '' } : {}),
  };
}
