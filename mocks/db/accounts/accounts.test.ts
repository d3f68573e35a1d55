import { describe, expect, it } from 'vitest';
import { accountSchema, accountSummarySchema } from '@/shared/contract/accounts';
import { consentEventSchema, purposeIds } from '@/shared/contract/consent';
import { day } from '@mocks/clock';
import { resetDb } from '@mocks/db/database';
import { pinClock } from '@mocks/scenarios/clock';
import { listAccounts as listWith, type AccountListQuery } from './list';
import { accountActivity, accountDetail as detailWith, accountSummary as summaryWith } from './queries';
import { accountIndexOf, type OpenAlertCounts } from './state';
import {
  accountCount,
  adoptPackedAccounts,
  packedAccounts,
  searchText,
  seedAccountsSlice,
} from './seed';
import { purposes } from '../consent-purposes';
import { consentLog, currentConsents } from '../consent';
import { ids } from '../ids';
import { knownAccountTraits, knownAccounts } from '../known-accounts';
import { maskEmail, maskIp, maskMac, maskPhone, maskSearchTerm } from '../masking';
import { labelOf, noticeTextFor, policyVersions, versionIndexOf } from '../policy-versions';

const now = '2026-11-25T09:00:00Z';

// The accounts family on its own: the alerts family (which counts open alerts) is not asked here.
const noOpenAlerts: OpenAlertCounts = () => 0;
const accountSummary = (index: number) => summaryWith(index, noOpenAlerts);
const accountDetail = (index: number) => detailWith(index, noOpenAlerts);
const listAccounts = (query: Omit<AccountListQuery, 'openAlerts'>) =>
  listWith({ ...query, openAlerts: noOpenAlerts });

function indexOf(id: string): number {
  const index = accountIndexOf(id);
  if (index === undefined) throw new Error(`no account ${id}`);
  return index;
}

describe('account seed', () => {
  it('is the same for the same seed and clock (account 12345), and differs for another seed', () => {
    pinClock(now);
    resetDb({ seed: 7 });
    const first = {
      detail: accountDetail(12345),
      consent: consentLog(12345),
      activity: accountActivity(12345, { page: 1, pageSize: 200 }),
    };
    resetDb({ seed: 7 });
    expect(accountDetail(12345)).toEqual(first.detail);
    expect(consentLog(12345)).toEqual(first.consent);
    expect(accountActivity(12345, { page: 1, pageSize: 200 })).toEqual(first.activity);
    resetDb({ seed: 8 });
    expect(accountDetail(12345)).not.toEqual(first.detail);
  });

  it('builds the same packed seed in idle slices as in one go', () => {
    const whole = packedAccounts(31);
    packedAccounts(32);
    let slices = 0;
    while (!seedAccountsSlice(31, () => false)) slices += 1;
    const sliced = packedAccounts(31);
    expect(slices).toBeGreaterThan(100);
    // Not through toBe/toEqual: vitest compares and formats the 100,000-long columns for seconds.
    expect(sliced === whole).toBe(false);
    const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      a.length === b.length && Array.prototype.every.call(a, (value, i) => value === b[i]);
    expect(searchText(sliced)).toBe(searchText(whole));
    expect(sliced.nativeNames).toBe(whole.nativeNames);
    for (const column of ['lineStart', 'createdAgo', 'status', 'lastSeenOrder'] as const)
      expect(same(sliced[column], whole[column]), column).toBe(true);
  });

  it('answers the same from a seed built elsewhere and copied in (the browser seeds in a worker)', () => {
    pinClock(now);
    const queries = [
      { sort: { field: 'lastSeenAt', direction: 'desc' }, page: 1, pageSize: 25 },
      { q: 'chloé', sort: { field: 'name', direction: 'asc' }, page: 1, pageSize: 25 },
      { status: 'locked', sort: { field: 'createdAt', direction: 'asc' }, page: 3, pageSize: 25 },
    ] as const;
    resetDb({ seed: 41 });
    const built = queries.map((query) => listAccounts(query));
    const copy = structuredClone(packedAccounts(41));
    packedAccounts(42);
    expect(adoptPackedAccounts(copy)).toBe(true);
    resetDb({ seed: 41 });
    expect(queries.map((query) => listAccounts(query))).toEqual(built);
    expect(packedAccounts(41) === copy).toBe(true);
    // A seed built here already is kept: a late copy changes nothing.
    expect(adoptPackedAccounts(structuredClone(copy))).toBe(false);
    expect(packedAccounts(41) === copy).toBe(true);
  });

  it('sorts the default view by last sign-in, newest first, from the order that comes with the seed', () => {
    pinClock(now);
    resetDb();
    const page = listAccounts({ sort: { field: 'lastSeenAt', direction: 'desc' }, page: 1, pageSize: 200 });
    const times = page.items.map((account) => Date.parse(account.lastSeenAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('holds 100,000 contract-valid accounts with unique emails', () => {
    pinClock(now);
    const page = listAccounts({ sort: { field: 'id', direction: 'asc' }, page: 1, pageSize: 200 });
    expect(page.total).toBe(accountCount);
    for (const account of page.items) expect(accountSummarySchema.safeParse(account).success).toBe(true);
    const sample = Array.from({ length: 300 }, (_, n) => accountDetail(n * 331));
    for (const account of sample) expect(accountSchema.safeParse(account).success).toBe(true);
    const mailExample = listAccounts({
      q: '@mail.example',
      sort: { field: 'id', direction: 'asc' },
      page: 1,
      pageSize: 200,
    });
    const emails = mailExample.items.map((account) => account.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('dates every account from the pinned clock: created within six years, seen after creation', () => {
    for (const clockAt of [now, '2031-03-02T16:30:00Z']) {
      pinClock(clockAt);
      resetDb();
      const pinned = Date.parse(clockAt);
      for (let n = 0; n < 200; n += 1) {
        const account = accountSummary(n * 499);
        const created = Date.parse(account.createdAt);
        const seen = Date.parse(account.lastSeenAt);
        expect(created).toBeGreaterThan(pinned - 6 * 366 * day);
        expect(created).toBeLessThanOrEqual(seen);
        expect(seen).toBeLessThanOrEqual(pinned);
      }
      const heavy = accountActivity(indexOf(knownAccounts.heavyHistory), { page: 1, pageSize: 1 });
      expect(Date.parse(heavy.items[0]?.at ?? '')).toBeGreaterThan(pinned - day);
    }
  });

  it('mixes statuses (mostly active), markets and low risk scores', () => {
    pinClock(now);
    const count = (query: Parameters<typeof listAccounts>[0]) => listAccounts(query).total;
    const sort = { field: 'id', direction: 'asc' } as const;
    const active = count({ status: 'active', sort, page: 1, pageSize: 1 });
    expect(active / accountCount).toBeGreaterThan(0.85);
    for (const status of ['locked', 'closed', 'anonymized'] as const) {
      expect(count({ status, sort, page: 1, pageSize: 1 })).toBeGreaterThan(500);
    }
    for (const country of ['CN', 'SG', 'DE', 'FR', 'GB', 'US', 'JP', 'BR', 'IN', 'ES'] as const) {
      expect(count({ country, sort, page: 1, pageSize: 1 })).toBeGreaterThan(2000);
    }
    expect(count({ riskMin: 60, sort, page: 1, pageSize: 1 }) / accountCount).toBeLessThan(0.1);
  });

  it('anonymizes anonymized accounts: no name, email, phone, devices, activity or consent', () => {
    pinClock(now);
    const anonymized = listAccounts({
      status: 'anonymized',
      sort: { field: 'id', direction: 'asc' },
      page: 1,
      pageSize: 20,
    });
    for (const account of anonymized.items) {
      expect(account).toMatchObject({ name: 'Anonymized customer', email: '', phone: '', riskScore: 0 });
      const index = indexOf(account.id);
      expect(accountDetail(index).devices).toEqual([]);
      expect(accountActivity(index, { page: 1, pageSize: 1 }).total).toBe(0);
      expect(consentLog(index)).toEqual([]);
    }
  });
});

describe('known accounts', () => {
  it('have the ids their seeded indices encode to', () => {
    for (const [index, traits] of knownAccountTraits) {
      expect(knownAccounts[traits.key]).toBe(ids.account.encode(index));
    }
    expect(Object.keys(knownAccounts).sort()).toEqual(
      [...knownAccountTraits.values()].map((traits) => traits.key).sort(),
    );
  });

  it('are what they promise, whatever the seed', () => {
    for (const seed of [20261125, 99]) {
      pinClock(now);
      resetDb({ seed });
      const optIn = indexOf(knownAccounts.marketingOptIn);
      expect(accountSummary(optIn)).toMatchObject({
        name: 'Lena Hoffmann',
        email: 'lena.hoffmann91@netzpost.example',
        status: 'active',
      });
      expect(
        currentConsents(consentLog(optIn)).find((consent) => consent.purposeId === 'marketing_email')?.state,
      ).toBe('granted');

      const locked = accountDetail(indexOf(knownAccounts.locked));
      expect(locked).toMatchObject({ name: '陈静', phone: '+86 13812345678', status: 'locked' });
      expect(locked.lockedReason?.length).toBeGreaterThan(10);

      expect(accountSummary(indexOf(knownAccounts.anonymized)).status).toBe('anonymized');
      expect(accountSummary(indexOf(knownAccounts.closed)).status).toBe('closed');

      const empty = indexOf(knownAccounts.noConsentEvents);
      expect(accountSummary(empty).status).toBe('active');
      expect(consentLog(empty)).toEqual([]);
      expect(currentConsents(consentLog(empty)).every((consent) => consent.state === 'not_asked')).toBe(true);

      const heavy = indexOf(knownAccounts.heavyHistory);
      expect(consentLog(heavy).length).toBeGreaterThanOrEqual(200);
      expect(accountActivity(heavy, { page: 1, pageSize: 1 }).total).toBeGreaterThan(1000);
    }
  });
});

describe('accounts search (API.md "Accounts", q)', () => {
  const idsFor = (q: string) =>
    listAccounts({ q, sort: { field: 'id', direction: 'asc' }, page: 1, pageSize: 200 }).items.map(
      (account) => account.id,
    );
  const totalFor = (q: string) =>
    listAccounts({ q, sort: { field: 'id', direction: 'asc' }, page: 1, pageSize: 1 }).total;

  it('ignores accents, case and width: "chloe moreau" finds Chloé Moreau', () => {
    pinClock(now);
    resetDb();
    for (const q of ['chloe moreau', 'CHLOÉ MOREAU', 'Chloé Moreau', 'ｃｈｌｏｅ　ｍｏｒｅａｕ'])
      expect(idsFor(q), q).toContain(knownAccounts.closed);
  });

  it('finds "Müller" as muller and "Weiß" as weiss, exactly as often as typed with the accent', () => {
    pinClock(now);
    resetDb();
    for (const [plain, accented, display] of [
      ['muller', 'Müller', 'Müller'],
      ['weiss', 'Weiß', 'Weiß'],
    ] as const) {
      const total = totalFor(plain);
      expect(total, plain).toBeGreaterThan(0);
      expect(totalFor(accented), accented).toBe(total);
      const page = listAccounts({
        q: plain,
        sort: { field: 'id', direction: 'asc' },
        page: 1,
        pageSize: 200,
      });
      expect(page.items.some((account) => account.name.includes(display))).toBe(true);
    }
  });

  it('counts runs of spaces, no-break spaces included, as one', () => {
    pinClock(now);
    resetDb();
    for (const q of ['lena  hoffmann', 'lena\u00a0hoffmann', ' lena \u00a0\u2009 hoffmann '])
      expect(idsFor(q), JSON.stringify(q)).toContain(knownAccounts.marketingOptIn);
  });

  it('finds a phone typed in its national form (trunk 0, any punctuation) or with its country code', () => {
    pinClock(now);
    resetDb();
    for (const q of [
      '07700 900123',
      '(07700) 900-123',
      '07700/900.123',
      '+44 7700 900123',
      '0044 7700900123',
    ])
      expect(idsFor(q), q).toContain(knownAccounts.noConsentEvents);
    expect(idsFor('0138 1234 5678')).toContain(knownAccounts.locked);
  });

  it('still matches names in their own script, and ids exactly', () => {
    pinClock(now);
    resetDb();
    expect(idsFor('陈静')).toContain(knownAccounts.locked);
    expect(idsFor(` ${knownAccounts.locked.toUpperCase()} `)).toEqual([knownAccounts.locked]);
  });
});

describe('consent histories', () => {
  it('quote the notice of the policy version they name, verbatim, and never predate the account', () => {
    pinClock(now);
    for (let n = 0; n < 300; n += 1) {
      const index = n * 313;
      const created = Date.parse(accountSummary(index).createdAt);
      const log = consentLog(index);
      for (const event of log) {
        expect(consentEventSchema.safeParse(event).success).toBe(true);
        expect(event.noticeText).toBe(noticeTextFor(event.purposeId, versionIndexOf(event.policyVersion)));
        expect(Date.parse(event.at)).toBeGreaterThanOrEqual(created - 1000);
        expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.parse(now));
      }
      const times = log.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('follow the policy versions: re-consent requests after versions that changed or added purposes', () => {
    pinClock(now);
    const sources = new Set<string>();
    const reconsentVersions = new Set<string>();
    let withEvents = 0;
    for (let n = 0; n < 400; n += 1) {
      const log = consentLog(n * 211);
      if (log.length > 0) withEvents += 1;
      for (const event of log) {
        sources.add(event.source);
        if (event.action === 'reconsent_requested') {
          reconsentVersions.add(event.policyVersion);
          expect(event).toMatchObject({ source: 'policy_update', channel: 'email', ip: '', userAgent: '' });
        }
      }
    }
    expect(withEvents).toBeGreaterThan(300);
    expect([...sources].sort()).toEqual([
      'cookie_banner',
      'email_link',
      'policy_update',
      'registration',
      'settings',
    ]);
    const asking = policyVersions.filter(
      (version) => version.newPurposes.length + version.changedPurposes.length > 0,
    );
    expect([...reconsentVersions].sort()).toEqual(asking.slice(1).map((version) => version.label));
  });

  it('have purposes whose `since` is the version that introduced them, each with a notice there', () => {
    expect(purposes.map((purpose) => purpose.id)).toEqual([...purposeIds]);
    expect(purposes.filter((purpose) => purpose.required).map((purpose) => purpose.id)).toEqual([
      'essential_cookies',
    ]);
    for (const purpose of purposes) {
      const version = versionIndexOf(purpose.since);
      expect(policyVersions[version]?.newPurposes).toContain(purpose.id);
      expect(noticeTextFor(purpose.id, version)?.length).toBeGreaterThan(40);
      expect(noticeTextFor(purpose.id, version - 1)).toBeUndefined();
    }
    expect(labelOf(policyVersions.length - 1)).toBe('2026.3');
  });
});

describe('masking', () => {
  it('keeps the shape of each kind of value', () => {
    expect(maskEmail('jane.doe84@example.com')).toBe('j***@example.com');
    expect(maskEmail('')).toBe('');
    expect(maskPhone('+86 13812345678')).toBe('+86 138****5678');
    expect(maskPhone('+1 4155550123')).toBe('+1 415***0123');
    expect(maskPhone('+65 81234567')).toBe('+65 812*4567');
    expect(maskIp('203.0.113.42')).toBe('203.0.113.***');
    expect(maskIp('')).toBe('');
    expect(maskMac('3C:22:FB:12:34:56')).toBe('3C:22:FB:**:**:**');
    expect(maskSearchTerm('linen midi dress')).toBe('l**** m*** d****');
    expect(maskSearchTerm('白色运动鞋')).toBe('白****');
  });
});

describe('open-alert counts', () => {
  it('come from the reader the caller passes: the rows and the openAlertCount sort', () => {
    pinClock(now);
    resetDb();
    const heavy = indexOf(knownAccounts.heavyHistory);
    const openAlerts: OpenAlertCounts = (index) => (index === heavy ? 42 : 0);
    const top = listWith({
      sort: { field: 'openAlertCount', direction: 'desc' },
      page: 1,
      pageSize: 1,
      openAlerts,
    });
    expect(top.items[0]).toMatchObject({ id: knownAccounts.heavyHistory, openAlertCount: 42 });
    const found = listWith({
      q: knownAccounts.heavyHistory,
      sort: { field: 'openAlertCount', direction: 'desc' },
      page: 1,
      pageSize: 1,
      openAlerts,
    });
    expect(found.items[0]?.openAlertCount).toBe(42);
    expect(detailWith(heavy, openAlerts).openAlertCount).toBe(42);
  });
});
