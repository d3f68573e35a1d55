import type { ConsentEvent, PurposeId } from '@/shared/contract/consent';
import {
  consentPurposesFor,
  crossBorderSafeguards,
  legalBases,
  disclosureKinds,
} from '@/shared/contract/disclosures';
import { day } from '@mocks/clock';
import { generateBasics, type AccountFacts } from '../accounts/history/basics';
import { generateConsent } from '../accounts/history/consent-log';
import { markets } from '../accounts/markets';
import { accountCount, drawAccount, packedAccounts, statusCode, type PackedAccounts } from '../accounts/seed';
import { ids } from '../ids';
import { knownAccounts } from '../known-accounts';
import { Random, WeightedTable, deriveSeed, mixSeed } from '../random';
import {
  acquisitionOccasion,
  categoryBits,
  occasions,
  publicOccasions,
  recipientIndexOf,
  recipients,
  recipientsOf,
  safeguardFor,
  type Occasion,
} from './catalog';
import { knownDisclosureIndex } from '../known-disclosures';

/**
 * The seeded ledger: ≥ 50,000 disclosures over the three years before the anchor, packed in typed
 * arrays (one slot per entry; the entry's id is `ids.disclosure.encode(slot)`). Only what lists,
 * filters, sorts and totals read is a column; the rest of an entry (request reference, document
 * names and digests, who recorded it) is drawn again from the entry's own seed when its row is
 * built (`queries.ts`).
 *
 * Consent-basis entries agree with the accounts' own consent logs: they name accounts of a pool
 * whose logs are generated once here (`generateConsent`, the same generator and facts the
 * accounts family uses), and each entry's `occurredAt` lies inside a span in which every named
 * account held every purpose `consentPurposesFor` asks. Spans that end before the anchor are the
 * withdrawals and expiries `consentWithdrawnSince` reports when the entry is read.
 */

/** Seeded entries before the correction chains, and the corrections appended after them. */
export const baseEntryCount = 49_700;
export const correctionCount = 300;
export const seededEntryCount = baseEntryCount + correctionCount;
/** How far back the ledger goes. */
export const ledgerYears = 3;
/** Accounts whose consent logs the seed reads to place consent-basis entries. */
export const consentPoolSize = 1_500;

export const allOccasions: readonly Occasion[] = [...occasions, acquisitionOccasion, ...publicOccasions];
const acquisitionIndex = occasions.length;

export const flagEncrypted = 1;
export const flagCrossBorder = 2;
export const flagDeidentified = 4;

export interface DisclosurePack {
  readonly seed: number;
  readonly anchor: number;
  readonly count: number;
  /** Seconds before the anchor. */
  readonly occurred: Uint32Array;
  readonly recorded: Uint32Array;
  readonly recipient: Uint8Array;
  /** Index into `allOccasions`: the purpose text and what it implies. */
  readonly occasion: Uint8Array;
  /** Index into `disclosureKinds` / `legalBases`. */
  readonly kind: Uint8Array;
  readonly basis: Uint8Array;
  /** Data categories as bits (`categoryBits`). */
  readonly categories: Uint16Array;
  readonly subjects: Uint32Array;
  readonly flags: Uint8Array;
  /** Index into `crossBorderSafeguards`, meaningful with `flagCrossBorder`. */
  readonly safeguard: Uint8Array;
  /** Slot of the corrected entry, or -1. */
  readonly corrects: Int32Array;
  /** Entry k names `accounts[accountStart[k] .. accountStart[k + 1])` (account indices). */
  readonly accountStart: Int32Array;
  readonly accounts: Int32Array;
  /**
   * The consent pool's accounts (ascending) and, per account and `poolPurposes` purpose, the
   * seeded log's last decision: ms before the anchor (NaN: never asked) and whether it granted.
   * `consentWithdrawnSince` reads these instead of generating each named account's log again.
   */
  readonly poolAccounts: Int32Array;
  readonly poolLastAgo: Float64Array;
  readonly poolLastGranted: Uint8Array;
}

/** The purposes a consent-basis disclosure can need, in the order of the pool's columns. */
export const poolPurposes = ['partner_sharing', 'affiliate_sharing', 'sensitive_data_sharing'] as const;

/** The market (ISO country code) of seeded account `index`. */
export function accountCountry(seed: number, index: number): string {
  return markets[drawAccount(seed, index).market]?.code ?? '';
}

interface Span {
  readonly account: number;
  readonly from: number;
  readonly to: number;
}

/** The spans (ms) in which `purpose` was granted in `log`; a span still open ends at `end`. */
export function grantSpans(
  log: readonly ConsentEvent[],
  purpose: PurposeId,
  end: number,
): [number, number][] {
  const spans: [number, number][] = [];
  let since: number | undefined;
  for (const event of log) {
    if (event.purposeId !== purpose) continue;
    if (event.action === 'granted') since ??= Date.parse(event.at);
    else if ((event.action === 'withdrawn' || event.action === 'expired') && since !== undefined) {
      spans.push([since, Date.parse(event.at)]);
      since = undefined;
    }
  }
  if (since !== undefined) spans.push([since, end]);
  return spans;
}

function intersect(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a0, a1] of a) {
    for (const [b0, b1] of b) {
      const from = Math.max(a0, b0);
      const to = Math.min(a1, b1);
      if (to > from) out.push([from, to]);
    }
  }
  return out;
}

/** The facts the accounts family builds an account's histories from (`accounts/queries.ts`). */
export function accountFacts(seed: number, anchor: number, index: number): AccountFacts {
  const draw = drawAccount(seed, index);
  return {
    index,
    seed,
    anchor,
    draw,
    createdAt: anchor - draw.createdAgo * 1000,
    lastSeenAt: anchor - draw.lastSeenAgo * 1000,
  };
}

/** The account's seeded consent log, as `seededConsentEvents` would generate it. */
export function generatedConsentLog(seed: number, anchor: number, index: number): ConsentEvent[] {
  const facts = accountFacts(seed, anchor, index);
  return generateConsent(facts, generateBasics(facts));
}

/** The purpose sets a consent-basis entry can need, keyed `purpose+purpose`. */
function purposeKey(purposes: readonly PurposeId[]): string {
  return purposes.join('+');
}

class Growable {
  data = new Int32Array(160_000);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
}

/** The packed accounts' columns the ledger's seed reads (by account index). */
export type AccountColumns = Pick<PackedAccounts, 'market' | 'status' | 'createdAgo' | 'lastSeenAgo'>;

/**
 * Builds the pack in steps: each `next()` does a bounded amount of work (20 consent logs or 1,000
 * entries, a few ms each), so the page can spread it over tasks (`seedDisclosuresInSlices`) while
 * Node and the seeding worker run it straight through (`seedDisclosures`).
 *
 * Without `accounts`, the steps run as far as they can without them (the consent pool, about a
 * third of the work) and then yield `'accounts'`: the driver passes the columns to that `next()`
 * call. The seeding worker so starts with the page and gets the columns when they have arrived.
 * Throws if the columns are not given there.
 */
export function* disclosureSeedSteps(
  seed: number,
  anchor: number,
  accounts?: AccountColumns,
): Generator<undefined | 'accounts', DisclosurePack, AccountColumns | undefined> {
  const windowStart = anchor - ledgerYears * 365 * day;
  const latest = anchor - 10 * 60_000;
  const random = new Random(deriveSeed(seed, 'disclosures'));

  // 1. The consent pool: customers who buy from marketplace sellers again and again.
  const lena = ids.account.decode(knownAccounts.marketingOptIn) ?? 0;
  const heavy = ids.account.decode(knownAccounts.heavyHistory) ?? 0;
  const pool = [lena, heavy];
  const inPool = new Set(pool);
  while (pool.length < consentPoolSize) {
    const index = random.int(0, accountCount - 1);
    if (inPool.has(index)) continue;
    inPool.add(index);
    pool.push(index);
  }
  const spansBy = new Map<string, Span[]>();
  /** Accounts whose last grant of the purpose ended before the anchor (withdrawn or expired). */
  const endedBy = new Map<string, Span[]>();
  const keys: PurposeId[][] = [
    ['partner_sharing'],
    ['partner_sharing', 'sensitive_data_sharing'],
    ['affiliate_sharing'],
    ['affiliate_sharing', 'sensitive_data_sharing'],
  ];
  const lenaSpansBy = new Map<string, Span[]>();
  for (const key of keys) {
    lenaSpansBy.set(purposeKey(key), []);
    spansBy.set(purposeKey(key), []);
    endedBy.set(purposeKey(key), []);
  }
  const poolAccounts = Int32Array.from(pool).sort();
  const poolLastAgo = new Float64Array(poolAccounts.length * poolPurposes.length).fill(Number.NaN);
  const poolLastGranted = new Uint8Array(poolAccounts.length * poolPurposes.length);
  for (let start = 0; start < pool.length; start += 20) {
    for (const account of pool.slice(start, start + 20)) {
      const log = generatedConsentLog(seed, anchor, account);
      const at = binarySearch(poolAccounts, account) * poolPurposes.length;
      for (const event of log) {
        const column = (poolPurposes as readonly string[]).indexOf(event.purposeId);
        if (column < 0 || event.action === 'reconsent_requested') continue;
        poolLastAgo[at + column] = anchor - Date.parse(event.at);
        poolLastGranted[at + column] = event.action === 'granted' ? 1 : 0;
      }
      if (log.length === 0) continue;
      const open = anchor + day;
      const one = new Map<PurposeId, [number, number][]>();
      for (const purpose of ['partner_sharing', 'affiliate_sharing', 'sensitive_data_sharing'] as const)
        one.set(purpose, grantSpans(log, purpose, open));
      for (const key of keys) {
        const [first, second] = key;
        let spans = one.get(first ?? 'partner_sharing') ?? [];
        if (second) spans = intersect(spans, one.get(second) ?? []);
        for (const [from, to] of spans) {
          // Inside the ledger's window, a minute clear of each edge.
          const lo = Math.max(from, windowStart) + 60_000;
          const hi = Math.min(to, latest) - 60_000;
          if (hi <= lo) continue;
          const span = { account, from: lo, to: hi };
          // The known account's spans serve only its known entries: it is named by those alone.
          if (account === lena) {
            lenaSpansBy.get(purposeKey(key))?.push(span);
            continue;
          }
          spansBy.get(purposeKey(key))?.push(span);
          if (to < open && spans.at(-1)?.[1] === to) endedBy.get(purposeKey(key))?.push(span);
        }
      }
    }
    yield undefined;
  }

  // 3. The entries.
  const count = seededEntryCount;
  const occurred = new Uint32Array(count);
  const recorded = new Uint32Array(count);
  const recipient = new Uint8Array(count);
  const occasion = new Uint8Array(count);
  const kind = new Uint8Array(count);
  const basis = new Uint8Array(count);
  const categories = new Uint16Array(count);
  const subjects = new Uint32Array(count);
  const flags = new Uint8Array(count);
  const safeguard = new Uint8Array(count);
  const corrects = new Int32Array(count).fill(-1);
  const accountStart = new Int32Array(count + 1);
  const accountList = new Growable();

  const occasionTable = new WeightedTable(occasions.map((item, index) => [index, item.weight] as const));
  const entryRandom = new Random(0);
  interface Active {
    readonly country: string;
    readonly from: number;
    readonly to: number;
  }
  // 2. Who was active when, by market: one draw per account (the accounts' own), kept only while
  // seeding, so an entry picks a customer of a market in O(1) instead of drawing until one fits.
  const columns = accounts ?? (yield 'accounts');
  if (!columns) throw new Error('disclosures seed: the accounts columns were not given');
  const activeFrom = new Float64Array(accountCount).fill(Number.NaN);
  const activeTo = new Float64Array(accountCount);
  const marketIndex = new Uint8Array(accountCount);
  const byMarket: number[][] = markets.map(() => []);
  const allActive: number[] = [];
  // Read from the packed accounts' columns (the same draws, already made), not drawn again.
  for (let index = 0; index < accountCount; index += 1) {
    const market = columns.market[index] ?? 0;
    marketIndex[index] = market;
    if (columns.status[index] !== statusCode.anonymized) {
      const from = Math.max(anchor - (columns.createdAgo[index] ?? 0) * 1000, windowStart) + 60_000;
      const to = Math.min(anchor - (columns.lastSeenAgo[index] ?? 0) * 1000, latest);
      if (to > from) {
        activeFrom[index] = from;
        activeTo[index] = to;
        // The known account is named by its known entries alone.
        if (index !== lena) {
          byMarket[market]?.push(index);
          allActive.push(index);
        }
      }
    }
    if (index % 10_000 === 9_999) yield undefined;
  }
  /** The account's market and the span (ms, within the window) it was active in; null when anonymized or none. */
  const activeOf = (account: number): Active | null => {
    const from = activeFrom[account] ?? Number.NaN;
    if (Number.isNaN(from)) return null;
    return { country: markets[marketIndex[account] ?? 0]?.code ?? '', from, to: activeTo[account] ?? from };
  };
  const countryOf = (account: number): string => markets[marketIndex[account] ?? 0]?.code ?? '';
  const marketNumber = new Map(markets.map((market, index) => [market.code as string, index]));
  /**
   * Active accounts of one of `countries`' markets, each market as likely as its share of
   * customers (memoized per set: the sets are the few fixed ones below, asked once per entry).
   */
  const customerLists = new WeakMap<ReadonlySet<string>, readonly number[][]>();
  const customersOf = (countries: ReadonlySet<string>): readonly number[][] => {
    let lists = customerLists.get(countries);
    if (!lists) {
      lists = [...countries].flatMap((country) => {
        const list = byMarket[marketNumber.get(country) ?? -1];
        return list ? [list] : [];
      });
      customerLists.set(countries, lists);
    }
    return lists;
  };
  const homeSets = new Map(
    markets.map((market) => [market.code as string, new Set([market.code as string])]),
  );
  const homeOf = (country: string): ReadonlySet<string> => homeSets.get(country) ?? new Set([country]);
  /** The recipients of an occasion in one country (memoized per occasion and country). */
  const localRecipients = new Map<number, Map<string, number[]>>();
  const localOf = (occasionAt: number, candidates: readonly number[], country: string): number[] => {
    let byCountry = localRecipients.get(occasionAt);
    if (!byCountry) {
      byCountry = new Map();
      localRecipients.set(occasionAt, byCountry);
    }
    let local = byCountry.get(country);
    if (!local) {
      local = candidates.filter((index) => recipients[index]?.country === country);
      byCountry.set(country, local);
    }
    return local;
  };
  const pickCustomer = (r: Random, lists: readonly (readonly number[])[]): number | undefined => {
    let total = 0;
    for (const list of lists) total += list.length;
    let roll = Math.floor(r.float() * total);
    for (const list of lists) {
      if (roll < list.length) return list[roll];
      roll -= list.length;
    }
    return undefined;
  };
  const occasionRecipients = allOccasions.map((item) =>
    item.to ? item.to.map(recipientIndexOf) : recipientsOf(item.category),
  );
  const marketCodes = new Set<string>(markets.map((market) => market.code));
  const occasionCountries = occasionRecipients.map(
    (indices) =>
      new Set(
        indices
          .map((index) => recipients[index]?.country ?? '')
          .filter((country) => marketCodes.has(country)),
      ),
  );
  const publicSlots = new Set<number>();
  const publicRandom = new Random(deriveSeed(seed, 'disclosures-public'));
  while (publicSlots.size < 6) publicSlots.add(publicRandom.int(1_000, baseEntryCount - 1));
  const acquisitionSlot = knownDisclosureIndex.acquisition;

  const lenaSpans = (purposes: readonly PurposeId[]): Span[] => lenaSpansBy.get(purposeKey(purposes)) ?? [];

  for (let slot = 0; slot < baseEntryCount; slot += 1) {
    const r = entryRandom.reseed(mixSeed(seed ^ 0x5d15c105, slot));
    const forced = forcedOf(slot);
    let occasionIndex: number;
    if (slot === acquisitionSlot) occasionIndex = acquisitionIndex;
    else if (publicSlots.has(slot)) occasionIndex = acquisitionIndex + 1 + (slot % publicOccasions.length);
    else occasionIndex = forced?.occasion ?? occasionTable.pick(r);
    const what = allOccasions[occasionIndex] ?? acquisitionOccasion;
    const purposes = what.basis === 'consent' ? consentPurposesFor(what.category, what.data) : [];
    const candidates = occasionRecipients[occasionIndex] ?? [];
    const servedCountries = occasionCountries[occasionIndex] ?? new Set<string>();
    // Mostly customers of a market the occasion's recipients serve from home.
    const wantHome = servedCountries.size > 0 && r.chance(0.9);
    // Now and then an entry names customers of several markets.
    const international = r.chance(0.08);
    const named: number[] = [];
    let at = windowStart + r.float() * (latest - windowStart);
    let to: number;

    if (forced?.account !== undefined) {
      // A known entry on a known account: a time inside its consent span (or its active span).
      named.push(forced.account);
      const spans = purposes.length > 0 ? (forced.spans ?? lenaSpans(purposes)) : [];
      const active = activeOf(forced.account);
      const span = spans.length > 0 ? r.pick(spans) : (active ?? undefined);
      if (span) at = span.from + r.float() * (span.to - span.from);
      if (forced.occurredDaysAgo !== undefined) at = anchor - forced.occurredDaysAgo * day;
      to = forced.recipient ?? r.pick(candidates);
    } else if (purposes.length > 0) {
      const spans = spansBy.get(purposeKey(purposes)) ?? [];
      const ended = endedBy.get(purposeKey(purposes)) ?? [];
      let lead = forced?.withdrawn && ended.length > 0 ? pickWithdrawn(ended, heavy, r) : r.pick(spans);
      for (let attempt = 0; attempt < 12 && wantHome && !forced?.withdrawn; attempt += 1) {
        if (servedCountries.has(countryOf(lead.account))) break;
        lead = r.pick(spans);
      }
      at = lead.from + r.float() * (lead.to - lead.from);
      named.push(lead.account);
      const wanted = r.int(what.accounts[0], what.accounts[1]);
      const home = countryOf(lead.account);
      for (let attempt = 0; attempt < wanted * 8 && named.length < wanted; attempt += 1) {
        const other = r.pick(spans);
        if (other.from > at || at > other.to || named.includes(other.account)) continue;
        // Mostly customers of the same market: one seller's or partner's audience.
        if (!international && marketIndex[other.account] !== marketIndex[lead.account]) continue;
        named.push(other.account);
      }
      const local = localOf(occasionIndex, candidates, home);
      to = forced?.recipient ?? (local.length > 0 && r.chance(0.85) ? r.pick(local) : r.pick(candidates));
    } else if (what.deidentified || what.accounts[1] === 0) {
      to = forced?.recipient ?? r.pick(candidates);
      if (slot === acquisitionSlot) at = anchor - 212 * day;
    } else {
      // An account active then (the time drawn inside its activity), more active at that time;
      // the recipient in the lead account's country when there is one.
      const domestic = what.category === 'public' ? recipients[candidates[0] ?? 0]?.country : undefined;
      const leadLists =
        domestic !== undefined
          ? customersOf(homeOf(domestic))
          : wantHome
            ? customersOf(servedCountries)
            : [allActive];
      const leadAccount = pickCustomer(r, leadLists) ?? pickCustomer(r, [allActive]) ?? 0;
      const lead = activeOf(leadAccount);
      named.push(leadAccount);
      if (lead) at = lead.from + r.float() * (lead.to - lead.from);
      const home = lead?.country ?? 'DE';
      const local = localOf(occasionIndex, candidates, home);
      to = forced?.recipient ?? (local.length > 0 && r.chance(0.93) ? r.pick(local) : r.pick(candidates));
      const wanted = r.int(what.accounts[0], what.accounts[1]);
      // Mostly people of the same market: one investigation, one seller's customers.
      const others = domestic !== undefined || !international ? customersOf(homeOf(home)) : [allActive];
      for (let attempt = 0; attempt < wanted * 6 && named.length < wanted; attempt += 1) {
        const account = pickCustomer(r, others);
        if (account === undefined) break;
        // Read in place (no object per try): NaN `from` means never active in the window.
        const from = activeFrom[account] ?? Number.NaN;
        if (!(at >= from) || at > (activeTo[account] ?? from) || named.includes(account)) continue;
        named.push(account);
      }
    }

    const destination = recipients[to]?.country ?? '';
    const foreign = named.some((account) => countryOf(account) !== destination);
    const deidentifiedAbroad = what.deidentified === true && destination !== 'DE' && r.chance(0.6);
    occurred[slot] = Math.max(0, Math.round((anchor - at) / 1000));
    const delay = recordDelaySeconds(what, r);
    recorded[slot] = Math.max(0, (occurred[slot] ?? 0) - delay);
    recipient[slot] = to;
    occasion[slot] = occasionIndex;
    kind[slot] = disclosureKinds.indexOf(what.kind);
    basis[slot] = legalBases.indexOf(what.basis);
    categories[slot] = categoryBits(what.data);
    subjects[slot] =
      what.subjects && named.length === 0
        ? r.int(what.subjects[0], what.subjects[1])
        : named.length + (r.chance(0.02) ? r.int(1, 3) : 0);
    flags[slot] =
      (r.chance(what.encrypted) ? flagEncrypted : 0) |
      (foreign || deidentifiedAbroad ? flagCrossBorder : 0) |
      (what.deidentified ? flagDeidentified : 0);
    safeguard[slot] = crossBorderSafeguards.indexOf(
      safeguardFor(destination, what.basis === 'consent', r.float()),
    );
    accountStart[slot] = accountList.length;
    for (const account of named) accountList.push(account);
    accountStart[slot + 1] = accountList.length;
    if (slot % 1_000 === 999) yield undefined;
  }

  // 4. Correction chains: a later entry with the corrected facts (a data category or the subject
  // count that was wrong), recorded days after the original.
  const chainRandom = new Random(deriveSeed(seed, 'disclosure-corrections'));
  const corrected = new Set<number>();
  const knownSlots = new Set<number>(
    Object.values(knownDisclosureIndex).flatMap((value: number | readonly number[]) => value),
  );
  for (let k = 0; k < correctionCount; k += 1) {
    const slot = baseEntryCount + k;
    let original = k === 0 ? knownDisclosureIndex.correctedOriginal : -1;
    while (original < 0) {
      const candidate = chainRandom.int(0, baseEntryCount - 1);
      if (corrected.has(candidate) || knownSlots.has(candidate) || publicSlots.has(candidate)) continue;
      if ((flags[candidate] ?? 0) & flagDeidentified) continue;
      if ((recorded[candidate] ?? 0) < 3 * 86_400) continue;
      original = candidate;
    }
    corrected.add(original);
    for (const column of [occurred, recorded, subjects]) column[slot] = column[original] ?? 0;
    for (const column of [recipient, occasion, kind, basis, flags, safeguard])
      column[slot] = column[original] ?? 0;
    categories[slot] = categories[original] ?? 0;
    corrects[slot] = original;
    const was = recorded[original] ?? 0;
    recorded[slot] = Math.max(0, was - chainRandom.int(86_400, Math.min(40 * 86_400, was - 3_600)));
    accountStart[slot] = accountList.length;
    for (let at = accountStart[original] ?? 0; at < (accountStart[original + 1] ?? 0); at += 1)
      accountList.push(accountList.data[at] ?? 0);
    accountStart[slot + 1] = accountList.length;
    // What was wrong: a data category left out (never a sensitive one), or the subject count.
    const missing = [1, 2, 6].map((bit) => 1 << bit).filter((bit) => ((categories[slot] ?? 0) & bit) === 0);
    if (missing.length > 0 && chainRandom.chance(0.7))
      categories[slot] = (categories[slot] ?? 0) | chainRandom.pick(missing);
    else subjects[slot] = (subjects[slot] ?? 0) + chainRandom.int(1, 3);
  }

  return {
    seed,
    anchor,
    count,
    occurred,
    recorded,
    recipient,
    occasion,
    kind,
    basis,
    categories,
    subjects,
    flags,
    safeguard,
    corrects,
    accountStart,
    accounts: accountList.data.slice(0, accountList.length),
    poolAccounts,
    poolLastAgo,
    poolLastGranted,
  };
}

/** The place of `value` in the ascending `sorted`, or -1. */
export function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle] ?? 0;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function pickWithdrawn(ended: readonly Span[], preferred: number, r: Random): Span {
  const own = ended.filter((span) => span.account === preferred);
  return own.length > 0 ? r.pick(own) : (ended[0] ?? r.pick(ended));
}

/** Seconds between a disclosure and its ledger entry: automated shares at once, requests days later. */
function recordDelaySeconds(what: Occasion, r: Random): number {
  if (what.category === 'authority') return r.int(6 * 3_600, 5 * 86_400);
  if (what.category === 'public' || what.category === 'acquirer') return r.int(3_600, 3 * 86_400);
  if (what.deidentified) return r.int(3_600, 2 * 86_400);
  return r.int(5, 900);
}

interface Forced {
  occasion: number;
  recipient?: number;
  account?: number;
  spans?: Span[];
  occurredDaysAgo?: number;
  /** A consent-basis entry whose lead account withdrew the consent later. */
  withdrawn?: boolean;
}

function occasionNamed(prefix: string): number {
  const index = occasions.findIndex((item) => item.purpose.startsWith(prefix));
  if (index < 0) throw new Error(`disclosure catalog: no occasion "${prefix}"`);
  return index;
}

const lenaIndex = ids.account.decode(knownAccounts.marketingOptIn) ?? 0;

/** The known entries (`known-disclosures.ts`): what the seed makes true of them. */
function forcedOf(slot: number): Forced | undefined {
  const known = knownDisclosureIndex;
  switch (slot) {
    case known.authorityRequest:
      return {
        occasion: occasionNamed('Production order'),
        recipient: recipientIndexOf('rcp_6j1s8f'),
        account: lenaIndex,
        occurredDaysAgo: 41.3,
      };
    case known.withdrawnSince:
      return { occasion: occasionNamed("Seller's newsletter"), withdrawn: true };
    case known.correctedOriginal:
      return {
        occasion: occasionNamed('Fulfil the customer'),
        recipient: recipientIndexOf('rcp_7k2m9q'),
        account: lenaIndex,
        occurredDaysAgo: 97.6,
      };
    case known.deidentified:
      return {
        occasion: occasionNamed('De-identified trend research'),
        recipient: recipientIndexOf('rcp_6t9q7d'),
      };
    case known.crossBorder:
      return {
        occasion: occasionNamed('Fulfil the customer'),
        recipient: recipientIndexOf('rcp_2p6y8r'),
        account: lenaIndex,
        occurredDaysAgo: 15.2,
      };
    default:
      break;
  }
  const lenaSlot = known.accountEntries.indexOf(slot);
  if (lenaSlot >= 0) {
    const plan = [
      { occasion: occasionNamed("Seller's newsletter"), recipient: recipientIndexOf('rcp_3r8n1d') },
      { occasion: occasionNamed('Outlet offers'), recipient: recipientIndexOf('rcp_6k9d3w') },
      { occasion: occasionNamed('Deliver the parcel'), recipient: recipientIndexOf('rcp_7h3w9b') },
      { occasion: occasionNamed('Partner offers by email'), recipient: recipientIndexOf('rcp_1f4h3s') },
      { occasion: occasionNamed('Authorize and settle'), recipient: recipientIndexOf('rcp_9v1c8k') },
      { occasion: occasionNamed('Fulfil the customer'), recipient: recipientIndexOf('rcp_9m1h5t') },
    ];
    const chosen = plan[lenaSlot % plan.length];
    return chosen ? { ...chosen, account: lenaIndex } : undefined;
  }
  return undefined;
}

/**
 * The whole pack at once (Node, the seeding worker), over `accounts` (by default the packed
 * accounts of `seed`, built if need be).
 */
export function seedDisclosures(
  seed: number,
  anchor: number,
  accounts: AccountColumns = packedAccounts(seed),
): DisclosurePack {
  const steps = disclosureSeedSteps(seed, anchor, accounts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The pack built on the page's main thread without holding it for long: steps run until
 * `budgetMs` has passed, then the page gets a task of its own (a macrotask) before the next
 * slice. For when the seeding worker could not build it. Resolves with the pack; never rejects
 * unless the seed code throws.
 */
export async function seedDisclosuresInSlices(
  seed: number,
  anchor: number,
  budgetMs = 20,
): Promise<DisclosurePack> {
  const steps = disclosureSeedSteps(seed, anchor, packedAccounts(seed));
  for (;;) {
    const until = performance.now() + budgetMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
