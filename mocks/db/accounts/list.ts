import {
  accountStatuses,
  type AccountSortField,
  type AccountStatus,
  type AccountSummary,
} from '@/shared/contract/accounts';
import type { Page, SortDirection } from '@/shared/contract/common';
import { marketCodes, markets, searchFold, type MarketCode } from './markets';
import { anonymizedName, searchText, sortedIndices, statusCode, tieSpan, type PackedAccounts } from './seed';
import { ids } from '../ids';
import { accountSummary } from './queries';
import { type AccountsState, type OpenAlertCounts, accounts } from './state';

/**
 * `GET /accounts` over the packed columns: the search scan, the filters, the sorts (counting sorts
 * and cached full orders) and the page; only the rows of the page become objects.
 */

export const accountCountries: readonly MarketCode[] = marketCodes;

export interface AccountListQuery {
  q?: string | undefined;
  status?: AccountStatus | undefined;
  country?: MarketCode | undefined;
  riskMin?: number | undefined;
  sort: { field: AccountSortField; direction: SortDirection };
  page: number;
  pageSize: number;
  /** Every account's open alerts: the rows' `openAlertCount` and the `openAlertCount` sort. */
  openAlerts: OpenAlertCounts;
}

/** Above this many matches the cached full order is walked instead of sorting the matches. */
const sortMatchesUpTo = 4000;

const accountIdPattern = /^acc_[0-9a-z]{6}$/;
const phoneQuery = /^\+?[\d\s()./-]+$/;
const statusRank = (() => {
  const byName = [...accountStatuses].sort();
  return accountStatuses.map((status) => byName.indexOf(status));
})();

let nameRanks: { given: Uint16Array[]; family: Uint16Array[]; anonymized: number; size: number } | undefined;

/** Rank of every name part across the markets, so sorting by name compares small numbers. */
function rankedNames(): NonNullable<typeof nameRanks> {
  if (!nameRanks) {
    const parts = new Set<string>([anonymizedName]);
    for (const market of markets) {
      for (const name of [...market.givenNames, ...market.familyNames]) parts.add(name.display);
    }
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const rank = new Map([...parts].sort(collator.compare).map((name, index) => [name, index]));
    const ranksOf = (names: readonly { display: string }[]) =>
      Uint16Array.from(names, (name) => rank.get(name.display) ?? 0);
    nameRanks = {
      given: markets.map((market) => ranksOf(market.givenNames)),
      family: markets.map((market) => ranksOf(market.familyNames)),
      anonymized: rank.get(anonymizedName) ?? 0,
      size: rank.size,
    };
  }
  return nameRanks;
}

/** The name as two ranks, in the order it is shown ("王伟": family first; "Lena Hoffmann": given first). */
function nameKeys(state: AccountsState, index: number): [number, number] {
  const { packed } = state;
  const ranks = rankedNames();
  if (accountStatuses[packed.status[index] ?? 0] === 'anonymized') return [ranks.anonymized, 0];
  const market = packed.market[index] ?? 0;
  const given = ranks.given[market]?.[packed.given[index] ?? 0] ?? 0;
  const family = ranks.family[market]?.[packed.family[index] ?? 0] ?? 0;
  return markets[market]?.order === 'family-first' ? [family, given] : [given, family];
}

function sortKey(
  state: AccountsState,
  field: AccountSortField,
  index: number,
  openAlerts: OpenAlertCounts,
): number {
  const { packed } = state;
  switch (field) {
    case 'id':
      return ids.account.order(index);
    case 'name': {
      const [first, second] = nameKeys(state, index);
      return first * 65_536 + second;
    }
    case 'status':
      return statusRank[state.status[index] ?? 0] ?? 0;
    case 'country':
      return packed.market[index] ?? 0;
    case 'createdAt':
      return -(packed.createdAgo[index] ?? 0);
    case 'lastSeenAt':
      return -(packed.lastSeenAgo[index] ?? 0);
    case 'riskScore':
      return packed.riskScore[index] ?? 0;
    case 'openAlertCount':
      return openAlerts(index);
  }
}

/** Sorts a few indices by one field (ties by index), through composite `key · 2^17 + index` numbers. */
function sortIndices(
  state: AccountsState,
  field: AccountSortField,
  indices: ArrayLike<number>,
  openAlerts: OpenAlertCounts,
): Int32Array {
  const keys = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i += 1) {
    const index = indices[i] ?? 0;
    keys[i] = sortKey(state, field, index, openAlerts) * tieSpan + index;
  }
  return sortedIndices(keys);
}

/**
 * A counting sort of `order` (every index, or the order of an earlier pass) by small keys: O(n)
 * and stable, so ties keep the earlier order — index order on the first pass.
 */
function countingSort(keys: ArrayLike<number>, range: number, order: Int32Array | null): Int32Array {
  const count = keys.length;
  const starts = new Int32Array(range + 1);
  for (let i = 0; i < count; i += 1) starts[(keys[i] ?? 0) + 1] = (starts[(keys[i] ?? 0) + 1] ?? 0) + 1;
  for (let k = 1; k <= range; k += 1) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0);
  const sorted = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const index = order ? (order[i] ?? 0) : i;
    const key = keys[index] ?? 0;
    const at = starts[key] ?? 0;
    sorted[at] = index;
    starts[key] = at + 1;
  }
  return sorted;
}

/** Every account in `field` order, ascending, ties by index. */
function buildOrder(state: AccountsState, field: AccountSortField, openAlerts: OpenAlertCounts): Int32Array {
  const { packed } = state;
  const count = packed.count;
  switch (field) {
    case 'status': {
      const keys = new Uint8Array(count);
      for (let i = 0; i < count; i += 1) keys[i] = statusRank[state.status[i] ?? 0] ?? 0;
      return countingSort(keys, accountStatuses.length, null);
    }
    case 'country':
      return countingSort(packed.market, markets.length, null);
    case 'riskScore':
      return countingSort(packed.riskScore, 101, null);
    case 'openAlertCount': {
      const keys = new Uint16Array(count);
      for (let i = 0; i < count; i += 1) keys[i] = Math.min(65_535, openAlerts(i));
      let range = 0;
      for (let i = 0; i < count; i += 1) range = Math.max(range, keys[i] ?? 0);
      return countingSort(keys, range + 1, null);
    }
    case 'name': {
      // Two stable passes: by the second name part, then by the first (a radix sort on ranks).
      const ranks = rankedNames();
      const first = new Uint16Array(count);
      const second = new Uint16Array(count);
      const anonymized = statusCode.anonymized;
      for (let i = 0; i < count; i += 1) {
        if (packed.status[i] === anonymized) {
          first[i] = ranks.anonymized;
          continue;
        }
        const market = packed.market[i] ?? 0;
        const given = ranks.given[market]?.[packed.given[i] ?? 0] ?? 0;
        const family = ranks.family[market]?.[packed.family[i] ?? 0] ?? 0;
        const familyFirst = markets[market]?.order === 'family-first';
        first[i] = familyFirst ? family : given;
        second[i] = familyFirst ? given : family;
      }
      const size = ranks.size;
      return countingSort(first, size, countingSort(second, size, null));
    }
    case 'id':
    case 'createdAt':
    case 'lastSeenAt': {
      const all = new Int32Array(count);
      for (let i = 0; i < count; i += 1) all[i] = i;
      return sortIndices(state, field, all, openAlerts);
    }
  }
}

/** Fields whose full order takes a comparison sort (~10 ms): kept once built. */
const cachedOrders: readonly AccountSortField[] = ['id', 'createdAt', 'lastSeenAt'];

function fullOrder(state: AccountsState, field: AccountSortField, openAlerts: OpenAlertCounts): Int32Array {
  if (!cachedOrders.includes(field)) return buildOrder(state, field, openAlerts);
  const cached = state.orders.get(field);
  if (cached) return cached;
  const order = buildOrder(state, field, openAlerts);
  state.orders.set(field, order);
  return order;
}

/**
 * The line holding `position`, knowing it is line `from` or later: a galloping search, since a
 * scan's hits come in ascending order and mostly a few lines apart.
 */
function lineOf(lineStarts: Int32Array, from: number, position: number): number {
  const last = lineStarts.length - 2;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high <= last && (lineStarts[high] ?? 0) <= position) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, last + 1) - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Lines of `text` that contain `needle`, once each, ascending. */
function scan(text: string, lineStarts: Int32Array, needle: string, out: number[]): void {
  let line = 0;
  for (let position = text.indexOf(needle); position >= 0;) {
    line = lineOf(lineStarts, line, position);
    out.push(line);
    position = text.indexOf(needle, lineStarts[line + 1] ?? text.length);
  }
}

function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 255) return false;
  return true;
}

/**
 * Accounts matching `q`, ascending (API.md "Accounts"): the id exactly (`acc_…`), else the name,
 * email or phone by substring, folded on both sides by `searchFold` (case, accents, width, runs of
 * spaces). A query of digits and phone punctuation ("+86 138-1234", "07700 900123") also matches
 * the phone's digits, and without its leading trunk or international zeros the number stored with
 * its country code; names in Chinese or Japanese script match in that script too.
 */
function matches(packed: PackedAccounts, q: string): number[] {
  const needle = searchFold(q);
  if (accountIdPattern.test(needle)) {
    const index = ids.account.decode(needle);
    return index !== undefined && index < packed.count ? [index] : [];
  }
  const found: number[] = [];
  let scans = 0;
  if (isLatin1(needle)) {
    scan(searchText(packed), packed.lineStart, needle, found);
    scans += 1;
    if (phoneQuery.test(needle)) {
      const digits = needle.replace(/\D/g, '');
      const national = digits.replace(/^0+/, '');
      for (const number of new Set([digits, national])) {
        if (number.length === 0 || number === needle) continue;
        scan(searchText(packed), packed.lineStart, number, found);
        scans += 1;
      }
    }
  } else {
    const lines: number[] = [];
    scan(packed.nativeNames, packed.nativeLineStart, needle, lines);
    for (const line of lines) found.push(packed.nativeAccount[line] ?? 0);
  }
  if (scans <= 1) return found;
  found.sort((a, b) => a - b);
  return found.filter((index, i) => i === 0 || found[i - 1] !== index);
}

/** `GET /accounts`: matching, filtering, sorting and paging over the packed columns; unmasked rows. */
export function listAccounts(query: AccountListQuery): Page<AccountSummary> {
  const state = accounts.state();
  const { packed } = state;
  const status = query.status === undefined ? -1 : statusCode[query.status];
  const country = query.country === undefined ? -1 : marketCodes.indexOf(query.country);
  const riskMin = query.riskMin ?? 0;
  const keep = (index: number): boolean =>
    (status < 0 || state.status[index] === status) &&
    (country < 0 || packed.market[index] === country) &&
    (packed.riskScore[index] ?? 0) >= riskMin;

  const q = searchFold(query.q ?? '');
  const found = q === '' ? null : matches(packed, q);
  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const descending = query.sort.direction === 'desc';
  const page: number[] = [];
  let total = 0;

  if (found !== null && found.length <= sortMatchesUpTo) {
    const kept = found.filter(keep);
    const order = sortIndices(state, query.sort.field, kept, query.openAlerts);
    total = order.length;
    for (let i = start; i < Math.min(end, total); i += 1) {
      const index = order[descending ? total - 1 - i : i];
      if (index !== undefined) page.push(index);
    }
  } else {
    const order = fullOrder(state, query.sort.field, query.openAlerts);
    const { marks } = state;
    if (found) for (const index of found) marks[index] = 1;
    const count = order.length;
    for (let i = 0; i < count; i += 1) {
      const index = order[descending ? count - 1 - i : i] ?? 0;
      if ((found && marks[index] !== 1) || !keep(index)) continue;
      if (total >= start && total < end) page.push(index);
      total += 1;
    }
    if (found) for (const index of found) marks[index] = 0;
  }
  return {
    items: page.map((index) => accountSummary(index, query.openAlerts)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
