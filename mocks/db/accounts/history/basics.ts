import type { Device, DeviceKind } from '@/shared/contract/accounts';
import { isoAt } from '@mocks/clock';
import { platformWeights, platforms, type Platform } from '../catalog';
import { markets, type Market } from '../markets';
import type { AccountDraw } from '../seed';
import { Random, deriveSeed } from '../../random';

/**
 * The big per-account histories — devices, the access log, the consent log — generated from the
 * account's own seed only when someone opens that account, and kept in a small LRU by the caller.
 * Each part has a PRNG of its own, so reading the consent tab first or the activity tab first
 * gives the same data.
 */

export interface AccountFacts {
  readonly index: number;
  readonly seed: number;
  readonly anchor: number;
  readonly draw: AccountDraw;
  /** Milliseconds. */
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

export interface SeededDevice {
  /** Unmasked. */
  readonly device: Device;
  readonly platform: Platform;
}

/** The part of the history every other part builds on: devices and the account's home address. */
export interface AccountBasics {
  /** In the order they were first used. */
  readonly devices: readonly SeededDevice[];
  /** IPv4 addresses as 32-bit numbers; the account's broadband line(s). */
  readonly homeIps: readonly number[];
  /** Operator of the broadband line, an index into the market's operators. */
  readonly homeOperator: number;
}

/** The market (names, dialling code, IP ranges) of the account in `facts`; throws on a bad market code. */
export function marketOf(facts: AccountFacts): Market {
  const market = markets[facts.draw.market];
  if (!market) throw new Error('account history: bad market');
  return market;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** An IPv4 address (as a 32-bit number) in one of the market's documentation ranges. */
export function randomIp(random: Random, market: Market): number {
  const [a = 0, b = 0] = random.pick(market.ipPrefixes).split('.').map(Number);
  return ((a << 24) | (b << 16) | (random.int(0, 255) << 8) | random.int(1, 254)) >>> 0;
}

export function ipToString(ip: number): string {
  return `${String(ip >>> 24)}.${String((ip >>> 16) & 255)}.${String((ip >>> 8) & 255)}.${String(ip & 255)}`;
}

export function generateBasics(facts: AccountFacts): AccountBasics {
  const random = new Random(deriveSeed(facts.seed, 'devices', facts.index));
  const market = marketOf(facts);
  const homeIps = [randomIp(random, market), randomIp(random, market)];
  const homeOperator = random.int(0, market.operators.length - 1);
  if (facts.draw.status === 'anonymized') return { devices: [], homeIps: [], homeOperator };

  const count = facts.draw.traits?.heavyActivity
    ? 7
    : random.weighted([
        [1, 35],
        [2, 35],
        [3, 18],
        [4, 8],
        [5, 3],
        [6, 1],
      ] as const);
  const span = facts.lastSeenAt - facts.createdAt;
  const devices: SeededDevice[] = [];
  for (let n = 0; n < count; n += 1) {
    const kind = random.weighted<DeviceKind>([
      ['mobile', 55],
      ['desktop', 35],
      ['tablet', 10],
    ]);
    const platform = platforms[random.weighted(platformWeights(kind, market.code))];
    if (!platform) throw new Error('account history: no platform');
    const firstSeen = n === 0 ? facts.createdAt : facts.createdAt + Math.floor(span * random.float());
    const lastSeen =
      n === count - 1
        ? facts.lastSeenAt
        : firstSeen + Math.floor((facts.lastSeenAt - firstSeen) * Math.sqrt(random.float()));
    const mac = `${random.pick(platform.ouis)}:${hex(random.int(0, 255))}:${hex(random.int(0, 255))}:${hex(random.int(0, 255))}`;
    devices.push({
      device: {
        id: `dev_${deriveSeed(facts.seed, 'device', facts.index, n).toString(36)}`,
        kind: platform.kind,
        os: platform.os,
        browser: platform.browser,
        macAddress: mac,
        firstSeenAt: isoAt(firstSeen),
        lastSeenAt: isoAt(lastSeen),
        trusted: random.chance(0.6),
      },
      platform,
    });
  }
  return { devices, homeIps, homeOperator };
}
