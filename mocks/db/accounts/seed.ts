import { accountStatuses, type AccountStatus } from '@/shared/contract/accounts';
import { day } from '@mocks/clock';
import { asciiFold, latin1, marketCodes, markets, searchFold, type Market } from './markets';
import { knownAccountTraits, type KnownAccountTraits } from '../known-accounts';
import { Random, WeightedTable, deriveSeed, hashString, mixSeed } from '../random';

/**
 * 100,000 customer accounts, packed. The handlers run on the page's main thread, so the seed
 * holds no object per account: a few typed-array columns for what lists filter and sort on, and
 * ONE lower-case search string (`name\temail\tphone-digits\n` per account, with line offsets) for
 * `q`, which also is where an account's email and phone are read from. Everything else about an
 * account is drawn again from its own seed (`drawAccount(seed, index)`) when a page shows it.
 *
 * Times are stored as seconds before the anchor (the mock clock at seed time), so the packed seed
 * does not depend on the anchor and is built once per seed: a reset or a pinned clock only moves
 * the times it is read against.
 */

export const accountCount = 100_000;

export const anonymizedName = 'Anonymized customer';

/** Status column codes: the index in the contract's list. */
export const statusCode: Record<AccountStatus, number> = {
  active: accountStatuses.indexOf('active'),
  locked: accountStatuses.indexOf('locked'),
  closed: accountStatuses.indexOf('closed'),
  anonymized: accountStatuses.indexOf('anonymized'),
};

export const lockedReasons = [
  'Confirmed account takeover; locked until the customer verifies their identity',
  'Credential stuffing: dozens of failed sign-ins from rotating addresses',
  'Customer reported a phishing email and asked us to lock the account',
  'MAC spoofing detected on a device marked as trusted',
  'Payment fraud review after several chargebacks',
] as const;

const secondsPerDay = day / 1000;
const yearDays = 365;

/** What an account's own seed says about it; the same on every call for the same seed and index. */
export interface AccountDraw {
  readonly market: number;
  readonly given: number;
  readonly family: number;
  /** The address before de-duplication (the seed may add digits; read the packed one). */
  readonly email: string;
  readonly phoneNational: string;
  readonly status: AccountStatus;
  readonly createdAgo: number;
  readonly lastSeenAgo: number;
  readonly riskScore: number;
  readonly openAlertCount: number;
  readonly emailVerified: boolean;
  readonly language: string;
  readonly version: number;
  readonly lockedReason: number;
  /** Seconds from creation to the verification email, and from there to the click (if verified). */
  readonly verificationDelay: number;
  readonly verifiedDelay: number;
  readonly traits: KnownAccountTraits | undefined;
}

/** Per market, prepared once: weight tables and the name parts as they go into emails and the search string. */
interface PreparedMarket {
  readonly domains: WeightedTable<string>;
  readonly languages: WeightedTable<string>;
  readonly styles: WeightedTable<EmailStyle>;
  /** Name parts as the search folds them ("Chloé" → "chloe"), one byte per character. */
  readonly searchGiven: readonly string[];
  readonly searchFamily: readonly string[];
  /** Name parts in their own script, folded for the search (`nativeNames`). */
  readonly nativeGiven: readonly string[];
  readonly nativeFamily: readonly string[];
  /** ASCII-folded name parts (email addresses). */
  readonly emailGiven: readonly string[];
  readonly emailFamily: readonly string[];
  /** 10^(trailing digits of a mobile number). */
  readonly phoneSpan: number;
}

type EmailStyle = 'first.last' | 'firstlast' | 'f.last' | 'first_last' | 'last.first' | 'lastfirst' | 'first';

const prepared: readonly PreparedMarket[] = markets.map((market) => ({
  domains: new WeightedTable(market.emailDomains),
  languages: new WeightedTable(market.languages),
  styles: new WeightedTable<EmailStyle>([
    ['first.last', 30],
    ['firstlast', 20],
    ['f.last', 10],
    ['first_last', 8],
    ['last.first', 7],
    ['lastfirst', market.order === 'family-first' ? 15 : 2],
    ['first', 18],
  ]),
  searchGiven: market.givenNames.map((part) => latin1(searchFold(part.latin))),
  searchFamily: market.familyNames.map((part) => latin1(searchFold(part.latin))),
  nativeGiven: market.givenNames.map((part) => searchFold(part.display)),
  nativeFamily: market.familyNames.map((part) => searchFold(part.display)),
  emailGiven: market.givenNames.map((part) => asciiFold(part.latin)),
  emailFamily: market.familyNames.map((part) => asciiFold(part.latin)),
  phoneSpan: 10 ** market.phone.rest,
}));

const marketTable = new WeightedTable(markets.map((market, index) => [index, market.weight] as const));
const statusTable = new WeightedTable<AccountStatus>([
  ['active', 90],
  ['locked', 2],
  ['closed', 5],
  ['anonymized', 3],
]);
const numberingTable = new WeightedTable<'none' | 'year' | 'any'>([
  ['none', 35],
  ['year', 40],
  ['any', 25],
]);
/** A bare first name as the address always carries a number. */
const numberedTable = new WeightedTable<'year' | 'any'>([
  ['year', 40],
  ['any', 25],
]);
const riskyAlerts = new WeightedTable([
  [1, 50],
  [2, 30],
  [3, 20],
] as const);
const usualAlerts = new WeightedTable([
  [0, 94],
  [1, 4.5],
  [2, 1.2],
  [3, 0.3],
] as const);

function partIndex(parts: Market['givenNames'], display: string | undefined, random: Random): number {
  const drawn = random.int(0, parts.length - 1);
  if (display === undefined) return drawn;
  const index = parts.findIndex((part) => part.display === display);
  if (index < 0) throw new Error(`account seed: "${display}" is not in the name lists`);
  return index;
}

function emailFor(
  random: Random,
  market: Market,
  place: PreparedMarket,
  given: number,
  family: number,
): string {
  const domain = place.domains.pick(random);
  if (random.chance(market.numericEmailShare))
    return `${String(random.int(10_000_000, 3_999_999_999))}@${domain}`;
  const first = place.emailGiven[given] ?? '';
  const last = place.emailFamily[family] ?? '';
  const style = place.styles.pick(random);
  const local =
    style === 'first.last'
      ? `${first}.${last}`
      : style === 'firstlast'
        ? `${first}${last}`
        : style === 'f.last'
          ? `${first.slice(0, 1)}.${last}`
          : style === 'first_last'
            ? `${first}_${last}`
            : style === 'last.first'
              ? `${last}.${first}`
              : style === 'lastfirst'
                ? `${last}${first}`
                : first;
  const numbering = style === 'first' ? numberedTable.pick(random) : numberingTable.pick(random);
  const suffix =
    numbering === 'year'
      ? String(random.int(60, 108) % 100).padStart(2, '0')
      : numbering === 'any'
        ? String(random.int(1, 999))
        : '';
  return `${local}${suffix}@${domain}`;
}

function phoneFor(random: Random, market: Market, place: PreparedMarket): string {
  const { prefixes, leading } = market.phone;
  const lead = leading === undefined ? '' : (leading[random.int(0, leading.length - 1)] ?? '');
  // One draw for all the trailing digits; the 1 in front keeps leading zeros, and is cut off.
  return `${random.pick(prefixes)}${lead}${String(place.phoneSpan + random.int(0, place.phoneSpan - 1)).slice(1)}`;
}

/** Skewed to recent sign-ups: the shop has grown, so most accounts are young. */
function createdDaysAgo(random: Random, min: number): number {
  const span = 6 * yearDays - min;
  return min + span * (1 - Math.sqrt(random.float()));
}

let accountSeedBase: { seed: number; base: number } | undefined;

/** Account `index`'s own seed: one cheap integer mix per account instead of a string hash. */
function accountSeed(seed: number, index: number): number {
  if (accountSeedBase?.seed !== seed) accountSeedBase = { seed, base: deriveSeed(seed, 'account') };
  return mixSeed(accountSeedBase.base, index);
}

/** Re-seeded for each draw: drawing 100,000 accounts allocates no generator per account. */
const scratch = new Random(0);

export function drawAccount(seed: number, index: number): AccountDraw {
  const random = scratch.reseed(accountSeed(seed, index));
  const traits = knownAccountTraits.get(index);

  const drawnMarket = marketTable.pick(random);
  const market = traits ? marketCodes.indexOf(traits.market) : drawnMarket;
  const place = markets[market];
  const ready = prepared[market];
  if (!place || !ready) throw new Error('account seed: bad market');
  const given = partIndex(place.givenNames, traits?.givenName, random);
  const family = partIndex(place.familyNames, traits?.familyName, random);
  const drawnEmail = emailFor(random, place, ready, given, family);
  const drawnPhone = phoneFor(random, place, ready);

  const status = traits?.status ?? statusTable.pick(random);
  const statusRoll = random.float();

  // Dates follow the retention rules of `accountDetail`: an anonymized account's retention ran
  // out before now, a closed one's has not, an active one was seen within four years.
  let created: number;
  let lastSeen: number;
  if (status === 'anonymized') {
    created = createdDaysAgo(random, 2.5 * yearDays);
    lastSeen = 2 * yearDays + (created - 2 * yearDays) * random.float();
  } else {
    created = createdDaysAgo(random, 0);
    const recency = random.float();
    const window =
      status === 'locked'
        ? 45
        : status === 'closed'
          ? 2 * yearDays - 1
          : statusRoll < 0.5
            ? 30
            : statusRoll < 0.75
              ? yearDays
              : 4 * yearDays - 30;
    lastSeen = Math.min(created, window * recency);
  }
  const createdJitter = random.float();
  const lastSeenJitter = random.float();
  if (traits?.createdDaysAgo !== undefined) created = traits.createdDaysAgo + createdJitter * 0.9;
  if (traits?.lastSeenDaysAgo !== undefined)
    lastSeen = Math.min(created, traits.lastSeenDaysAgo + lastSeenJitter * 0.5);

  const risky = random.chance(0.03);
  const riskBase = random.float();
  const drawnRisk =
    status === 'anonymized'
      ? 0
      : status === 'locked'
        ? 55 + Math.floor(riskBase * 44)
        : risky
          ? 60 + Math.floor(riskBase * 36)
          : Math.floor(riskBase ** 3 * (status === 'closed' ? 40 : 70));
  const drawnAlerts =
    status === 'closed' || status === 'anonymized'
      ? 0
      : status === 'locked' || risky
        ? riskyAlerts.pick(random)
        : usualAlerts.pick(random);

  const emailVerified = random.chance(0.93);
  const language = ready.languages.pick(random);
  const version = (status === 'locked' ? 2 : 1) + random.int(0, 2);
  const lockedReason = random.int(0, lockedReasons.length - 1);
  const verificationDelay = random.int(2, 90);
  const verifiedDelay = random.chance(0.7) ? random.int(30, 3600) : random.int(3600, 5 * secondsPerDay);

  return {
    market,
    given,
    family,
    email: traits?.email ?? drawnEmail,
    phoneNational: traits?.phoneNational ?? drawnPhone,
    status,
    createdAgo: Math.round(created * secondsPerDay),
    lastSeenAgo: Math.round(lastSeen * secondsPerDay),
    riskScore: traits?.riskScore ?? drawnRisk,
    openAlertCount: traits?.openAlertCount ?? drawnAlerts,
    emailVerified: traits?.emailVerified ?? emailVerified,
    language,
    version,
    lockedReason,
    verificationDelay,
    verifiedDelay,
    traits,
  };
}

/** The folded Latin name that goes into the search string (one byte per character). */
function searchName(market: Market, place: PreparedMarket, given: number, family: number): string {
  const first = place.searchGiven[given] ?? '';
  const last = place.searchFamily[family] ?? '';
  return market.order === 'family-first' ? `${last} ${first}` : `${first} ${last}`;
}

/** The packed seed: columns by account index, plus the search strings. */
export interface PackedAccounts {
  readonly seed: number;
  readonly count: number;
  readonly market: Uint8Array;
  readonly given: Uint8Array;
  readonly family: Uint8Array;
  /** As seeded; lock and unlock write to the state's own copy. */
  readonly status: Uint8Array;
  readonly riskScore: Uint8Array;
  readonly openAlertCount: Uint8Array;
  /** Seconds before the anchor. */
  readonly createdAgo: Uint32Array;
  readonly lastSeenAgo: Uint32Array;
  /**
   * `name\temail\tcountry-code+national digits\n` per account, ASCII bytes: names folded as
   * `searchFold` does (lower case, no accents, `ß` → `ss`), names in other scripts romanized. Bytes
   * rather than a string so the list costs no V8 heap for it: `searchText` decodes it on the first
   * search, and a row's email and phone are decoded from its line (`searchFields`).
   */
  readonly searchBytes: Uint8Array;
  /** `lineStart[i]` … `lineStart[i + 1] - 1` is account i's line (without its `\n`), in bytes. */
  readonly lineStart: Int32Array;
  /** Names in their own script (Chinese, Japanese), one line each, for queries in that script. */
  readonly nativeNames: string;
  readonly nativeLineStart: Int32Array;
  /** The account of each line of `nativeNames`. */
  readonly nativeAccount: Int32Array;
  /** Every index by `lastSeenAt`, ascending, ties by index (the list's default order, descending). */
  readonly lastSeenOrder: Int32Array;
}

/** Open addressing over 32-bit hashes: a cheap "seen this address?" without 100,000 strings in a Set. */
class HashSeen {
  private readonly slots: Int32Array;

  constructor(bits = 18) {
    this.slots = new Int32Array(1 << bits);
  }

  /** True when `text` (or a rare hash twin) was added before; adds it otherwise. */
  has(text: string): boolean {
    const hash = hashString(text) | 1;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) {
        this.slots[slot] = hash;
        return false;
      }
      if (held === hash) return true;
    }
  }
}

/**
 * Builds the search lines as ASCII bytes: 100,000 line strings kept alive until a final `join`
 * would each survive into the old generation, and collecting them costs more than the rest of the
 * seed. The bytes stay outside the V8 heap (and cross from the seeding worker without a copy).
 */
class AsciiBuilder {
  private bytes: Uint8Array;
  /** Where the next appended text starts. */
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  append(text: string): void {
    if (this.length + text.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + text.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    const { bytes } = this;
    let used = this.length;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code > 0x7f)
        throw new Error(`account seed: "${text}" has a character the search does not fold to ASCII`);
      bytes[used++] = code;
    }
    this.length = used;
  }

  /** The bytes written, in a buffer of their own (exactly that long). */
  take(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function nameOf(market: Market, given: number, family: number, script: 'display' | 'latin'): string {
  const first = market.givenNames[given]?.[script] ?? '';
  const last = market.familyNames[family]?.[script] ?? '';
  if (market.order === 'family-first')
    return script === 'latin' ? `${last} ${first}` : `${last}${market.separator}${first}`;
  return `${first} ${last}`;
}

/**
 * Builds the packed seed account by account, so the browser can do it in idle slices (no long task
 * while someone types on the sign-in page) and a request that needs it early finishes the rest.
 */
class PackedAccountsBuilder {
  readonly seed: number;
  private next = 0;
  private readonly count = accountCount;
  private readonly market = new Uint8Array(accountCount);
  private readonly given = new Uint8Array(accountCount);
  private readonly family = new Uint8Array(accountCount);
  private readonly status = new Uint8Array(accountCount);
  private readonly riskScore = new Uint8Array(accountCount);
  private readonly openAlertCount = new Uint8Array(accountCount);
  private readonly createdAgo = new Uint32Array(accountCount);
  private readonly lastSeenAgo = new Uint32Array(accountCount);
  private readonly lineStart = new Int32Array(accountCount + 1);
  // Scratch of the build, dropped when it is finished (the byte buffer alone is ~6 MB).
  private lines = new AsciiBuilder(accountCount * 56);
  private nativeLines: string[] = [];
  private nativeAccounts: number[] = [];
  private seenEmails = new HashSeen();
  private built: PackedAccounts | undefined;

  constructor(seed: number) {
    this.seed = seed;
    for (const traits of knownAccountTraits.values()) if (traits.email) this.seenEmails.has(traits.email);
  }

  isBuilt(): boolean {
    return this.built !== undefined;
  }

  /** Seeds accounts while `more()` says so (checked every 500 accounts); true once all are done. */
  step(more: () => boolean): boolean {
    if (this.built) return true;
    while (this.next < this.count) {
      const until = Math.min(this.count, this.next + 500);
      for (; this.next < until; this.next += 1) this.add(this.next);
      if (!more()) break;
    }
    return this.next >= this.count;
  }

  private add(i: number): void {
    const draw = drawAccount(this.seed, i);
    const place = markets[draw.market];
    const ready = prepared[draw.market];
    if (!place || !ready) throw new Error('account seed: bad market');
    this.market[i] = draw.market;
    this.given[i] = draw.given;
    this.family[i] = draw.family;
    this.status[i] = statusCode[draw.status];
    this.riskScore[i] = draw.riskScore;
    this.openAlertCount[i] = draw.openAlertCount;
    this.createdAgo[i] = draw.createdAgo;
    this.lastSeenAgo[i] = draw.lastSeenAgo;

    let line: string;
    if (draw.status === 'anonymized') {
      line = `${anonymizedName.toLowerCase()}\t\t\n`;
    } else {
      let email = draw.email;
      if (!draw.traits?.email) {
        // Addresses are unique, as a shop's sign-up enforces: a taken one gets digits added.
        for (let extra = 2; this.seenEmails.has(email); extra += 1)
          email = draw.email.replace('@', `${String(extra)}@`);
      }
      line = `${searchName(place, ready, draw.given, draw.family)}\t${email}\t${place.dialCode}${draw.phoneNational}\n`;
      if (place.nativeScript) {
        const first = ready.nativeGiven[draw.given] ?? '';
        const last = ready.nativeFamily[draw.family] ?? '';
        this.nativeLines.push(
          place.order === 'family-first' ? `${last}${place.separator}${first}\n` : `${first} ${last}\n`,
        );
        this.nativeAccounts.push(i);
      }
    }
    this.lineStart[i] = this.lines.length;
    this.lines.append(line);
  }

  finish(): PackedAccounts {
    if (this.built) return this.built;
    this.step(() => true);
    this.lineStart[this.count] = this.lines.length;
    const nativeLineStart = new Int32Array(this.nativeLines.length + 1);
    let nativeOffset = 0;
    this.nativeLines.forEach((line, i) => {
      nativeLineStart[i] = nativeOffset;
      nativeOffset += line.length;
    });
    nativeLineStart[this.nativeLines.length] = nativeOffset;
    this.built = {
      seed: this.seed,
      count: this.count,
      market: this.market,
      given: this.given,
      family: this.family,
      status: this.status,
      riskScore: this.riskScore,
      openAlertCount: this.openAlertCount,
      createdAgo: this.createdAgo,
      lastSeenAgo: this.lastSeenAgo,
      searchBytes: this.lines.take(),
      lineStart: this.lineStart,
      nativeNames: this.nativeLines.join(''),
      nativeLineStart,
      nativeAccount: Int32Array.from(this.nativeAccounts),
      lastSeenOrder: orderByAgo(this.lastSeenAgo),
    };
    this.lines = new AsciiBuilder(0);
    this.nativeLines = [];
    this.nativeAccounts = [];
    this.seenEmails = new HashSeen(0);
    return this.built;
  }
}

let builder: PackedAccountsBuilder | undefined;
/** A seed built by the browser's seeding worker (`adoptPackedAccounts`). */
let adopted: PackedAccounts | undefined;

function builderFor(seed: number): PackedAccountsBuilder {
  if (builder?.seed !== seed) builder = new PackedAccountsBuilder(seed);
  return builder;
}

/** Builds (or returns the already built) packed seed for `seed`. */
export function packedAccounts(seed: number): PackedAccounts {
  if (adopted?.seed === seed) return adopted;
  adopted = undefined;
  return builderFor(seed).finish();
}

/**
 * Seeds part of the packed accounts while `more()` allows (an idle callback's time remaining);
 * true when they are complete. `packedAccounts` finishes whatever is left on first real use.
 */
export function seedAccountsSlice(seed: number, more: () => boolean): boolean {
  if (adopted?.seed === seed) return true;
  return builderFor(seed).step(more);
}

const asciiDecoder = new TextDecoder();
const searchTexts = new WeakMap<PackedAccounts, string>();

/**
 * The whole search string of `packed` (see `searchBytes`), decoded on first call and kept while
 * the seed is: one byte per character in V8, about 5.5 MB, paid only once someone searches.
 */
export function searchText(packed: PackedAccounts): string {
  let text = searchTexts.get(packed);
  if (text === undefined) {
    text = asciiDecoder.decode(packed.searchBytes);
    searchTexts.set(packed, text);
  }
  return text;
}

/** The fields of account `index`'s search line: folded name, email, phone digits. */
export function searchFields(packed: PackedAccounts, index: number): [string, string, string] {
  const start = packed.lineStart[index] ?? 0;
  const end = (packed.lineStart[index + 1] ?? start + 1) - 1;
  const [name = '', email = '', phone = ''] = asciiDecoder
    .decode(packed.searchBytes.subarray(start, end))
    .split('\t');
  return [name, email, phone];
}

/** Ties break on the index: a composite `key · 2^17 + index` sorts both at once (2^17 > 100,000). */
/**
 * Sort keys pack `value · tieSpan + index` into one float, so a native sort of the keys orders
 * the indices by value, ties by index (100,000 accounts fit below 2^17).
 */
export const tieSpan = 131_072;

/**
 * The account indices of `keys` (each `value · tieSpan + index`) in the keys' sorted order. Sorts
 * `keys` in place; returns a new array of indices.
 */
export function sortedIndices(keys: Float64Array): Int32Array {
  keys.sort();
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? 0;
    order[i] = key - Math.floor(key / tieSpan) * tieSpan;
  }
  return order;
}

/** Every index by "seconds ago", descending (so the time ascending), ties by index. */
function orderByAgo(ago: Uint32Array): Int32Array {
  const keys = new Float64Array(ago.length);
  for (let i = 0; i < ago.length; i += 1) keys[i] = -(ago[i] ?? 0) * tieSpan + i;
  return sortedIndices(keys);
}

/**
 * Hands in a packed seed built elsewhere (the browser's seeding worker, whose copy arrives through
 * `postMessage`): `packedAccounts(packed.seed)` returns it from then on, unless that seed was
 * already built or adopted here (the first request did not wait), in which case the copy is dropped. Takes
 * the seed as the worker built it; returns whether it was taken.
 */
export function adoptPackedAccounts(packed: PackedAccounts): boolean {
  if (adopted?.seed === packed.seed || (builder?.seed === packed.seed && builder.isBuilt())) return false;
  adopted = packed;
  if (builder?.seed === packed.seed) builder = undefined;
  return true;
}
