import type { ConsentEvent } from '@/shared/contract/consent';
import {
  consentPurposesFor,
  crossBorderSafeguards,
  dataCategories,
  disclosureKinds,
  legalBases,
  type ConsentWithdrawnSince,
  type Disclosure,
  type DisclosureKind,
  type LegalBasis,
  type RecipientCategory,
  type RecipientTotals,
} from '@/shared/contract/disclosures';
import { isoAt } from '@mocks/clock';
import { accountCount } from '../accounts/seed';
import { ids } from '../ids';
import { knownDisclosureIndex } from '../known-disclosures';
import { Random, mixSeed } from '../random';
import { demoStaff } from '../staff';
import { categoriesOf, documentNames, recipients, requestReferenceFor } from './catalog';
import { allOccasions, binarySearch, flagCrossBorder, flagDeidentified, flagEncrypted, poolPurposes } from './seed';
import { disclosures, slotOfIn, type DisclosuresState } from './state';

/**
 * Reads of the disclosures family: one entry as the contract's record (built from the packed
 * columns and the entry's own seed), the filtered and sorted slots of `GET /disclosures` and its
 * CSV export, a recipient's totals, and `consentWithdrawnSince` from the accounts' consent logs.
 */

const recorders = [demoStaff.legal.id, demoStaff.legal2.id, demoStaff.dpo.id] as const;
const rowRandom = new Random(0);

function hex64(seed: number): string {
  let out = '';
  for (let part = 0; part < 8; part += 1) out += mixSeed(seed, part).toString(16).padStart(8, '0');
  return out;
}

/** The seeded entry in `slot` as the contract's record (`correctedBy` from the state). */
function seededRow(state: DisclosuresState, slot: number): Disclosure {
  const { pack } = state;
  const what = allOccasions[pack.occasion[slot] ?? 0];
  const recipient = recipients[pack.recipient[slot] ?? 0];
  if (!what || !recipient) throw new Error(`disclosures: bad slot ${String(slot)}`);
  const original = pack.corrects[slot] ?? -1;
  // A correction keeps the request's reference and documents: they are drawn from the original.
  const root = original >= 0 ? original : slot;
  const random = rowRandom.reseed(mixSeed(pack.seed ^ 0x0d15c105, root));
  const occurredMs = pack.anchor - (pack.occurred[slot] ?? 0) * 1000;
  const flags = pack.flags[slot] ?? 0;
  const accounts: string[] = [];
  for (let at = pack.accountStart[slot] ?? 0; at < (pack.accountStart[slot + 1] ?? 0); at += 1)
    accounts.push(ids.account.encode(pack.accounts[at] ?? 0));

  let requestReference: string | undefined;
  if (recipient.category === 'authority')
    requestReference = requestReferenceFor(recipient.country, new Date(occurredMs).getUTCFullYear(), random.int(100, 99_999));
  const documents: Disclosure['documents'] = [];
  if (what.documents) {
    const names =
      recipient.category === 'authority'
        ? documentNames.authority
        : recipient.category === 'acquirer'
          ? documentNames.acquisition
          : documentNames.agreement;
    const count = root === knownDisclosureIndex.authorityRequest ? 2 : random.int(what.documents[0], what.documents[1]);
    const first = random.int(0, names.length - 1);
    for (let k = 0; k < count; k += 1)
      documents.push({ name: names[(first + k) % names.length] ?? 'document.pdf', sha256: hex64(mixSeed(pack.seed, root * 8 + k)) });
  }
  const recordedBy = rowRandom.reseed(mixSeed(pack.seed ^ 0x7ec0bd, slot)).pick(recorders);
  return {
    id: ids.disclosure.encode(slot),
    occurredAt: isoAt(occurredMs),
    recordedAt: isoAt(pack.anchor - (pack.recorded[slot] ?? 0) * 1000),
    recordedBy,
    kind: disclosureKinds[pack.kind[slot] ?? 0] ?? 'share',
    recipient: { id: recipient.id, name: recipient.name, category: recipient.category, country: recipient.country },
    legalBasis: legalBases[pack.basis[slot] ?? 0] ?? 'contract',
    purpose: what.purpose,
    dataCategories: categoriesOf(pack.categories[slot] ?? 0),
    accountIds: accounts,
    subjectCount: pack.subjects[slot] ?? 0,
    deidentified: (flags & flagDeidentified) !== 0,
    encrypted: (flags & flagEncrypted) !== 0,
    ...((flags & flagCrossBorder) !== 0
      ? {
          crossBorder: {
            destinationCountry: recipient.country,
            safeguard: crossBorderSafeguards[pack.safeguard[slot] ?? 0] ?? 'standard_contract',
          },
        }
      : {}),
    ...(requestReference === undefined ? {} : { requestReference }),
    documents,
    ...(original >= 0 ? { corrects: ids.disclosure.encode(original) } : {}),
    correctedBy: [],
  };
}

function idOfSlot(state: DisclosuresState, slot: number): string {
  return slot < state.pack.count ? ids.disclosure.encode(slot) : (state.added[slot - state.pack.count]?.id ?? '');
}

/** The entry in `slot` as the contract's record, without `consentWithdrawnSince`. */
export function disclosureAt(state: DisclosuresState, slot: number): Disclosure {
  const base = slot < state.pack.count ? seededRow(state, slot) : state.added[slot - state.pack.count];
  if (!base) throw new Error(`disclosures: no slot ${String(slot)}`);
  const correctedBy = (state.correctedBy.get(slot) ?? []).map((other) => idOfSlot(state, other));
  return { ...base, correctedBy };
}

/** The entry with this id (`dis_…`), or undefined. */
export function findDisclosure(id: string): Disclosure | undefined {
  const state = disclosures.state();
  const slot = slotOfIn(state, id);
  return slot === undefined ? undefined : disclosureAt(state, slot);
}

/** The slot of an entry id, or undefined. */
export function disclosureSlotOf(id: string): number | undefined {
  return slotOfIn(disclosures.state(), id);
}

/** Whether the entry `id` is already corrected by another entry. */
export function isCorrected(id: string): boolean {
  const state = disclosures.state();
  const slot = slotOfIn(state, id);
  return slot !== undefined && (state.correctedBy.get(slot)?.length ?? 0) > 0;
}

// ---------------------------------------------------------------------------------------------
// consentWithdrawnSince

/** What `consentWithdrawnSinceOf` reads of the consent family (the handler passes it in). */
export interface ConsentReader {
  /** Consent events written at run time (withdrawals staff recorded), per account index, oldest first. */
  readonly written: ReadonlyMap<number, readonly ConsentEvent[]>;
  /** An account's whole log, seeded and written, oldest first: for accounts outside the seed's pool. */
  logOf(index: number): readonly ConsentEvent[];
}

interface Decision {
  readonly at: number;
  readonly granted: boolean;
}

/** The last granted / withdrawn / expired event of `purpose` in `log` (oldest first). */
function lastDecision(log: readonly ConsentEvent[], purpose: string): Decision | undefined {
  let last: Decision | undefined;
  for (const event of log) {
    if (event.purposeId === purpose && event.action !== 'reconsent_requested')
      last = { at: Date.parse(event.at), granted: event.action === 'granted' };
  }
  return last;
}

/**
 * For a `consent`-basis entry: each listed account whose consent for a purpose the entry needed
 * (`consentPurposesFor`) is no longer granted now, although it was at `occurredAt`, with the time
 * of the withdrawal or expiry that ended it (the latest decision). Accounts of the seed's consent
 * pool read their seeded log's last decision from the pack, merged with the events written at run
 * time; any other account's whole log comes from `reader.logOf`. Other bases: `undefined` (the
 * field is absent).
 */
export function consentWithdrawnSinceOf(entry: Disclosure, reader: ConsentReader): ConsentWithdrawnSince[] | undefined {
  if (entry.legalBasis !== 'consent') return undefined;
  const { pack } = disclosures.state();
  const purposes = consentPurposesFor(entry.recipient.category, entry.dataCategories);
  const occurred = Date.parse(entry.occurredAt);
  const out: ConsentWithdrawnSince[] = [];
  for (const accountId of entry.accountIds) {
    const index = ids.account.decode(accountId);
    if (index === undefined) continue;
    const place = binarySearch(pack.poolAccounts, index);
    const log = place < 0 ? reader.logOf(index) : undefined;
    for (const purposeId of purposes) {
      let last: Decision | undefined;
      if (log) last = lastDecision(log, purposeId);
      else {
        const column = place * poolPurposes.length + poolPurposes.indexOf(purposeId as (typeof poolPurposes)[number]);
        const ago = pack.poolLastAgo[column] ?? Number.NaN;
        if (!Number.isNaN(ago)) last = { at: pack.anchor - ago, granted: pack.poolLastGranted[column] === 1 };
        const written = lastDecision(reader.written.get(index) ?? [], purposeId);
        if (written && (!last || written.at >= last.at)) last = written;
      }
      if (last && !last.granted && last.at > occurred)
        out.push({ accountId, purposeId, withdrawnAt: isoAt(last.at) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists

/** Parsed filters of `GET /disclosures` and its export (`from`/`to` in ms, inclusive). */
export interface DisclosureFilters {
  recipientId?: string | undefined;
  recipientCategory?: RecipientCategory | undefined;
  kind?: DisclosureKind | undefined;
  legalBasis?: LegalBasis | undefined;
  accountIndex?: number | undefined;
  crossBorder?: boolean | undefined;
  from?: number | undefined;
  to?: number | undefined;
  q?: string | undefined;
}

export type DisclosureSortKey = 'occurredAt' | 'recordedAt' | 'subjectCount';

const tieSpan = 131_072;

function sortValue(state: DisclosuresState, slot: number, field: DisclosureSortKey): number {
  const { pack } = state;
  if (slot < pack.count) {
    if (field === 'subjectCount') return pack.subjects[slot] ?? 0;
    const ago = (field === 'occurredAt' ? pack.occurred[slot] : pack.recorded[slot]) ?? 0;
    return Math.floor((pack.anchor - ago * 1000) / 1000);
  }
  const entry = state.added[slot - pack.count];
  if (!entry) return 0;
  if (field === 'subjectCount') return entry.subjectCount;
  return Math.floor(Date.parse(field === 'occurredAt' ? entry.occurredAt : entry.recordedAt) / 1000);
}

/**
 * Every slot in ascending order of `field`; equal values by slot, so a page never shows a row
 * twice. Built with one native sort of packed `value · 2^17 + slot` keys and cached until the next
 * added entry.
 */
function orderOf(state: DisclosuresState, field: DisclosureSortKey): Int32Array {
  let order = state.orders.get(field);
  if (!order) {
    const total = state.pack.count + state.added.length;
    const keys = new Float64Array(total);
    for (let slot = 0; slot < total; slot += 1) keys[slot] = sortValue(state, slot, field) * tieSpan + slot;
    keys.sort();
    order = new Int32Array(total);
    for (let k = 0; k < total; k += 1) order[k] = (keys[k] ?? 0) % tieSpan;
    state.orders.set(field, order);
  }
  return order;
}

function bump(array: Int32Array, at: number): void {
  array[at] = (array[at] ?? 0) + 1;
}

/**
 * The slots naming `account`, ascending. On first use one pass builds the index over every slot
 * (two typed arrays: per account its first place in the second, which holds slots account by
 * account), kept until an entry is added.
 */
function slotsOfAccount(state: DisclosuresState, account: number): Int32Array {
  if (!state.byAccount) {
    const { pack } = state;
    const addedIndices = state.added.map((entry) =>
      entry.accountIds.flatMap((id) => {
        const index = ids.account.decode(id);
        return index !== undefined && index < accountCount ? [index] : [];
      }),
    );
    const starts = new Int32Array(accountCount + 1);
    const total = pack.accountStart[pack.count] ?? 0;
    for (let at = 0; at < total; at += 1) bump(starts, (pack.accounts[at] ?? 0) + 1);
    for (const indices of addedIndices) for (const index of indices) bump(starts, index + 1);
    for (let index = 0; index < accountCount; index += 1) starts[index + 1] = (starts[index + 1] ?? 0) + (starts[index] ?? 0);
    const fill = starts.slice(0, accountCount);
    const slots = new Int32Array(starts[accountCount] ?? 0);
    const place = (index: number, slot: number): void => {
      slots[fill[index] ?? 0] = slot;
      bump(fill, index);
    };
    for (let slot = 0; slot < pack.count; slot += 1) {
      for (let at = pack.accountStart[slot] ?? 0; at < (pack.accountStart[slot + 1] ?? 0); at += 1)
        place(pack.accounts[at] ?? 0, slot);
    }
    addedIndices.forEach((indices, k) => {
      for (const index of indices) place(index, pack.count + k);
    });
    state.byAccount = { starts, slots };
  }
  const { starts, slots } = state.byAccount;
  return slots.subarray(starts[account] ?? 0, starts[account + 1] ?? 0);
}

function matcher(state: DisclosuresState, filters: DisclosureFilters): (slot: number) => boolean {
  const { pack } = state;
  const recipientWanted = filters.recipientId === undefined ? -1 : recipients.findIndex((r) => r.id === filters.recipientId);
  const categoryWanted = filters.recipientCategory;
  const kindWanted = filters.kind === undefined ? -1 : disclosureKinds.indexOf(filters.kind);
  const basisWanted = filters.legalBasis === undefined ? -1 : legalBases.indexOf(filters.legalBasis);
  // occurredAt = anchor − ago · 1000 ms, ago in whole seconds: occurredAt ≥ from ⇔ ago ≤ ⌊(anchor − from) / 1000⌋,
  // occurredAt ≤ to ⇔ ago ≥ ⌈(anchor − to) / 1000⌉.
  const maxAgo = filters.from === undefined ? Infinity : Math.floor((pack.anchor - filters.from) / 1000);
  const minAgo = filters.to === undefined ? -Infinity : Math.ceil((pack.anchor - filters.to) / 1000);
  const q = filters.q?.toLowerCase();
  const recipientHit = recipients.map((r) => q !== undefined && q !== '' && r.name.toLowerCase().includes(q));
  const occasionHit = allOccasions.map((o) => q !== undefined && q !== '' && o.purpose.toLowerCase().includes(q));
  const idSlot = filters.q ? slotOfIn(state, filters.q) : undefined;

  return (slot) => {
    if (slot >= pack.count) {
      const entry = state.added[slot - pack.count];
      if (!entry) return false;
      const at = Date.parse(entry.occurredAt);
      return (
        (filters.recipientId === undefined || entry.recipient.id === filters.recipientId) &&
        (categoryWanted === undefined || entry.recipient.category === categoryWanted) &&
        (filters.kind === undefined || entry.kind === filters.kind) &&
        (filters.legalBasis === undefined || entry.legalBasis === filters.legalBasis) &&
        (filters.crossBorder === undefined || (entry.crossBorder !== undefined) === filters.crossBorder) &&
        (filters.from === undefined || at >= filters.from) &&
        (filters.to === undefined || at <= filters.to) &&
        (filters.accountIndex === undefined ||
          entry.accountIds.includes(ids.account.encode(filters.accountIndex))) &&
        (q === undefined ||
          q === '' ||
          idSlot === slot ||
          entry.recipient.name.toLowerCase().includes(q) ||
          entry.purpose.toLowerCase().includes(q))
      );
    }
    const recipient = pack.recipient[slot] ?? 0;
    if (recipientWanted >= 0 && recipient !== recipientWanted) return false;
    if (categoryWanted !== undefined && recipients[recipient]?.category !== categoryWanted) return false;
    if (kindWanted >= 0 && pack.kind[slot] !== kindWanted) return false;
    if (basisWanted >= 0 && pack.basis[slot] !== basisWanted) return false;
    if (filters.crossBorder !== undefined && (((pack.flags[slot] ?? 0) & flagCrossBorder) !== 0) !== filters.crossBorder)
      return false;
    const ago = pack.occurred[slot] ?? 0;
    if (ago > maxAgo || ago < minAgo) return false;
    if (q !== undefined && q !== '' && idSlot !== slot && !recipientHit[recipient] && !occasionHit[pack.occasion[slot] ?? 0])
      return false;
    return true;
  };
}

/**
 * The slots matching `filters`, in the order of `sort` (default `occurredAt:desc`): what a page of
 * `GET /disclosures` slices and the export writes in full. With an account, only its entries are
 * read (the account index); otherwise one pass over the cached order.
 */
export function matchingSlots(
  filters: DisclosureFilters,
  sort: { field: DisclosureSortKey; direction: 'asc' | 'desc' } = { field: 'occurredAt', direction: 'desc' },
): Int32Array {
  const state = disclosures.state();
  const match = matcher(state, filters);
  const out: number[] = [];
  if (filters.accountIndex !== undefined) {
    const slots = Array.from(slotsOfAccount(state, filters.accountIndex)).filter(match);
    const sign = sort.direction === 'asc' ? 1 : -1;
    slots.sort((a, b) => sign * (sortValue(state, a, sort.field) - sortValue(state, b, sort.field) || a - b));
    return Int32Array.from(slots);
  }
  const order = orderOf(state, sort.field);
  if (sort.direction === 'asc') {
    for (const slot of order) if (match(slot)) out.push(slot);
  } else {
    for (let k = order.length - 1; k >= 0; k -= 1) {
      const slot = order[k] ?? 0;
      if (match(slot)) out.push(slot);
    }
  }
  return Int32Array.from(out);
}

/** The family's state, for building rows of matched slots. */
export function disclosuresState(): DisclosuresState {
  return disclosures.state();
}

/** Whether an account index names a seeded account. */
export function isAccountIndex(index: number | undefined): index is number {
  return index !== undefined && index < accountCount;
}

// ---------------------------------------------------------------------------------------------
// Totals

/**
 * `GET /recipients/{id}/totals` over every entry naming the recipient (corrections included):
 * entries, summed `subjectCount`, the latest `occurredAt`, and non-zero counts per legal basis and
 * data category in the contract's order. `undefined` for an unknown recipient.
 */
export function recipientTotals(recipientId: string): RecipientTotals | undefined {
  const wanted = recipients.findIndex((r) => r.id === recipientId);
  if (wanted < 0) return undefined;
  const state = disclosures.state();
  const { pack } = state;
  const byBasis = new Array<number>(legalBases.length).fill(0);
  const byCategory = new Array<number>(dataCategories.length).fill(0);
  let entries = 0;
  let subjects = 0;
  let latest = -Infinity;
  for (let slot = 0; slot < pack.count; slot += 1) {
    if (pack.recipient[slot] !== wanted) continue;
    entries += 1;
    subjects += pack.subjects[slot] ?? 0;
    latest = Math.max(latest, pack.anchor - (pack.occurred[slot] ?? 0) * 1000);
    byBasis[pack.basis[slot] ?? 0] = (byBasis[pack.basis[slot] ?? 0] ?? 0) + 1;
    const bits = pack.categories[slot] ?? 0;
    for (let bit = 0; bit < dataCategories.length; bit += 1) if (bits & (1 << bit)) byCategory[bit] = (byCategory[bit] ?? 0) + 1;
  }
  for (const entry of state.added) {
    if (entry.recipient.id !== recipientId) continue;
    entries += 1;
    subjects += entry.subjectCount;
    latest = Math.max(latest, Date.parse(entry.occurredAt));
    const b = legalBases.indexOf(entry.legalBasis);
    byBasis[b] = (byBasis[b] ?? 0) + 1;
    for (const category of entry.dataCategories) {
      const c = dataCategories.indexOf(category);
      byCategory[c] = (byCategory[c] ?? 0) + 1;
    }
  }
  return {
    recipientId,
    entries,
    subjects,
    lastOccurredAt: Number.isFinite(latest) ? isoAt(latest) : null,
    byLegalBasis: legalBases.flatMap((legalBasis, k) => ((byBasis[k] ?? 0) > 0 ? [{ legalBasis, entries: byBasis[k] ?? 0 }] : [])),
    byDataCategory: dataCategories.flatMap((dataCategory, k) =>
      (byCategory[k] ?? 0) > 0 ? [{ dataCategory, entries: byCategory[k] ?? 0 }] : [],
    ),
  };
}
