import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentEvent } from '@/shared/contract/consent';
import {
  crossBorderSafeguards,
  disclosureSchema,
  type CreateDisclosureRequest,
  type Disclosure,
} from '@/shared/contract/disclosures';
import { day } from '@mocks/clock';
import { ids } from '@mocks/db/ids';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { pinClock } from '@mocks/scenarios/clock';
import { recipients } from './catalog';
import { consentWithdrawnSinceOf, disclosureAt } from './queries';
import { disclosureRuleErrors } from './rules';
import { accountCountry, generatedConsentLog, seededEntryCount } from './seed';
import { warmDisclosures } from './state';

/**
 * The seeded ledger is one a legal team could defend: the proportions of a real one, and every
 * entry passes the same rules `POST /disclosures` enforces — consent-basis entries against the
 * named accounts' own consent logs at `occurredAt`.
 */

const now = '2026-11-25T09:00:00Z';
let rows: Disclosure[] = [];
/** The anchor the rows were built at (each test after the first runs on a reset database). */
let anchor = 0;
let seed = 0;
const logs = new Map<number, ConsentEvent[]>();

function logOf(index: number): ConsentEvent[] {
  let log = logs.get(index);
  if (!log) {
    log = generatedConsentLog(seed, anchor, index);
    logs.set(index, log);
  }
  return log;
}

function grantedIn(log: readonly ConsentEvent[], purpose: string, at: number): boolean {
  let granted = false;
  for (const event of log) {
    if (Date.parse(event.at) > at) break;
    if (event.purposeId === purpose && event.action !== 'reconsent_requested') granted = event.action === 'granted';
  }
  return granted;
}

function asRequest(entry: Disclosure): CreateDisclosureRequest {
  return {
    occurredAt: entry.occurredAt,
    kind: entry.kind,
    recipientId: entry.recipient.id,
    legalBasis: entry.legalBasis,
    purpose: entry.purpose,
    dataCategories: entry.dataCategories,
    accountIds: entry.accountIds,
    subjectCount: entry.subjectCount,
    deidentified: entry.deidentified,
    encrypted: entry.encrypted,
    ...(entry.crossBorder ? { crossBorder: entry.crossBorder } : {}),
    ...(entry.requestReference === undefined ? {} : { requestReference: entry.requestReference }),
    documents: entry.documents,
  };
}

function count(predicate: (entry: Disclosure) => boolean): number {
  return rows.reduce((sum, entry) => sum + (predicate(entry) ? 1 : 0), 0);
}

beforeAll(() => {
  pinClock(now);
  const state = warmDisclosures();
  anchor = state.pack.anchor;
  seed = state.pack.seed;
  rows = Array.from({ length: state.pack.count }, (_, slot) => disclosureAt(state, slot));
});

describe('the seeded ledger', () => {
  it('holds at least 50,000 contract records over the three years before the anchor', () => {
    expect(rows.length).toBe(seededEntryCount);
    expect(rows.length).toBeGreaterThanOrEqual(50_000);
    for (const entry of rows.filter((_, slot) => slot % 97 === 0)) disclosureSchema.parse(entry);
    for (const entry of rows) {
      const at = Date.parse(entry.occurredAt);
      expect(at).toBeLessThanOrEqual(anchor);
      expect(at).toBeGreaterThanOrEqual(anchor - 3 * 365 * day);
      expect(Date.parse(entry.recordedAt)).toBeGreaterThanOrEqual(at);
    }
  });

  it('has the proportions of a real ledger', () => {
    const total = rows.length;
    const sellerOrPartner = count((entry) =>
      ['seller', 'authorized_partner'].includes(entry.recipient.category) &&
      ['contract', 'consent'].includes(entry.legalBasis),
    );
    expect(sellerOrPartner / total).toBeGreaterThan(0.75);
    const affiliates = count((entry) => entry.recipient.category === 'affiliate');
    expect(affiliates / total).toBeGreaterThan(0.05);
    expect(affiliates / total).toBeLessThan(0.2);
    const authority = count((entry) => entry.recipient.category === 'authority' && entry.corrects === undefined);
    expect(authority).toBeGreaterThanOrEqual(200);
    expect(authority).toBeLessThan(1_000);
    expect(count((entry) => entry.legalBasis === 'merger_acquisition')).toBe(1);
    const acquisition = rows.find((entry) => entry.legalBasis === 'merger_acquisition');
    expect(acquisition).toMatchObject({ kind: 'transfer', recipient: { category: 'acquirer' } });
    const publicOnes = count((entry) => entry.kind === 'public_disclosure');
    expect(publicOnes).toBeGreaterThanOrEqual(3);
    expect(publicOnes).toBeLessThanOrEqual(12);
    expect(count((entry) => entry.deidentified)).toBeGreaterThan(50);
    const abroad = rows.filter((entry) => entry.crossBorder);
    expect(abroad.length / total).toBeGreaterThan(0.03);
    expect(abroad.length / total).toBeLessThan(0.2);
    for (const safeguard of crossBorderSafeguards)
      expect(abroad.some((entry) => entry.crossBorder?.safeguard === safeguard), safeguard).toBe(true);
    const corrections = rows.filter((entry) => entry.corrects !== undefined);
    expect(corrections.length).toBeGreaterThanOrEqual(200);
    for (const correction of corrections) {
      const original = rows[ids.disclosure.decode(correction.corrects ?? '') ?? -1];
      expect(original?.correctedBy).toEqual([correction.id]);
      expect(Date.parse(correction.recordedAt)).toBeGreaterThan(Date.parse(original?.recordedAt ?? ''));
    }
    const categories = new Set(rows.map((entry) => entry.recipient.id));
    expect(categories.size).toBe(recipients.length);
  });

  it('breaks none of the rules POST /disclosures enforces, consent included', () => {
    const countries = new Map<string, string>();
    const broken: string[] = [];
    for (const entry of rows) {
      const recipient = recipients.find((candidate) => candidate.id === entry.recipient.id);
      const errors = disclosureRuleErrors(asRequest(entry), {
        now: anchor,
        recipient,
        countryOf: (accountId) => {
          let country = countries.get(accountId);
          if (country === undefined) {
            country = accountCountry(seed, ids.account.decode(accountId) ?? 0);
            countries.set(accountId, country);
          }
          return country;
        },
        grantedAt: (accountId, purpose, at) => grantedIn(logOf(ids.account.decode(accountId) ?? 0), purpose, at),
      });
      if (errors.length > 0) broken.push(`${entry.id}: ${errors.map((error) => `${error.field} ${error.message}`).join(' | ')}`);
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('some consent-basis entries name accounts that withdrew the consent since', () => {
    const consent = rows.filter((entry) => entry.legalBasis === 'consent');
    const withdrawn = consent.filter((entry) => (consentWithdrawnSinceOf(entry, { written: new Map(), logOf })?.length ?? 0) > 0);
    expect(withdrawn.length).toBeGreaterThan(100);
    expect(withdrawn.length).toBeLessThan(consent.length);
  });

  it('the seeded audit log records entries that exist', () => {
    const recorded = queryAuditLog({ action: 'disclosure.record', direction: 'desc', page: 1, pageSize: 200 });
    expect(recorded.total).toBeGreaterThan(0);
    for (const event of recorded.items) {
      const slot = ids.disclosure.decode(event.targetId) ?? Infinity;
      expect(slot).toBeLessThan(rows.length);
      expect(event.summary).toContain(event.targetId);
    }
  });
});
