import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import {
  dataCategories,
  disclosureExportColumns,
  disclosurePageSchema,
  disclosureSchema,
  legalBases,
  recipientListSchema,
  recipientTotalsSchema,
  type CreateDisclosureRequest,
  type Disclosure,
} from '@/shared/contract/disclosures';
import { day } from '@mocks/clock';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb } from '@mocks/db/database';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownDisclosureAccount, knownDisclosures, knownRecipients } from '@mocks/db/known-disclosures';
import { demoStaff } from '@mocks/db/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const now = '2026-11-25T09:00:00Z';

beforeEach(() => {
  // Every test on the same anchor: the packed ledger is built once for the file.
  pinClock(now);
});

async function list(query = '') {
  const reply = await callApi(`/disclosures${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return disclosurePageSchema.parse(reply.body);
}

async function one(id: string): Promise<Disclosure> {
  const reply = await callApi(`/disclosures/${id}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return disclosureSchema.parse(reply.body);
}

function times(items: readonly Disclosure[], field: 'occurredAt' | 'recordedAt'): number[] {
  return items.map((item) => Date.parse(item[field]));
}

describe('GET /disclosures', () => {
  it('lists at least 50,000 entries of the last three years, newest first, 50 a page', async () => {
    await signedInAs('legal');
    const page = await list();
    expect(page.total).toBeGreaterThanOrEqual(50_000);
    expect(page.items).toHaveLength(50);
    const occurred = times(page.items, 'occurredAt');
    expect(occurred).toEqual([...occurred].sort((a, b) => b - a));
    const oldest = await list('?sort=occurredAt:asc&pageSize=1');
    expect(Date.parse(now) - Date.parse(oldest.items[0]?.occurredAt ?? now)).toBeLessThanOrEqual(3 * 365 * day);
  });

  it('filters by recipient, category, kind, legal basis and cross-border, each alone and together', async () => {
    await signedInAs('dpo');
    const seller = await list(`?recipientId=${knownRecipients.seller}&pageSize=200`);
    expect(seller.total).toBeGreaterThan(1_000);
    expect(seller.items.every((item) => item.recipient.id === knownRecipients.seller)).toBe(true);

    const authorities = await list('?recipientCategory=authority&pageSize=200');
    expect(authorities.total).toBeGreaterThan(100);
    expect(authorities.items.every((item) => item.recipient.category === 'authority' && item.requestReference)).toBe(true);

    const transfers = await list('?kind=transfer');
    expect(transfers.items.map((item) => item.id)).toEqual([knownDisclosures.acquisition]);

    const consent = await list('?legalBasis=consent&pageSize=200');
    expect(consent.items.every((item) => item.legalBasis === 'consent' && item.consentWithdrawnSince)).toBe(true);

    const abroad = await list('?crossBorder=true&pageSize=200');
    const home = await list('?crossBorder=false&pageSize=200');
    expect(abroad.items.every((item) => item.crossBorder !== undefined)).toBe(true);
    expect(home.items.every((item) => item.crossBorder === undefined)).toBe(true);
    expect(abroad.total + home.total).toBe((await list()).total);

    const both = await list(`?recipientCategory=seller&legalBasis=consent&crossBorder=false&pageSize=200`);
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(consent.total);
    expect(
      both.items.every(
        (item) => item.recipient.category === 'seller' && item.legalBasis === 'consent' && !item.crossBorder,
      ),
    ).toBe(true);
  });

  it('bounds occurredAt with from and to, both inclusive', async () => {
    await signedInAs('legal');
    const entry = await one(knownDisclosures.authorityRequest);
    const exact = await list(`?from=${entry.occurredAt}&to=${entry.occurredAt}&pageSize=200`);
    expect(exact.items.map((item) => item.id)).toContain(entry.id);
    expect(exact.items.every((item) => item.occurredAt === entry.occurredAt)).toBe(true);

    const week = await list(`?from=2026-11-18T09:00:00Z&to=2026-11-25T09:00:00Z&pageSize=200`);
    expect(week.total).toBeGreaterThan(50);
    for (const at of times(week.items, 'occurredAt')) {
      expect(at).toBeGreaterThanOrEqual(Date.parse('2026-11-18T09:00:00Z'));
      expect(at).toBeLessThanOrEqual(Date.parse(now));
    }
  });

  it('q finds an entry by its exact id, and recipients or purposes by case-insensitive substring', async () => {
    await signedInAs('legal');
    expect((await list(`?q=${knownDisclosures.deidentified}`)).items.map((item) => item.id)).toEqual([
      knownDisclosures.deidentified,
    ]);
    const byName = await list('?q=nordLICHT&pageSize=200');
    expect(byName.total).toBeGreaterThan(100);
    expect(byName.items.every((item) => item.recipient.name.toLowerCase().includes('nordlicht'))).toBe(true);
    const byPurpose = await list('?q=MISSING-PERSON');
    expect(byPurpose.total).toBeGreaterThan(0);
    expect(byPurpose.items.every((item) => item.purpose.toLowerCase().includes('missing-person'))).toBe(true);
    const nonLatin = await list('?q=云裳');
    expect(nonLatin.total).toBeGreaterThan(0);
    expect((await list('?q=no-such-recipient-anywhere')).total).toBe(0);
  });

  it('sorts by occurredAt, recordedAt and subjectCount both ways', async () => {
    await signedInAs('legal');
    const recordedAsc = times((await list('?sort=recordedAt:asc')).items, 'recordedAt');
    expect(recordedAsc).toEqual([...recordedAsc].sort((a, b) => a - b));
    const recordedDesc = times((await list('?sort=recordedAt:desc')).items, 'recordedAt');
    expect(recordedDesc).toEqual([...recordedDesc].sort((a, b) => b - a));
    const biggest = (await list('?sort=subjectCount:desc')).items.map((item) => item.subjectCount);
    expect(biggest).toEqual([...biggest].sort((a, b) => b - a));
    expect(biggest[0]).toBeGreaterThan(10_000);
    const smallest = (await list('?sort=subjectCount:asc')).items.map((item) => item.subjectCount);
    expect(smallest.every((count) => count === 1)).toBe(true);
  });

  it('pages without repeating a row; a page past the end is empty with the true total', async () => {
    await signedInAs('legal');
    const filter = `recipientId=${knownRecipients.authority}`;
    const all = await list(`?${filter}&pageSize=200`);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 13); page += 1) {
      const part = await list(`?${filter}&page=${String(page)}&pageSize=13`);
      expect(part).toMatchObject({ page, pageSize: 13, total: all.total });
      seen.push(...part.items.map((item) => item.id));
    }
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect((await list(`?${filter}&page=999&pageSize=13`)).items).toEqual([]);
  });

  it('refuses unknown filters and values with 400 naming the field', async () => {
    await signedInAs('legal');
    for (const [query, field] of [
      ['kind=gift', 'kind'],
      ['legalBasis=whim', 'legalBasis'],
      ['recipientCategory=friend', 'recipientCategory'],
      ['recipientId=rcp_nobody', 'recipientId'],
      ['crossBorder=yes', 'crossBorder'],
      ['from=yesterday', 'from'],
      ['accountId=acc_zzzzzz', 'accountId'],
      ['sort=purpose:asc', 'sort'],
      ['colour=red', 'colour'],
      ['from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z', 'from'],
    ] as const) {
      const reply = await callApi(`/disclosures?${query}`);
      expect(reply.status, query).toBe(400);
      expect(problemSchema.parse(reply.body).errors?.map((error) => error.field)).toContain(field);
    }
  });

  it('accountId lists every entry naming the account, newest first (the account tab)', async () => {
    await signedInAs('support');
    const page = await list(`?accountId=${knownDisclosureAccount}`);
    expect(page.total).toBeGreaterThanOrEqual(10);
    expect(page.items.every((item) => item.accountIds.includes(knownDisclosureAccount))).toBe(true);
    const occurred = times(page.items, 'occurredAt');
    expect(occurred).toEqual([...occurred].sort((a, b) => b - a));
    expect(page.items.map((item) => item.id)).toEqual(
      expect.arrayContaining([knownDisclosures.authorityRequest, knownDisclosures.crossBorder]),
    );
  });
});

describe('who may read', () => {
  it('support reads only with accountId; security analysts read nothing', async () => {
    await signedInAs('support');
    for (const path of [
      '/disclosures',
      `/disclosures/${knownDisclosures.authorityRequest}`,
      '/recipients',
      `/recipients/${knownRecipients.seller}/totals`,
      '/disclosures/export',
    ]) {
      const reply = await callApi(path);
      expect(reply.status, path).toBe(403);
      expect(problemSchema.parse(reply.body).type).toBe(problemTypes.roleRequired);
    }
    await signedInAs('analyst');
    for (const path of [`/disclosures?accountId=${knownDisclosureAccount}`, '/disclosures', '/recipients']) {
      expect((await callApi(path)).status, path).toBe(403);
    }
  });
});

describe('GET /disclosures/{id}', () => {
  it('serves the known authority request with its reference and two documents', async () => {
    await signedInAs('legal');
    const entry = await one(knownDisclosures.authorityRequest);
    expect(entry.recipient).toMatchObject({ id: knownRecipients.authority, category: 'authority' });
    expect(entry.legalBasis).toBe('criminal_investigation');
    expect(entry.requestReference).toBeTruthy();
    expect(entry.documents).toHaveLength(2);
    expect(entry.accountIds).toEqual([knownAccounts.marketingOptIn]);
    expect(entry.consentWithdrawnSince).toBeUndefined();
  });

  it('serves both ends of the known correction chain', async () => {
    await signedInAs('legal');
    const original = await one(knownDisclosures.correctedOriginal);
    const correction = await one(knownDisclosures.correction);
    expect(original.correctedBy).toEqual([knownDisclosures.correction]);
    expect(correction.corrects).toBe(knownDisclosures.correctedOriginal);
    expect(Date.parse(correction.recordedAt)).toBeGreaterThan(Date.parse(original.recordedAt));
  });

  it('serves the de-identified and the cross-border known entries', async () => {
    await signedInAs('dpo');
    const deidentified = await one(knownDisclosures.deidentified);
    expect(deidentified).toMatchObject({ deidentified: true, accountIds: [] });
    expect(deidentified.subjectCount).toBeGreaterThan(1_000);
    const abroad = await one(knownDisclosures.crossBorder);
    expect(abroad.crossBorder?.destinationCountry).toBe('US');
    expect(abroad.recipient.country).toBe('US');
  });

  it('names the accounts whose consent was withdrawn since (known entry)', async () => {
    await signedInAs('legal');
    const entry = await one(knownDisclosures.withdrawnSince);
    expect(entry.legalBasis).toBe('consent');
    expect(entry.consentWithdrawnSince?.length).toBeGreaterThan(0);
    const [first] = entry.consentWithdrawnSince ?? [];
    expect(first?.accountId).toBe(entry.accountIds[0]);
    expect(first?.purposeId).toBe('partner_sharing');
    expect(Date.parse(first?.withdrawnAt ?? '')).toBeGreaterThan(Date.parse(entry.occurredAt));
  });

  it('404 for an unknown id', async () => {
    await signedInAs('legal');
    const reply = await callApi('/disclosures/dis_zzzzzz');
    expect(reply.status).toBe(404);
  });

  it('PATCH and DELETE are 405 with Allow: GET', async () => {
    const { csrfToken } = await signedInAs('legal');
    for (const method of ['PATCH', 'DELETE'] as const) {
      const reply = await callApi(`/disclosures/${knownDisclosures.authorityRequest}`, {
        method,
        csrfToken,
        body: method === 'PATCH' ? { purpose: 'x' } : undefined,
      });
      expect(reply.status).toBe(405);
      expect(reply.headers.get('Allow')).toBe('GET');
      expect(reply.headers.get('Content-Type')).toContain('application/problem+json');
    }
  });
});

describe('recipients', () => {
  it('lists ~40 recipients of every category; authorities and the public have no agreement', async () => {
    await signedInAs('legal');
    const reply = await callApi('/recipients');
    expect(reply.status).toBe(200);
    const all = recipientListSchema.parse(reply.body);
    expect(all.length).toBeGreaterThanOrEqual(35);
    expect(new Set(all.map((recipient) => recipient.category)).size).toBe(6);
    for (const recipient of all) {
      expect(recipient.agreementRef === null).toBe(recipient.category === 'authority' || recipient.category === 'public');
    }
  });

  it('totals: entries, subjects, latest time and counts per basis and category agree with the list', async () => {
    await signedInAs('dpo');
    const reply = await callApi(`/recipients/${knownRecipients.authority}/totals`);
    expect(reply.status).toBe(200);
    const totals = recipientTotalsSchema.parse(reply.body);
    const page = await list(`?recipientId=${knownRecipients.authority}&pageSize=200`);
    expect(totals.entries).toBe(page.total);
    expect(totals.subjects).toBe(page.items.reduce((sum, item) => sum + item.subjectCount, 0));
    expect(totals.lastOccurredAt).toBe(page.items[0]?.occurredAt);
    expect(totals.byLegalBasis.reduce((sum, row) => sum + row.entries, 0)).toBe(totals.entries);
    expect(totals.byLegalBasis.map((row) => row.legalBasis)).toEqual(
      legalBases.filter((basis) => totals.byLegalBasis.some((row) => row.legalBasis === basis)),
    );
    for (const row of totals.byDataCategory) {
      expect(row.entries).toBe(page.items.filter((item) => item.dataCategories.includes(row.dataCategory)).length);
    }
    expect(totals.byDataCategory.map((row) => row.dataCategory)).toEqual(
      dataCategories.filter((category) => totals.byDataCategory.some((row) => row.dataCategory === category)),
    );
    expect((await callApi('/recipients/rcp_nobody/totals')).status).toBe(404);
  });
});

function authorityBody(overrides: Partial<CreateDisclosureRequest> = {}): CreateDisclosureRequest {
  return {
    occurredAt: '2026-11-24T10:00:00Z',
    kind: 'share',
    recipientId: knownRecipients.authority,
    legalBasis: 'criminal_investigation',
    purpose: 'Production order in a card fraud case',
    dataCategories: ['identity', 'order'],
    accountIds: [knownAccounts.marketingOptIn],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    requestReference: 'Az. 4711/2026 St',
    documents: [{ name: 'order.pdf', sha256: 'a'.repeat(64) }],
    ...overrides,
  };
}

describe('POST /disclosures', () => {
  it('records an entry (201), which the ledger then lists first; reloading keeps it', async () => {
    const { csrfToken } = await signedInAs('legal');
    const reply = await callApi('/disclosures', {
      method: 'POST',
      csrfToken,
      idempotencyKey: 'k-1',
      body: authorityBody(),
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const created = disclosureSchema.parse(reply.body);
    expect(created.recipient.name).toBe('Landeskriminalamt Nordmark');
    expect(created.recordedAt).toBe(new Date(now).toISOString());
    expect((await list('?sort=recordedAt:desc')).items[0]?.id).toBe(created.id);
    reloadDb();
    expect((await one(created.id)).purpose).toBe('Production order in a card fraud case');
    expect((await list(`?accountId=${knownAccounts.marketingOptIn}`)).items.map((item) => item.id)).toContain(
      created.id,
    );
  });
});

const sellerDe = knownRecipients.seller;
const sellerGb = 'rcp_9d4t6v';
const thePublic = 'rcp_7g1x5m';
const lena = knownAccounts.marketingOptIn;

function consentBody(overrides: Partial<CreateDisclosureRequest> = {}): CreateDisclosureRequest {
  return {
    occurredAt: '2026-11-24T10:00:00Z',
    kind: 'share',
    recipientId: sellerDe,
    legalBasis: 'consent',
    purpose: "Seller's newsletter",
    dataCategories: ['identity', 'contact'],
    accountIds: [lena],
    subjectCount: 1,
    deidentified: false,
    encrypted: true,
    documents: [],
    ...overrides,
  };
}

let keys = 0;

async function record(body: unknown, who: 'legal' | 'dpo' = 'legal') {
  const { csrfToken } = await signedInAs(who);
  keys += 1;
  return callApi('/disclosures', { method: 'POST', csrfToken, idempotencyKey: `intent-${String(keys)}`, body });
}

async function fieldsOf(body: unknown): Promise<string[]> {
  const reply = await record(body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  return problemSchema.parse(reply.body).errors?.map((error) => error.field) ?? [];
}

describe('POST /disclosures rules (400 naming the field)', () => {
  it('a consent-basis share to a seller needs partner_sharing granted on every account at occurredAt', async () => {
    expect((await record(consentBody())).status).toBe(201);
    const reply = await record(consentBody({ recipientId: sellerGb, accountIds: [knownAccounts.noConsentEvents] }));
    expect(reply.status).toBe(400);
    const [error] = problemSchema.parse(reply.body).errors ?? [];
    expect(error?.field).toBe('accountIds');
    expect(error?.message).toContain(knownAccounts.noConsentEvents);
    expect(error?.message).toContain('partner_sharing');
    // Before the customer's account existed, nothing was granted either.
    expect(await fieldsOf(consentBody({ occurredAt: '2023-06-01T00:00:00Z' }))).toContain('accountIds');
  });

  it('authority ⇒ request reference and a document', async () => {
    const withoutReference: Partial<CreateDisclosureRequest> = authorityBody();
    delete withoutReference.requestReference;
    expect(await fieldsOf(withoutReference)).toEqual(['requestReference']);
    expect(await fieldsOf(authorityBody({ documents: [] }))).toEqual(['documents']);
  });

  it('consent to a recipient no purpose covers (the public) ⇒ the customer’s agreement as a document', async () => {
    const body = consentBody({ recipientId: thePublic, kind: 'public_disclosure' });
    expect(await fieldsOf(body)).toEqual(['documents']);
    const signed = { ...body, documents: [{ name: 'agreement.pdf', sha256: 'b'.repeat(64) }] };
    expect((await record(signed)).status).toBe(201);
  });

  it('a recipient in another country ⇒ crossBorder naming that country and a safeguard', async () => {
    expect(await fieldsOf(consentBody({ recipientId: sellerGb }))).toEqual(['crossBorder']);
    expect(
      await fieldsOf(consentBody({ recipientId: sellerGb, crossBorder: { destinationCountry: 'US', safeguard: 'adequacy' } })),
    ).toEqual(['crossBorder']);
    const abroad = consentBody({ recipientId: sellerGb, crossBorder: { destinationCountry: 'GB', safeguard: 'adequacy' } });
    expect((await record(abroad)).status).toBe(201);
  });

  it('de-identified ⇒ no accounts', async () => {
    expect(await fieldsOf(authorityBody({ deidentified: true }))).toContain('accountIds');
  });

  it('public disclosure only on consent or a law; M&A only to the acquirer, by transfer', async () => {
    const publicly = { recipientId: thePublic, kind: 'public_disclosure' as const, legalBasis: 'contract' as const };
    expect(await fieldsOf(consentBody(publicly))).toContain('legalBasis');
    expect(
      await fieldsOf(consentBody({ ...publicly, legalBasis: 'merger_acquisition' })),
    ).toEqual(expect.arrayContaining(['legalBasis', 'recipientId', 'kind']));
    const acquisition = consentBody({
      recipientId: knownRecipients.acquirer,
      legalBasis: 'merger_acquisition',
      kind: 'transfer',
    });
    expect((await record(acquisition)).status).toBe(201);
    expect(await fieldsOf({ ...acquisition, recipientId: sellerDe })).toEqual(['recipientId']);
    expect(await fieldsOf({ ...acquisition, kind: 'share' })).toEqual(['kind']);
  });

  it('occurredAt not in the future by server time; subjectCount at least the accounts', async () => {
    expect(await fieldsOf(authorityBody({ occurredAt: '2026-11-25T09:01:00Z' }))).toEqual(['occurredAt']);
    expect(
      await fieldsOf(authorityBody({ accountIds: [lena, knownAccounts.closed], subjectCount: 1, crossBorder: { destinationCountry: 'DE', safeguard: 'adequacy' } })),
    ).toContain('subjectCount');
  });

  it('an unknown recipient, account or corrected entry is a 400 on its field', async () => {
    expect(await fieldsOf(authorityBody({ recipientId: 'rcp_nobody' }))).toEqual(['recipientId']);
    expect(await fieldsOf(authorityBody({ accountIds: ['acc_zzzzzz'] }))).toEqual(['accountIds']);
    expect(await fieldsOf(authorityBody({ corrects: 'dis_zzzzzz' }))).toEqual(['corrects']);
  });

  it('the contract schema’s own checks come first (data categories, digests)', async () => {
    expect(await fieldsOf(authorityBody({ dataCategories: [] }))).toEqual(['dataCategories']);
    expect(await fieldsOf(authorityBody({ documents: [{ name: 'x.pdf', sha256: 'XYZ' }] }))).toEqual(['documents.0.sha256']);
  });

  it('security analysts and support may not record', async () => {
    for (const who of ['analyst', 'support'] as const) {
      const { csrfToken } = await signedInAs(who);
      const reply = await callApi('/disclosures', { method: 'POST', csrfToken, idempotencyKey: 'x', body: authorityBody() });
      expect(reply.status).toBe(403);
    }
  });
});

describe('POST /disclosures: one entry per intent, corrections, audit', () => {
  it('the same Idempotency-Key records once; another body with it is 422; none is 428', async () => {
    const { csrfToken } = await signedInAs('legal');
    const before = (await list()).total;
    const send = (body: unknown, idempotencyKey?: string) =>
      callApi('/disclosures', { method: 'POST', csrfToken, body, ...(idempotencyKey ? { idempotencyKey } : {}) });
    const first = await send(authorityBody(), 'same-intent');
    const again = await send(authorityBody(), 'same-intent');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(disclosureSchema.parse(again.body).id).toBe(disclosureSchema.parse(first.body).id);
    expect((await list()).total).toBe(before + 1);
    expect((await send(authorityBody({ subjectCount: 2 }), 'same-intent')).status).toBe(422);
    expect((await send(authorityBody())).status).toBe(428);
    expect((await list()).total).toBe(before + 1);
  });

  it('a correction is a new entry; the original lists it in correctedBy; correcting it again is 409', async () => {
    await signedInAs('legal');
    const original = await one(knownDisclosures.crossBorder);
    const reply = await record({
      ...authorityBody(),
      occurredAt: original.occurredAt,
      kind: original.kind,
      recipientId: original.recipient.id,
      legalBasis: original.legalBasis,
      purpose: original.purpose,
      dataCategories: [...original.dataCategories, 'account'],
      accountIds: original.accountIds,
      subjectCount: original.subjectCount,
      crossBorder: original.crossBorder,
      requestReference: undefined,
      documents: [],
      corrects: original.id,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const correction = disclosureSchema.parse(reply.body);
    expect(correction.corrects).toBe(original.id);
    expect((await one(original.id)).correctedBy).toEqual([correction.id]);
    const again = await record({ ...authorityBody(), corrects: original.id });
    expect(again.status).toBe(409);
    expect((await record({ ...authorityBody(), corrects: knownDisclosures.correctedOriginal })).status).toBe(409);

    const audit = queryAuditLog({ action: 'disclosure.record', targetId: correction.id, direction: 'desc', page: 1, pageSize: 5 });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]?.summary).toContain(`correcting ${original.id}`);
    expect(audit.items[0]?.actorId).toBe(demoStaff.legal.id);
  });

  it('consentWithdrawnSince names the account once its consent is withdrawn at run time', async () => {
    await signedInAs('dpo');
    const consented = async () =>
      (await list(`?accountId=${lena}&legalBasis=consent&recipientCategory=seller&pageSize=200`)).items;
    const before = await consented();
    expect(before.length).toBeGreaterThan(0);
    const names = (item: Disclosure) =>
      (item.consentWithdrawnSince ?? []).some((gone) => gone.accountId === lena && gone.purposeId === 'partner_sharing');
    expect(before.some(names)).toBe(false);

    const { csrfToken } = await signedInAs('dpo');
    const withdrawal = await callApi(`/accounts/${lena}/consent-events`, {
      method: 'POST',
      csrfToken,
      idempotencyKey: 'withdraw-partner',
      body: { purposeId: 'partner_sharing', action: 'withdrawn', channel: 'email', reason: 'Stop sharing with sellers' },
    });
    expect(withdrawal.status, JSON.stringify(withdrawal.body)).toBe(201);
    for (const item of await consented()) {
      expect(item.consentWithdrawnSince).toContainEqual({
        accountId: lena,
        purposeId: 'partner_sharing',
        withdrawnAt: new Date(now).toISOString(),
      });
    }
    // An affiliate share rests on affiliate_sharing, which still holds.
    const outlet = (await list(`?accountId=${lena}&legalBasis=consent&recipientCategory=affiliate`)).items;
    expect(outlet.length).toBeGreaterThan(0);
    expect(outlet.some((item) => (item.consentWithdrawnSince ?? []).some((gone) => gone.accountId === lena))).toBe(false);
  });
});

/** RFC 4180 records of a CSV text (quoted cells may hold commas and quotes, not line breaks here). */
function parseCsv(text: string): string[][] {
  const lines = text.split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1).map((line) => {
    const cells: string[] = [];
    let at = 0;
    while (at <= line.length) {
      if (line[at] === '"') {
        let value = '';
        at += 1;
        for (;;) {
          const close = line.indexOf('"', at);
          value += line.slice(at, close);
          if (line[close + 1] === '"') {
            value += '"';
            at = close + 2;
          } else {
            at = close + 2;
            break;
          }
        }
        cells.push(value);
      } else {
        const comma = line.indexOf(',', at);
        const end = comma < 0 ? line.length : comma;
        cells.push(line.slice(at, end));
        at = end + 1;
      }
    }
    return cells;
  });
}

describe('GET /disclosures/export', () => {
  it('streams the whole filtered set as CSV: header, quoting, formula guard, row count = list total, audited', async () => {
    await signedInAs('legal');
    const filter = `recipientId=${knownRecipients.quotedName}&legalBasis=contract`;
    const response = await fetch(`/api/v1/disclosures/export?${filter}&sort=subjectCount:desc`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="disclosures_.*\.csv"$/);
    const rows = parseCsv(await response.text());
    const [header, ...records] = rows;
    expect(header).toEqual([...disclosureExportColumns]);
    const page = await list(`?${filter}&sort=subjectCount:desc&pageSize=200`);
    expect(records).toHaveLength(page.total);
    expect(records.slice(0, page.items.length).map((cells) => cells[0])).toEqual(page.items.map((item) => item.id));
    const nameColumn = disclosureExportColumns.indexOf('recipientName');
    expect(records.every((cells) => cells[nameColumn] === 'Atelier "Fil d\'Or", SARL')).toBe(true);
    expect(records.every((cells) => cells.length === disclosureExportColumns.length)).toBe(true);

    const audit = queryAuditLog({ action: 'disclosure.export', direction: 'desc', page: 1, pageSize: 1 });
    expect(audit.items[0]?.summary).toContain(`${String(page.total)} disclosures`);
    expect(audit.items[0]?.summary).toContain(`recipientId=${knownRecipients.quotedName}`);
    expect(audit.items[0]?.actorId).toBe(demoStaff.legal.id);
  });

  it('guards cells a spreadsheet would run as a formula, and joins lists with "; "', async () => {
    await signedInAs('dpo');
    const text = await (await fetch(`/api/v1/disclosures/export?recipientId=${knownRecipients.formulaName}&q=%2B48h`)).text();
    const [, ...records] = parseCsv(text);
    expect(records.length).toBeGreaterThan(0);
    for (const cells of records) {
      expect(cells[disclosureExportColumns.indexOf('recipientName')]).toBe("'@Home Living Store GmbH");
      expect(cells[disclosureExportColumns.indexOf('purpose')]).toMatch(/^'\+48h express/);
      expect(cells[disclosureExportColumns.indexOf('dataCategories')]).toBe('identity; contact; order');
    }
    const authority = parseCsv(await (await fetch(`/api/v1/disclosures/export?q=${knownDisclosures.authorityRequest}`)).text());
    const documents = authority[1]?.[disclosureExportColumns.indexOf('documents')] ?? '';
    expect(documents.split('; ')).toHaveLength(2);
    expect(documents).toMatch(/^[^;]+ \([0-9a-f]{64}\); [^;]+ \([0-9a-f]{64}\)$/);
  });
});

describe('from and to at a millisecond anchor', () => {
  it('stay inclusive when the anchor (the demo clock) is not a whole second', async () => {
    pinClock('2026-11-25T09:00:00.437Z');
    await signedInAs('legal');
    const entry = await one(knownDisclosures.crossBorder);
    const exact = await list(`?from=${entry.occurredAt}&to=${entry.occurredAt}`);
    expect(exact.items.map((item) => item.id)).toContain(entry.id);
    const before = new Date(Date.parse(entry.occurredAt) - 1).toISOString();
    const after = new Date(Date.parse(entry.occurredAt) + 1).toISOString();
    expect((await list(`?from=${after}&to=${after}`)).items.map((item) => item.id)).not.toContain(entry.id);
    expect((await list(`?from=${before}&to=${before}`)).items.map((item) => item.id)).not.toContain(entry.id);
  });
});
