import { describe, expect, it } from 'vitest';
import {
  accountPageSchema,
  accountSchema,
  activityPageSchema,
  revealResponseSchema,
  type Account,
  type AccountSummary,
} from '@/shared/contract/accounts';
import { problemSchema, problemTypes, type Page } from '@/shared/contract/common';
import type { Role } from '@/shared/contract/roles';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { accountDetail } from '@mocks/db/accounts/queries';
import { accountIndexOf } from '@mocks/db/accounts/state';
import { isFamilyBuilt, reloadDb, resetDb } from '@mocks/db/database';
import { knownAccounts } from '@mocks/db/known-accounts';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const now = '2026-11-25T09:00:00Z';

async function accounts(query = ''): Promise<Page<AccountSummary>> {
  const reply = await callApi(`/accounts${query}`);
  expect(reply.status).toBe(200);
  return accountPageSchema.parse(reply.body);
}

async function account(id: string): Promise<{ account: Account; etag: string | null }> {
  const reply = await callApi(`/accounts/${id}`);
  expect(reply.status).toBe(200);
  return { account: accountSchema.parse(reply.body), etag: reply.headers.get('ETag') };
}

function problem(body: unknown) {
  return problemSchema.parse(body);
}

function auditOf(action: string, targetId: string) {
  return queryAuditLog({ action, targetId, from: Date.parse(now), direction: 'desc', page: 1, pageSize: 50 })
    .items;
}

const maskedEmail = /^.\*\*\*@[a-z0-9.-]+$/;
const maskedPhone = /^\+\d{1,3} \d{2,3}\**\d{0,4}$/;
const maskedIp = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\*\*\*$/;
const maskedMac = /^[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2}:\*\*:\*\*:\*\*$/;

describe('GET /accounts', () => {
  it('needs a session', async () => {
    expect((await callApi('/accounts')).status).toBe(401);
  });

  it('pages all 100,000 accounts, most recently seen first by default', async () => {
    pinClock(now);
    await signedInAs('support');
    const page = await accounts();
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: 100_000 });
    const seen = page.items.map((item) => Date.parse(item.lastSeenAt));
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const next = await accounts('?page=2&pageSize=200');
    expect(next.items).toHaveLength(200);
  });

  it('finds an account by its id exactly, case-insensitively, and nothing for a near miss', async () => {
    await signedInAs('support');
    const byId = await accounts(`?q=${knownAccounts.locked.toUpperCase()}`);
    expect(byId.items.map((item) => item.id)).toEqual([knownAccounts.locked]);
    expect((await accounts('?q=acc_zzzzzz')).total).toBe(0);
    expect((await accounts(`?q=${knownAccounts.locked}&status=active`)).total).toBe(0);
  });

  it('finds by a fragment of the name (any case, also in Chinese or Japanese script or romanized)', async () => {
    await signedInAs('support');
    const lena = await accounts('?q=HOFFMANN&pageSize=200');
    expect(lena.total).toBeGreaterThan(50);
    expect(lena.items.every((item) => item.name.toLowerCase().includes('hoffmann'))).toBe(true);
    const full = await accounts('?q=Lena%20Hoffmann&pageSize=200');
    expect(full.items.map((item) => item.id)).toContain(knownAccounts.marketingOptIn);

    const native = await accounts('?q=陈静&pageSize=200');
    expect(native.items.map((item) => item.id)).toContain(knownAccounts.locked);
    expect(native.items.every((item) => item.name === '陈静')).toBe(true);
    const romanized = await accounts('?q=chen%20jing&pageSize=200');
    expect(romanized.items.map((item) => item.id)).toContain(knownAccounts.locked);
  });

  it('finds by a fragment of the email, which it shows masked', async () => {
    await signedInAs('support');
    const page = await accounts('?q=hoffmann91%40netzpost');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: knownAccounts.marketingOptIn,
      email: 'l***@netzpost.example',
      name: 'Lena Hoffmann',
    });
  });

  it('finds by phone digits, with or without the country code and punctuation', async () => {
    await signedInAs('support');
    for (const q of ['13812345678', '%2B86%20138-1234-5678', '8613812345678', '(138)%201234%205678']) {
      const page = await accounts(`?q=${q}&pageSize=200`);
      expect(page.items.map((item) => item.id)).toContain(knownAccounts.locked);
    }
    const page = await accounts('?q=%2B86%20138123');
    expect(page.items.find((item) => item.id === knownAccounts.locked)?.phone).toBe('+86 138****5678');
  });

  it('filters by status, country and minimum risk', async () => {
    await signedInAs('analyst');
    const locked = await accounts('?status=locked&pageSize=200');
    expect(locked.total).toBeGreaterThan(500);
    expect(locked.items.every((item) => item.status === 'locked')).toBe(true);
    const german = await accounts('?country=DE&riskMin=70&pageSize=200');
    expect(german.total).toBeGreaterThan(0);
    expect(german.items.every((item) => item.country === 'DE' && item.riskScore >= 70)).toBe(true);
    const both = await accounts('?q=%40mail.example&status=closed&country=US&pageSize=200');
    expect(
      both.items.every(
        (item) => item.status === 'closed' && item.country === 'US' && item.email.endsWith('@mail.example'),
      ),
    ).toBe(true);
  });

  it.each<[string, 'asc' | 'desc', (item: AccountSummary) => string | number]>([
    ['riskScore', 'desc', (item: AccountSummary) => item.riskScore],
    ['lastSeenAt', 'asc', (item: AccountSummary) => Date.parse(item.lastSeenAt)],
    ['id', 'asc', (item: AccountSummary) => item.id],
    ['country', 'desc', (item: AccountSummary) => item.country],
    ['openAlertCount', 'desc', (item: AccountSummary) => item.openAlertCount],
    ['status', 'asc', (item: AccountSummary) => item.status],
  ])('sorts by %s %s, over everything and over a search', async (field, direction, key) => {
    await signedInAs('support');
    for (const query of [
      `?sort=${field}:${direction}&pageSize=200`,
      `?q=an&sort=${field}:${direction}&pageSize=200`,
      `?q=wang&sort=${field}:${direction}`,
    ]) {
      const values = (await accounts(query)).items.map(key);
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(direction === 'asc' ? sorted : sorted.reverse());
    }
  });

  it('sorts by name, and pages through a sort without repeating a row', async () => {
    await signedInAs('support');
    const first = await accounts('?sort=name:asc&pageSize=200');
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const names = first.items.map((item) => item.name);
    expect(names).toEqual([...names].sort(collator.compare));
    const second = await accounts('?sort=name:asc&pageSize=200&page=2');
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(400);
  });

  it.each([
    ['an unknown sort field', '?sort=email:asc', 'sort'],
    ['a bad sort direction', '?sort=name:up', 'sort'],
    ['an unknown filter', '?city=Berlin', 'city'],
    ['an unknown status', '?status=frozen', 'status'],
    ['an unknown country', '?country=XX', 'country'],
    ['a risk over 100', '?riskMin=101', 'riskMin'],
    ['a page size over 200', '?pageSize=500', 'pageSize'],
  ])('answers 400 for %s', async (_name, query, field) => {
    await signedInAs('support');
    const reply = await callApi(`/accounts${query}`);
    expect(reply.status).toBe(400);
    const body = problem(reply.body);
    expect(body.type).toBe(problemTypes.validation);
    expect(body.errors?.map((error) => error.field)).toEqual([field]);
  });

  it.each<Role>(['support', 'security_analyst', 'legal', 'privacy_officer'])(
    'masks contact data for %s',
    async (role) => {
      await signedInAs(role);
      const page = await accounts('?status=active&pageSize=100');
      for (const item of page.items) {
        expect(item.email).toMatch(maskedEmail);
        expect(item.phone).toMatch(maskedPhone);
        expect(item.name).not.toContain('*');
      }
    },
  );
});

describe('GET /accounts/{id}', () => {
  it.each<Role>(['support', 'security_analyst', 'legal', 'privacy_officer'])(
    'serves the account with its ETag, contact and MAC addresses masked, for %s',
    async (role) => {
      pinClock(now);
      await signedInAs(role);
      const { account: locked, etag } = await account(knownAccounts.locked);
      expect(etag).toBe(`"${String(locked.version)}"`);
      expect(locked).toMatchObject({
        id: knownAccounts.locked,
        name: '陈静',
        email: 'c***@wangyi.example',
        phone: '+86 138****5678',
      });
      expect(locked.lockedReason).toBeTruthy();
      expect(locked.devices.length).toBeGreaterThan(0);
      for (const device of locked.devices) expect(device.macAddress).toMatch(maskedMac);
    },
  );

  it('shows registration and retention, no lock reason unless locked', async () => {
    pinClock(now);
    await signedInAs('support');
    const { account: lena } = await account(knownAccounts.marketingOptIn);
    expect(lena.lockedReason).toBeUndefined();
    expect(Date.parse(lena.registration.verificationSentAt)).toBeGreaterThanOrEqual(
      Date.parse(lena.createdAt),
    );
    expect(lena.registration.verifiedAt).not.toBeNull();
    expect(Date.parse(lena.retention.deleteAfter)).toBeGreaterThan(Date.parse(now));
    const { account: anonymized } = await account(knownAccounts.anonymized);
    expect(anonymized).toMatchObject({ name: 'Anonymized customer', email: '', phone: '', devices: [] });
    expect(Date.parse(anonymized.retention.deleteAfter)).toBeLessThan(Date.parse(now));
  });

  it('answers 404 for an id that names no account', async () => {
    await signedInAs('support');
    for (const id of ['acc_zzzzzz', 'acc_12', 'alr_123456']) {
      const reply = await callApi(`/accounts/${id}`);
      expect(reply.status).toBe(404);
      expect(problem(reply.body).type).toBe(problemTypes.notFound);
    }
  });
});

describe('GET /accounts/{id}/activity', () => {
  it('pages the access log newest first, IPs and search terms masked', async () => {
    pinClock(now);
    await signedInAs('privacy_officer');
    const reply = await callApi(`/accounts/${knownAccounts.heavyHistory}/activity?pageSize=200`);
    expect(reply.status).toBe(200);
    const page = activityPageSchema.parse(reply.body);
    expect(page.total).toBeGreaterThan(1000);
    const times = page.items.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(Date.parse(page.items[0]?.at ?? '')).toBeLessThanOrEqual(Date.parse(now));
    for (const event of page.items) {
      expect(event.ip).toMatch(maskedIp);
      expect(event.id).toMatch(/^evt_/);
      if (event.type === 'search') {
        expect(event.searchTerm).toMatch(/^(\S\**)( \S\**)*$/u);
        expect(event.url).toBeUndefined();
      }
      if (event.type === 'page_view') expect(event.url).toMatch(/^https:\/\/shop\.digfashions\.example\//);
    }
  });

  it('continues on page 2 where page 1 ended; a page past the end is empty with the true total', async () => {
    pinClock(now);
    await signedInAs('privacy_officer');
    const pageOf = async (query: string) =>
      activityPageSchema.parse(
        (await callApi(`/accounts/${knownAccounts.heavyHistory}/activity${query}`)).body,
      );
    const both = await pageOf('?pageSize=100');
    const first = await pageOf('?pageSize=50');
    const second = await pageOf('?pageSize=50&page=2');
    expect([...first.items, ...second.items].map((event) => event.id)).toEqual(both.items.map((event) => event.id));
    expect(second).toMatchObject({ page: 2, pageSize: 50, total: both.total });
    const past = await pageOf(`?pageSize=50&page=${String(Math.ceil(both.total / 50) + 1)}`);
    expect(past).toMatchObject({ items: [], total: both.total });
  });

  it('filters by type and time', async () => {
    pinClock(now);
    await signedInAs('support');
    const from = '2026-10-01T00:00:00Z';
    const to = '2026-10-31T23:59:59Z';
    const reply = await callApi(
      `/accounts/${knownAccounts.heavyHistory}/activity?type=search&from=${from}&to=${to}&pageSize=200`,
    );
    const page = activityPageSchema.parse(reply.body);
    expect(page.total).toBeGreaterThan(0);
    for (const event of page.items) {
      expect(event.type).toBe('search');
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.parse(to));
    }
    const none = activityPageSchema.parse(
      (await callApi(`/accounts/${knownAccounts.anonymized}/activity`)).body,
    );
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['an unknown type', '?type=purchase', 'type'],
    ['from after to', '?from=2026-11-20T00:00:00Z&to=2026-11-01T00:00:00Z', 'from'],
    ['a sort', '?sort=at:asc', 'sort'],
  ])('answers 400 for %s', async (_name, query, field) => {
    await signedInAs('support');
    const reply = await callApi(`/accounts/${knownAccounts.heavyHistory}/activity${query}`);
    expect(reply.status).toBe(400);
    expect(problem(reply.body).errors?.map((error) => error.field)).toEqual([field]);
  });
});

describe('POST /accounts/{id}/reveal', () => {
  const reason = 'Customer called about a missing parcel';

  async function reveal(id: string, body: unknown, csrfToken: string) {
    return callApi(`/accounts/${id}/reveal`, { method: 'POST', body, csrfToken });
  }

  it('reveals the email to support, with the reason in the audit log', async () => {
    pinClock(now);
    const { csrfToken, staff } = await signedInAs('support');
    const reply = await reveal(
      knownAccounts.marketingOptIn,
      { field: 'email', reason: `  ${reason}  ` },
      csrfToken,
    );
    expect(reply.status).toBe(200);
    expect(revealResponseSchema.parse(reply.body)).toEqual({
      field: 'email',
      value: 'lena.hoffmann91@netzpost.example',
    });
    const [entry] = auditOf('account.reveal', knownAccounts.marketingOptIn);
    expect(entry).toMatchObject({ actorId: staff.id, targetType: 'account', reason });
    expect(entry?.summary).toContain('email');
  });

  it('reveals the phone', async () => {
    const { csrfToken } = await signedInAs('support');
    const reply = await reveal(knownAccounts.locked, { field: 'phone', reason }, csrfToken);
    expect(revealResponseSchema.parse(reply.body)).toEqual({ field: 'phone', value: '+86 13812345678' });
  });

  it('answers 400 for a reason under 10 characters once trimmed, and audits nothing', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    const reply = await reveal(
      knownAccounts.marketingOptIn,
      { field: 'email', reason: '   too short   ' },
      csrfToken,
    );
    expect(reply.status).toBe(400);
    expect(problem(reply.body).errors?.map((error) => error.field)).toEqual(['reason']);
    expect(auditOf('account.reveal', knownAccounts.marketingOptIn)).toEqual([]);
  });

  it('answers 400 for a target where none belongs, and for a missing one', async () => {
    const { csrfToken } = await signedInAs('privacy_officer');
    const withTarget = await reveal(
      knownAccounts.locked,
      { field: 'email', targetId: 'x', reason },
      csrfToken,
    );
    expect(problem(withTarget.body).errors?.map((error) => error.field)).toEqual(['targetId']);
    const withoutTarget = await reveal(knownAccounts.locked, { field: 'macAddress', reason }, csrfToken);
    expect(problem(withoutTarget.body).errors?.map((error) => error.field)).toEqual(['targetId']);
  });

  it('refuses legal anything: 403 role-required naming the roles that may reveal', async () => {
    const { csrfToken } = await signedInAs('legal');
    const reply = await reveal(knownAccounts.marketingOptIn, { field: 'email', reason }, csrfToken);
    expect(reply.status).toBe(403);
    const body = problem(reply.body);
    expect(body.type).toBe(problemTypes.roleRequired);
    expect(body.requiredRoles).toEqual(['support', 'security_analyst', 'privacy_officer']);
    expect(auditOf('account.reveal', knownAccounts.marketingOptIn)).toEqual([]);
  });

  it('refuses support an IP, a MAC address or the search history: 403 naming the analyst roles', async () => {
    const { csrfToken } = await signedInAs('support');
    for (const body of [
      { field: 'ip', targetId: 'evt_000000', reason },
      { field: 'macAddress', targetId: 'dev_1', reason },
      { field: 'searchHistory', reason },
    ]) {
      const reply = await reveal(knownAccounts.heavyHistory, body, csrfToken);
      expect(reply.status).toBe(403);
      expect(problem(reply.body).requiredRoles).toEqual(['security_analyst', 'privacy_officer']);
    }
  });

  it('reveals the MAC address of one of the account’s devices to an analyst; 404 for another device', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const { account: heavy } = await account(knownAccounts.heavyHistory);
    const device = heavy.devices[0];
    if (!device) throw new Error('no device');
    const reply = await reveal(
      knownAccounts.heavyHistory,
      { field: 'macAddress', targetId: device.id, reason },
      csrfToken,
    );
    const revealed = revealResponseSchema.parse(reply.body);
    expect(revealed).toMatchObject({ field: 'macAddress', targetId: device.id });
    expect(revealed.field === 'macAddress' && revealed.value).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
    expect(revealed.field === 'macAddress' && revealed.value.slice(0, 8)).toBe(device.macAddress.slice(0, 8));
    expect(auditOf('account.reveal', knownAccounts.heavyHistory)[0]?.summary).toContain(device.id);

    const { account: other } = await account(knownAccounts.locked);
    const foreign = await reveal(
      knownAccounts.heavyHistory,
      { field: 'macAddress', targetId: other.devices[0]?.id, reason },
      csrfToken,
    );
    expect(foreign.status).toBe(404);
  });

  it('reveals the IP of one of the account’s access-log events; 404 for an event of another account', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('privacy_officer');
    const log = activityPageSchema.parse(
      (await callApi(`/accounts/${knownAccounts.heavyHistory}/activity?pageSize=1`)).body,
    );
    const event = log.items[0];
    if (!event) throw new Error('no event');
    const reply = await reveal(
      knownAccounts.heavyHistory,
      { field: 'ip', targetId: event.id, reason },
      csrfToken,
    );
    expect(reply.status).toBe(200);
    const revealed = revealResponseSchema.parse(reply.body);
    expect(revealed.field === 'ip' && revealed.value).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(revealed.field === 'ip' && revealed.value.replace(/\d+$/, '***')).toBe(event.ip);

    const foreign = await reveal(
      knownAccounts.locked,
      { field: 'ip', targetId: event.id, reason },
      csrfToken,
    );
    expect(foreign.status).toBe(404);
    const alert = await reveal(
      knownAccounts.heavyHistory,
      { field: 'ip', targetId: 'alr_000001', reason },
      csrfToken,
    );
    expect(alert.status).toBe(404);
  });

  it('reveals the search history, newest first', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const reply = await reveal(knownAccounts.heavyHistory, { field: 'searchHistory', reason }, csrfToken);
    const revealed = revealResponseSchema.parse(reply.body);
    if (revealed.field !== 'searchHistory') throw new Error('not a search history');
    expect(revealed.values.length).toBeGreaterThan(20);
    const log = activityPageSchema.parse(
      (await callApi(`/accounts/${knownAccounts.heavyHistory}/activity?type=search&pageSize=1`)).body,
    );
    expect(log.items[0]?.searchTerm?.slice(0, 1)).toBe(revealed.values[0]?.slice(0, 1));
  });

  it('has nothing to reveal on an anonymized account (409), and 404 for an unknown one', async () => {
    const { csrfToken } = await signedInAs('privacy_officer');
    expect((await reveal(knownAccounts.anonymized, { field: 'email', reason }, csrfToken)).status).toBe(409);
    expect((await reveal('acc_zzzzzz', { field: 'email', reason }, csrfToken)).status).toBe(404);
  });
});

describe('POST /accounts/{id}/lock and /unlock', () => {
  const reason = 'Credential stuffing from rotating addresses';

  async function lock(
    id: string,
    csrfToken: string,
    ifMatch?: number,
    kind: 'lock' | 'unlock' = 'lock',
    body: unknown = { reason },
  ) {
    return callApi(`/accounts/${id}/${kind}`, {
      method: 'POST',
      body,
      csrfToken,
      ...(ifMatch === undefined ? {} : { ifMatch }),
    });
  }

  it('locks with If-Match: bumps the version, keeps the reason, audits it; unlock undoes it', async () => {
    pinClock(now);
    const { csrfToken, staff } = await signedInAs('analyst');
    const { account: before } = await account(knownAccounts.marketingOptIn);
    const locked = await lock(knownAccounts.marketingOptIn, csrfToken, before.version);
    expect(locked.status).toBe(200);
    const after = accountSchema.parse(locked.body);
    expect(after).toMatchObject({
      status: 'locked',
      version: before.version + 1,
      lockedReason: reason,
      email: 'l***@netzpost.example',
    });
    expect(locked.headers.get('ETag')).toBe(`"${String(after.version)}"`);
    expect(auditOf('account.lock', knownAccounts.marketingOptIn)[0]).toMatchObject({
      actorId: staff.id,
      reason,
    });
    expect((await accounts('?status=locked&q=lena.hoffmann91')).total).toBe(1);

    const unlocked = await lock(knownAccounts.marketingOptIn, csrfToken, after.version, 'unlock', {
      reason: 'Identity verified by phone',
    });
    expect(unlocked.status).toBe(200);
    const final = accountSchema.parse(unlocked.body);
    expect(final).toMatchObject({ status: 'active', version: before.version + 2 });
    expect(final.lockedReason).toBeUndefined();
    expect(auditOf('account.unlock', knownAccounts.marketingOptIn)[0]?.reason).toBe(
      'Identity verified by phone',
    );
  });

  it('answers 428 without If-Match and 412 with the current account on a stale version', async () => {
    const { csrfToken } = await signedInAs('privacy_officer');
    const missing = await lock(knownAccounts.marketingOptIn, csrfToken);
    expect(missing.status).toBe(428);
    expect(problem(missing.body).type).toBe(problemTypes.preconditionRequired);

    const { account: current } = await account(knownAccounts.marketingOptIn);
    const stale = await lock(knownAccounts.marketingOptIn, csrfToken, current.version - 1);
    expect(stale.status).toBe(412);
    const body = problem(stale.body);
    expect(body.type).toBe(problemTypes.preconditionFailed);
    expect(accountSchema.parse(body.current)).toEqual(current);
    expect(stale.headers.get('ETag')).toBe(`"${String(current.version)}"`);
    expect((await account(knownAccounts.marketingOptIn)).account.status).toBe('active');
  });

  it('takes one of two simultaneous locks (or unlocks) on the same version; the other gets 412', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    for (let pair = 0; pair < 10; pair += 1) {
      const kind = pair % 2 === 0 ? 'lock' : 'unlock';
      const { account: before } = await account(knownAccounts.marketingOptIn);
      const replies = await Promise.all([
        lock(knownAccounts.marketingOptIn, csrfToken, before.version, kind),
        lock(knownAccounts.marketingOptIn, csrfToken, before.version, kind),
      ]);
      expect(replies.map((reply) => reply.status).sort(), `${kind} ${String(pair)}`).toEqual([200, 412]);
      const refused = replies.find((reply) => reply.status === 412);
      expect(accountSchema.parse(problem(refused?.body).current)).toMatchObject({
        status: kind === 'lock' ? 'locked' : 'active',
        version: before.version + 1,
      });
    }
    expect(auditOf('account.lock', knownAccounts.marketingOptIn)).toHaveLength(5);
  });

  it('answers 409 when already in that state, closed or anonymized', async () => {
    const { csrfToken } = await signedInAs('analyst');
    for (const [id, kind] of [
      [knownAccounts.locked, 'lock'],
      [knownAccounts.marketingOptIn, 'unlock'],
      [knownAccounts.anonymized, 'lock'],
      [knownAccounts.anonymized, 'unlock'],
      [knownAccounts.closed, 'lock'],
    ] as const) {
      const { account: current } = await account(id);
      const reply = await lock(id, csrfToken, current.version, kind);
      expect(reply.status).toBe(409);
      expect(problem(reply.body).type).toBe(problemTypes.conflict);
    }
  });

  it('needs a reason (400) and the lock permission (403 for support and legal)', async () => {
    const analyst = await signedInAs('analyst');
    const { account: current } = await account(knownAccounts.marketingOptIn);
    const empty = await lock(knownAccounts.marketingOptIn, analyst.csrfToken, current.version, 'lock', {
      reason: '   ',
    });
    expect(empty.status).toBe(400);
    expect(problem(empty.body).errors?.map((error) => error.field)).toEqual(['reason']);
    for (const role of ['support', 'legal'] as const) {
      const { csrfToken } = await signedInAs(role);
      const reply = await lock(knownAccounts.marketingOptIn, csrfToken, current.version);
      expect(reply.status).toBe(403);
      expect(problem(reply.body).requiredRoles).toEqual(['security_analyst', 'privacy_officer']);
    }
  });

  it('survives a reload: the journal replays lock, unlock and lock in order', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    let version = (await account(knownAccounts.marketingOptIn)).account.version;
    for (const kind of ['lock', 'unlock', 'lock'] as const) {
      const reply = await lock(knownAccounts.marketingOptIn, csrfToken, version, kind);
      version = accountSchema.parse(reply.body).version;
    }
    reloadDb();
    const { account: reloaded } = await account(knownAccounts.marketingOptIn);
    expect(reloaded).toMatchObject({ status: 'locked', version, lockedReason: reason });
  });
});

describe('open-alert counts from the alerts family', () => {
  it('leaves the alerts unseeded until a handler asks them', async () => {
    pinClock(now);
    resetDb();
    const index = accountIndexOf(knownAccounts.locked);
    if (index === undefined) throw new Error('no account');
    expect(accountDetail(index, () => 0).status).toBe('locked');
    expect(isFamilyBuilt('accounts')).toBe(true);
    expect(isFamilyBuilt('alerts')).toBe(false);
    await signedInAs('analyst');
    expect((await account(knownAccounts.locked)).account.openAlertCount).toBe(2);
    expect(isFamilyBuilt('alerts')).toBe(true);
  });

  it('sorts by the alerts family’s open counts, and the top row’s count is its open alerts', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const [top] = (await accounts('?sort=openAlertCount:desc&pageSize=1')).items;
    if (!top) throw new Error('no account');
    const open = await callApi(
      `/alerts?accountId=${top.id}&status=new&status=acknowledged&status=escalated&pageSize=1`,
    );
    expect((open.body as Page<unknown>).total).toBe(top.openAlertCount);
    expect(top.openAlertCount).toBeGreaterThanOrEqual(2);
  });
});
