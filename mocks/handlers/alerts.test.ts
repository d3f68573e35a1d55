import { describe, expect, it } from 'vitest';
import { accountSchema, revealResponseSchema } from '@/shared/contract/accounts';
import {
  alertBulkResponseSchema,
  alertCountsSchema,
  alertNotePageSchema,
  alertNoteSchema,
  alertPageSchema,
  alertSchema,
  alertSeverities,
  alertStatuses,
  alertTypes,
  canMoveAlert,
  type Alert,
  type AlertStatus,
} from '@/shared/contract/alerts';
import { auditPageSchema } from '@/shared/contract/audit';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import { incidentPageSchema, incidentSchema } from '@/shared/contract/incidents';
import { minute } from '@mocks/clock';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb, resetDb } from '@mocks/db/database';
import { ids } from '@mocks/db/ids';
import { knownAccounts } from '@mocks/db/known-accounts';
import { knownAlertTraits, knownAlerts, knownIncidents } from '@mocks/db/known-alerts';
import { demoStaff } from '@mocks/db/staff';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const now = '2026-11-25T09:00:00Z';
const openQuery = 'status=new&status=acknowledged&status=escalated';
const analysts = [demoStaff.analyst.id, demoStaff.analyst2.id, demoStaff.dpo.id];

async function list(query = '') {
  const reply = await callApi(`/alerts${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return alertPageSchema.parse(reply.body);
}

async function one(id: string): Promise<Alert> {
  const reply = await callApi(`/alerts/${id}`);
  expect(reply.status).toBe(200);
  return alertSchema.parse(reply.body);
}

function patch(alert: Pick<Alert, 'id' | 'version'>, body: unknown, csrfToken: string, ifMatch: number | null = alert.version) {
  return callApi(`/alerts/${alert.id}`, {
    method: 'PATCH',
    body,
    csrfToken,
    ...(ifMatch === null ? {} : { ifMatch }),
  });
}

function auditTotal(action: string, targetId: string): number {
  return queryAuditLog({ action, targetId, direction: 'desc', page: 1, pageSize: 50 }).total;
}

function problem(body: unknown) {
  return problemSchema.parse(body);
}

function fieldsOf(body: unknown): string[] {
  return (problem(body).errors ?? []).map((error) => error.field);
}

/** What a move needs besides the status (the contract's required companions). */
function moveBody(to: AlertStatus): Record<string, unknown> {
  if (to === 'resolved') return { status: to, resolution: 'benign' };
  if (to === 'dismissed') return { status: to, note: 'Known VPN exit node.' };
  return { status: to };
}

describe('the seeded alerts', () => {
  it('holds 20,000 alerts over 90 days: every type and severity, mostly closed, a few hundred open', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const all = await list('?pageSize=1');
    expect(all.total).toBeGreaterThanOrEqual(20_000);
    const counts = alertCountsSchema.parse((await callApi('/alerts/counts')).body);
    const open = counts.new + counts.acknowledged + counts.escalated;
    expect(open).toBeGreaterThan(200);
    expect(open).toBeLessThan(1000);
    expect(counts.resolved + counts.dismissed).toBeGreaterThan(all.total * 0.9);
    for (const type of alertTypes) expect((await list(`?type=${type}&pageSize=1`)).total).toBeGreaterThan(100);
    for (const severity of alertSeverities) expect((await list(`?severity=${severity}&pageSize=1`)).total).toBeGreaterThan(100);
    const oldest = (await list('?sort=detectedAt:asc&pageSize=1')).items[0];
    expect(Date.parse(oldest?.detectedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(now) - 90 * 24 * 60 * minute);
    const page = await list('?pageSize=200&sort=riskScore:desc');
    for (const alert of page.items) {
      if (alert.assigneeId !== undefined) expect(analysts).toContain(alert.assigneeId);
      expect(ids.account.decode(alert.accountId)).toBeLessThan(100_000);
      expect(alert.evidence.ip).toMatch(/\.\*\*\*$/);
      if (alert.evidence.device) expect(alert.evidence.device.macAddress).toMatch(/^[0-9A-F:]{8}:\*\*:\*\*:\*\*$/);
      if (alert.status === 'escalated') expect(alert.incidentId).toMatch(/^inc_/);
    }
  });

  it('is the same for the same seed, and rebuilt the same after a reload', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const first = await list('?pageSize=100&sort=severity:desc');
    resetDb();
    const again = await list('?pageSize=100&sort=severity:desc');
    expect(again).toEqual(first);
    reloadDb();
    expect(await list('?pageSize=100&sort=severity:desc')).toEqual(first);
  });

  it('has the known alerts and incidents, whatever the seed', async () => {
    pinClock(now);
    await signedInAs('analyst');
    for (const [index, traits] of knownAlertTraits) {
      expect(knownAlerts[traits.key]).toBe(ids.alert.encode(index));
      const alert = await one(knownAlerts[traits.key]);
      expect(alert).toMatchObject({ type: traits.type, severity: traits.severity, status: traits.status });
    }
    expect(knownIncidents.open).toBe(ids.incident.encode(0));
    expect(knownIncidents.closed).toBe(ids.incident.encode(1));
    const escalated = await one(knownAlerts.escalated);
    expect(escalated.incidentId).toBe(knownIncidents.open);
    // Markup in evidence is data: the console must render it inert.
    expect((await one(knownAlerts.reportWithMarkup)).evidence.reportText).toContain('<script>');
    expect((await one(knownAlerts.dismissed)).evidence.reportText).toContain('<img src=x onerror=alert(1)>');
    expect((await one(knownAlerts.phishingWithMarkup)).evidence.urls[0]).toContain('<script>');
    const phishing = await one(knownAlerts.resolved);
    expect(phishing.evidence.urls[0]).toMatch(/^https:\/\/[^/]+\.(example|test|invalid)\//);
  });
});

describe('GET /alerts filters and sorts', () => {
  it('takes repeated status, severity and type keys', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const page = await list('?status=new&status=acknowledged&severity=high&severity=critical&type=account_takeover&pageSize=200');
    expect(page.total).toBeGreaterThan(0);
    for (const alert of page.items) {
      expect(['new', 'acknowledged']).toContain(alert.status);
      expect(['high', 'critical']).toContain(alert.severity);
      expect(alert.type).toBe('account_takeover');
    }
  });

  it('finds unassigned alerts with assigneeId=none, and one analyst’s by id', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const none = await list('?assigneeId=none&status=new&pageSize=200');
    expect(none.total).toBeGreaterThan(0);
    for (const alert of none.items) expect(alert.assigneeId).toBeUndefined();
    const mine = await list(`?assigneeId=${demoStaff.analyst.id}&pageSize=200`);
    for (const alert of mine.items) expect(alert.assigneeId).toBe(demoStaff.analyst.id);
    const both = await list(`?assigneeId=none&assigneeId=${demoStaff.analyst.id}&pageSize=1`);
    const noneAll = await list('?assigneeId=none&pageSize=1');
    expect(both.total).toBe(noneAll.total + mine.total);
  });

  it('matches q against the id exactly and the title case-insensitively', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const byId = await list(`?q=${knownAlerts.newCritical}`);
    expect(byId.items.map((alert) => alert.id)).toEqual([knownAlerts.newCritical]);
    const byTitle = await list('?q=PHISHING%20LINK&pageSize=200');
    expect(byTitle.total).toBeGreaterThan(0);
    for (const alert of byTitle.items) expect(alert.title.toLowerCase()).toContain('phishing link');
  });

  it('bounds detectedAt with from and to, both inclusive', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const from = '2026-11-01T00:00:00Z';
    const to = '2026-11-08T00:00:00Z';
    const page = await list(`?from=${from}&to=${to}&pageSize=200&sort=detectedAt:asc`);
    expect(page.total).toBeGreaterThan(100);
    for (const alert of page.items) {
      expect(Date.parse(alert.detectedAt)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(alert.detectedAt)).toBeLessThanOrEqual(Date.parse(to));
    }
    expect((await callApi(`/alerts?from=${to}&to=${from}`)).status).toBe(400);
  });

  it('answers 400 for unknown filter values, sorts and names', async () => {
    pinClock(now);
    await signedInAs('analyst');
    for (const [query, field] of [
      ['?status=open', 'status'],
      ['?severity=urgent', 'severity'],
      ['?type=spam', 'type'],
      ['?assigneeId=stf_nobody1', 'assigneeId'],
      ['?accountId=nope', 'accountId'],
      ['?from=yesterday', 'from'],
      ['?sort=title:asc', 'sort'],
      ['?colour=red', 'colour'],
    ] as const) {
      const reply = await callApi(`/alerts${query}`);
      expect(reply.status, query).toBe(400);
      expect(fieldsOf(reply.body)).toContain(field);
    }
  });

  it('sorts severity by rank, not by text', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const rank = (alert: Alert) => alertSeverities.indexOf(alert.severity);
    const desc = await list('?status=new&status=acknowledged&sort=severity:desc&pageSize=200');
    expect(desc.items[0]?.severity).toBe('critical');
    desc.items.slice(1).forEach((alert, n) => expect(rank(alert)).toBeLessThanOrEqual(alertSeverities.indexOf(desc.items[n]?.severity ?? 'low')));
    const asc = await list('?sort=severity:asc&pageSize=50');
    expect(asc.items[0]?.severity).toBe('low');
    const risk = await list('?sort=riskScore:desc&pageSize=50');
    risk.items.slice(1).forEach((alert, n) => expect(alert.riskScore).toBeLessThanOrEqual(risk.items[n]?.riskScore ?? 0));
    const updated = await list('?sort=updatedAt:desc&pageSize=50');
    updated.items.slice(1).forEach((alert, n) =>
      expect(Date.parse(alert.updatedAt)).toBeLessThanOrEqual(Date.parse(updated.items[n]?.updatedAt ?? '') + 999),
    );
    const status = await list('?sort=status:asc&pageSize=1');
    expect(status.items[0]?.status).toBe('new');
  });

  it('counts per status with the list’s filters but status', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const counts = alertCountsSchema.parse((await callApi('/alerts/counts?severity=critical&type=account_takeover')).body);
    for (const status of alertStatuses) {
      expect((await list(`?severity=critical&type=account_takeover&status=${status}&pageSize=1`)).total).toBe(counts[status]);
    }
    expect((await callApi('/alerts/counts?status=new')).status).toBe(400);
  });
});

describe('who may read alerts', () => {
  it('lets support read the alerts of one account only', async () => {
    pinClock(now);
    await signedInAs('support');
    const queue = await callApi('/alerts');
    expect(queue.status).toBe(403);
    expect(problem(queue.body)).toMatchObject({ type: problemTypes.roleRequired, requiredRoles: ['security_analyst', 'privacy_officer'] });
    expect((await callApi('/alerts/counts')).status).toBe(403);
    const tab = await list(`?accountId=${knownAccounts.locked}`);
    expect(tab.items.map((alert) => alert.id).sort()).toEqual([knownAlerts.newCritical, knownAlerts.acknowledged].sort());
    expect((await callApi(`/alerts/counts?accountId=${knownAccounts.locked}`)).status).toBe(200);
    expect((await callApi('/incidents')).status).toBe(403);
  });

  it('refuses legal the alerts, but shows it the incidents', async () => {
    pinClock(now);
    await signedInAs('legal');
    expect((await callApi(`/alerts?accountId=${knownAccounts.locked}`)).status).toBe(403);
    expect((await callApi('/incidents')).status).toBe(200);
  });
});

describe('PATCH /alerts/{id}', () => {
  it('allows exactly the contract’s moves; every other move is 409', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const pools = new Map<AlertStatus, Alert[]>();
    for (const status of alertStatuses) pools.set(status, (await list(`?status=${status}&pageSize=20&sort=detectedAt:desc`)).items);
    for (const from of alertStatuses) {
      for (const to of alertStatuses) {
        const alert = pools.get(from)?.pop();
        if (!alert) throw new Error(`no ${from} alert left`);
        const reply = await patch(alert, moveBody(to), csrfToken);
        const allowed = canMoveAlert(from, to) && to !== 'escalated';
        expect(reply.status, `${from} → ${to}`).toBe(allowed ? 200 : 409);
        if (allowed) {
          const updated = alertSchema.parse(reply.body);
          expect(updated).toMatchObject({ status: to, version: alert.version + 1, updatedAt: new Date(now).toISOString() });
          expect(reply.headers.get('ETag')).toBe(`"${String(updated.version)}"`);
          if (to === 'acknowledged') expect(updated.resolution).toBeUndefined();
        } else {
          expect(problem(reply.body).type).toBe(problemTypes.conflict);
        }
      }
    }
  });

  it('needs a resolution to resolve and a note to dismiss (400 on that field)', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const acknowledged = await one(knownAlerts.acknowledged);
    const resolve = await patch(acknowledged, { status: 'resolved' }, csrfToken);
    expect(resolve.status).toBe(400);
    expect(fieldsOf(resolve.body)).toEqual(['resolution']);
    const dismiss = await patch(acknowledged, { status: 'dismissed' }, csrfToken);
    expect(dismiss.status).toBe(400);
    expect(fieldsOf(dismiss.body)).toEqual(['note']);
    const tooLong = await patch(acknowledged, { note: 'x'.repeat(5001) }, csrfToken);
    expect(fieldsOf(tooLong.body)).toEqual(['note']);
    expect((await patch(acknowledged, {}, csrfToken)).status).toBe(400);
  });

  it('takes one of two simultaneous dismissals on the same version; the other gets 412 and the note is stored once', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const alerts = (await list('?status=new&pageSize=10&sort=detectedAt:desc')).items;
    expect(alerts).toHaveLength(10);
    for (const alert of alerts) {
      const notesBefore = ((await callApi<{ total: number }>(`/alerts/${alert.id}/notes`)).body).total;
      const auditedBefore = auditTotal('alert.update', alert.id);
      const body = moveBody('dismissed');
      const replies = await Promise.all([patch(alert, body, csrfToken), patch(alert, body, csrfToken)]);
      expect(replies.map((reply) => reply.status).sort(), alert.id).toEqual([200, 412]);
      const refused = replies.find((reply) => reply.status === 412);
      expect(alertSchema.parse(problem(refused?.body).current)).toMatchObject({ status: 'dismissed', version: alert.version + 1 });
      expect(((await callApi<{ total: number }>(`/alerts/${alert.id}/notes`)).body).total).toBe(notesBefore + 1);
      expect(auditTotal('alert.update', alert.id)).toBe(auditedBefore + 1);
    }
  });

  it('needs If-Match (428) and refuses a stale one with the current alert (412)', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const alert = await one(knownAlerts.newCritical);
    expect((await patch(alert, { status: 'acknowledged' }, csrfToken, null)).status).toBe(428);
    const stale = await patch(alert, { status: 'acknowledged' }, csrfToken, alert.version - 1);
    expect(stale.status).toBe(412);
    const body = problem(stale.body);
    expect(alertSchema.parse(body.current)).toEqual(alert);
    expect(stale.headers.get('ETag')).toBe(`"${String(alert.version)}"`);
  });

  it('assigns to people who may change alerts, unassigns with null, keeps a PATCH’s note, audits and journals', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('dpo');
    let alert = await one(knownAlerts.newCritical);
    const support = await patch(alert, { assigneeId: demoStaff.support.id }, csrfToken);
    expect(support.status).toBe(400);
    expect(fieldsOf(support.body)).toEqual(['assigneeId']);
    const assigned = await patch(alert, { status: 'acknowledged', assigneeId: demoStaff.analyst2.id, note: '  Looking into it.  ' }, csrfToken);
    expect(assigned.status).toBe(200);
    alert = alertSchema.parse(assigned.body);
    expect(alert).toMatchObject({ status: 'acknowledged', assigneeId: demoStaff.analyst2.id });
    const unassigned = alertSchema.parse((await patch(alert, { assigneeId: null, severity: 'high' }, csrfToken)).body);
    expect(unassigned.assigneeId).toBeUndefined();
    expect(unassigned.severity).toBe('high');
    const notes = alertNotePageSchema.parse((await callApi(`/alerts/${alert.id}/notes`)).body);
    expect(notes.items.map((note) => note.body)).toEqual(['Looking into it.']);
    const audit = auditTotal('alert.update', alert.id);
    expect(audit).toBe(2);
    reloadDb();
    expect(await one(alert.id)).toEqual(unassigned);
  });

  it('is for security analysts and the privacy officer only', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('support');
    const reply = await patch({ id: knownAlerts.newCritical, version: 1 }, { status: 'acknowledged' }, csrfToken);
    expect(reply.status).toBe(403);
  });
});

describe('POST /alerts/bulk', () => {
  it('updates what it can and reports each failure on its own', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const [first, second] = (await list('?status=acknowledged&pageSize=2')).items;
    const fresh = await one(knownAlerts.newCritical);
    if (!first || !second) throw new Error('no acknowledged alerts');
    const reply = await callApi('/alerts/bulk', {
      method: 'POST',
      csrfToken,
      body: {
        items: [
          { id: first.id, version: first.version },
          { id: second.id, version: second.version - 1 },
          { id: fresh.id, version: fresh.version },
          { id: 'alr_zzzzzz', version: 1 },
        ],
        patch: { status: 'resolved', resolution: 'false_positive', note: 'Same VPN as last week.' },
      },
    });
    expect(reply.status).toBe(200);
    const result = alertBulkResponseSchema.parse(reply.body);
    expect(result.updated.map((alert) => [alert.id, alert.status, alert.resolution])).toEqual([[first.id, 'resolved', 'false_positive']]);
    const failures = Object.fromEntries(result.failed.map((failure) => [failure.id, failure.problem]));
    expect(failures[second.id]?.status).toBe(412);
    expect(alertSchema.parse(failures[second.id]?.current).id).toBe(second.id);
    expect(failures[fresh.id]?.status).toBe(409);
    expect(failures.alr_zzzzzz?.status).toBe(404);
    expect(auditTotal('alert.bulk_update', first.id)).toBe(1);
    expect(auditTotal('alert.bulk_update', second.id)).toBe(0);
  });

  it('validates the patch once and caps the items at 500', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const invalid = await callApi('/alerts/bulk', {
      method: 'POST',
      csrfToken,
      body: { items: [{ id: knownAlerts.acknowledged, version: 2 }], patch: { status: 'dismissed' } },
    });
    expect(fieldsOf(invalid.body)).toEqual(['patch.note']);
    const tooMany = await callApi('/alerts/bulk', {
      method: 'POST',
      csrfToken,
      body: { items: Array.from({ length: 501 }, (_, n) => ({ id: ids.alert.encode(n), version: 1 })), patch: { severity: 'low' } },
    });
    expect(fieldsOf(tooMany.body)).toEqual(['items']);
  });
});

describe('notes', () => {
  it('adds a note once per Idempotency-Key and lists notes oldest first', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const key = crypto.randomUUID();
    /** `idempotencyKey: null` sends none. */
    const send = (body: unknown, idempotencyKey: string | null = key) =>
      callApi(`/alerts/${knownAlerts.acknowledged}/notes`, {
        method: 'POST',
        csrfToken,
        body,
        ...(idempotencyKey === null ? {} : { idempotencyKey }),
      });
    const first = await send({ body: 'Called the customer, <b>no answer</b>.' });
    expect(first.status).toBe(201);
    const note = alertNoteSchema.parse(first.body);
    expect(note).toMatchObject({ alertId: knownAlerts.acknowledged, authorId: demoStaff.analyst.id, body: 'Called the customer, <b>no answer</b>.' });
    const repeat = await send({ body: 'Called the customer, <b>no answer</b>.' });
    expect(alertNoteSchema.parse(repeat.body)).toEqual(note);
    expect((await send({ body: 'Something else' })).status).toBe(422);
    expect((await send({ body: 'No key' }, null)).status).toBe(428);
    const tooLong = await send({ body: 'x'.repeat(5001) }, crypto.randomUUID());
    expect(tooLong.status).toBe(400);
    expect(fieldsOf(tooLong.body)).toEqual(['body']);
    advanceClock(minute);
    await send({ body: 'Second note' }, crypto.randomUUID());
    const page = alertNotePageSchema.parse((await callApi(`/alerts/${knownAlerts.acknowledged}/notes`)).body);
    expect(page.items.map((item) => item.body)).toEqual(['Called the customer, <b>no answer</b>.', 'Second note']);
    expect(page.total).toBe(2);
    const dismissed = alertNotePageSchema.parse((await callApi(`/alerts/${knownAlerts.dismissed}/notes`)).body);
    expect(dismissed.total).toBe(1);
  });
});

describe('POST /alerts/{id}/escalate', () => {
  function escalate(alert: Pick<Alert, 'id' | 'version'>, body: unknown, csrfToken: string) {
    return callApi(`/alerts/${alert.id}/escalate`, {
      method: 'POST',
      csrfToken,
      body,
      ifMatch: alert.version,
      idempotencyKey: crypto.randomUUID(),
    });
  }

  it('links an acknowledged alert to an open incident', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const alert = await one(knownAlerts.acknowledged);
    const reply = await escalate(alert, { incidentId: knownIncidents.open }, csrfToken);
    expect(reply.status).toBe(200);
    expect(alertSchema.parse(reply.body)).toMatchObject({ status: 'escalated', incidentId: knownIncidents.open, version: alert.version + 1 });
    const incident = incidentSchema.parse((await callApi(`/incidents/${knownIncidents.open}`)).body);
    expect(incident.linkedAlertIds).toContain(alert.id);
    expect(incident.timeline.at(-1)?.text).toContain(alert.id);
    expect(auditTotal('alert.escalate', alert.id)).toBe(1);
  });

  it('opens a new incident with the 72-hour clock from now', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('dpo');
    const alert = await one(knownAlerts.acknowledged);
    const reply = await escalate(alert, { newIncident: { title: 'Takeover of a locked account', severity: 'critical' } }, csrfToken);
    expect(reply.status).toBe(200);
    const escalated = alertSchema.parse(reply.body);
    const incident = incidentSchema.parse((await callApi(`/incidents/${escalated.incidentId ?? ''}`)).body);
    expect(incident).toMatchObject({
      title: 'Takeover of a locked account',
      severity: 'critical',
      status: 'open',
      awareAt: new Date(now).toISOString(),
      regulatorDeadlineAt: '2026-11-28T09:00:00.000Z',
      linkedAlertIds: [alert.id],
    });
    const found = incidentPageSchema.parse((await callApi('/incidents?q=takeover%20of%20a%20locked')).body);
    expect(found.items.map((item) => item.id)).toEqual([incident.id]);
  });

  it('refuses a new alert, a closed incident, an unknown one and a body with both or neither', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const fresh = await one(knownAlerts.newCritical);
    expect((await escalate(fresh, { incidentId: knownIncidents.open }, csrfToken)).status).toBe(409);
    const alert = await one(knownAlerts.acknowledged);
    expect((await escalate(alert, { incidentId: knownIncidents.closed }, csrfToken)).status).toBe(409);
    expect((await escalate(alert, { incidentId: 'inc_zzzzzz' }, csrfToken)).status).toBe(404);
    expect((await escalate(alert, {}, csrfToken)).status).toBe(400);
    expect(
      (await escalate(alert, { incidentId: knownIncidents.open, newIncident: { title: 'x', severity: 'low' } }, csrfToken)).status,
    ).toBe(400);
    const noMatch = await callApi(`/alerts/${alert.id}/escalate`, {
      method: 'POST',
      csrfToken,
      body: { incidentId: knownIncidents.open },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(noMatch.status).toBe(428);
    expect((await one(alert.id)).status).toBe('acknowledged');
  });
});

describe('live arrivals', () => {
  async function arrivals(): Promise<string[]> {
    pinClock(now);
    await signedInAs('analyst');
    await list('?pageSize=1');
    advanceClock(10 * minute);
    const page = await list(`?status=new&from=${new Date(Date.parse(now) + 1).toISOString()}&pageSize=200`);
    for (const alert of page.items) {
      expect(Date.parse(alert.detectedAt)).toBeGreaterThan(Date.parse(now));
      expect(Date.parse(alert.detectedAt)).toBeLessThanOrEqual(Date.parse(now) + 10 * minute);
      expect(alert).toMatchObject({ version: 1, status: 'new' });
      expect(alert.assigneeId).toBeUndefined();
    }
    return page.items.map((alert) => `${alert.id} ${alert.detectedAt} ${alert.title}`);
  }

  it('brings the same few new alerts per minute of a pinned clock every time', async () => {
    const first = await arrivals();
    expect(first.length).toBeGreaterThanOrEqual(10);
    expect(first.length).toBeLessThanOrEqual(40);
    resetDb();
    expect(await arrivals()).toEqual(first);
  });

  it('keeps a change to a live alert after a reload', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    await list('?pageSize=1');
    advanceClock(5 * minute);
    const [live] = (await list(`?status=new&from=${new Date(Date.parse(now) + 1).toISOString()}&pageSize=1`)).items;
    if (!live) throw new Error('no live alert');
    expect((await patch(live, { status: 'acknowledged' }, csrfToken)).status).toBe(200);
    reloadDb();
    expect((await one(live.id)).status).toBe('acknowledged');
  });
});

describe('accounts and alerts agree', () => {
  async function openCount(accountId: string): Promise<{ summary: number; listed: number }> {
    const account = accountSchema.parse((await callApi(`/accounts/${accountId}`)).body);
    const listed = (await list(`?accountId=${accountId}&${openQuery}`)).total;
    // Nobody attacks a closed or anonymized account any more.
    if (listed > 0) expect(['active', 'locked']).toContain(account.status);
    return { summary: account.openAlertCount, listed };
  }

  it('counts an account’s open alerts from the alerts themselves', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    expect(await openCount(knownAccounts.locked)).toEqual({ summary: 2, listed: 2 });
    expect(await openCount(knownAccounts.heavyHistory)).toEqual({ summary: 1, listed: 1 });
    expect(await openCount(knownAccounts.marketingOptIn)).toEqual({ summary: 0, listed: 0 });
    expect((await list(`?accountId=${knownAccounts.noConsentEvents}`)).total).toBe(0);
    const sample = (await list(`?${openQuery}&pageSize=20`)).items;
    for (const alert of sample) {
      const { summary, listed } = await openCount(alert.accountId);
      expect(summary).toBe(listed);
    }
    const alert = await one(knownAlerts.acknowledged);
    await patch(alert, { status: 'dismissed', note: 'Customer confirmed.' }, csrfToken);
    expect(await openCount(knownAccounts.locked)).toEqual({ summary: 1, listed: 1 });
  });

  /** `POST /accounts/{id}/reveal` of a value in an alert's evidence. */
  const revealEvidence = (csrfToken: string, field: 'ip' | 'macAddress', accountId: string, targetId: string) =>
    callApi(`/accounts/${accountId}/reveal`, {
      method: 'POST',
      csrfToken,
      body: { field, targetId, reason: 'Checking the alert evidence' },
    });

  it('reveals an alert’s evidence IP through the account, audited', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const reveal = (accountId: string, targetId: string) => revealEvidence(csrfToken, 'ip', accountId, targetId);
    const alert = await one(knownAlerts.newCritical);
    const reply = await reveal(knownAccounts.locked, alert.id);
    expect(reply.status).toBe(200);
    const value = revealResponseSchema.parse(reply.body);
    expect(value).toMatchObject({ field: 'ip', targetId: alert.id });
    expect('value' in value ? value.value : '').toMatch(new RegExp(`^${alert.evidence.ip.replace('***', '').replaceAll('.', '\\.')}\\d+$`));
    expect((await reveal(knownAccounts.heavyHistory, alert.id)).status).toBe(404);
  });

  it('reveals the MAC of an alert’s evidence device through the account; 404 through another account', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const reveal = (accountId: string, targetId: string) =>
      revealEvidence(csrfToken, 'macAddress', accountId, targetId);
    const alert = await one(knownAlerts.newCritical);
    const device = alert.evidence.device;
    if (!device) throw new Error('The takeover alert has no device');
    const reply = await reveal(alert.accountId, device.id);
    expect(reply.status).toBe(200);
    const value = revealResponseSchema.parse(reply.body);
    expect(value).toMatchObject({ field: 'macAddress', targetId: device.id });
    const mac = 'value' in value ? value.value : '';
    expect(mac).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
    expect(mac.slice(0, 8)).toBe(device.macAddress.slice(0, 8));
    expect((await reveal(knownAccounts.heavyHistory, device.id)).status).toBe(404);
    expect((await reveal(alert.accountId, 'dev_azzzzzzzz')).status).toBe(404);
  });
});

describe('what a change says, in the audit log and the alert’s activity', () => {
  it('refuses a move with what to do instead, in every state’s grammar', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const fresh = await one(knownAlerts.newCritical);
    const resolve = await patch(fresh, { status: 'resolved', resolution: 'benign' }, csrfToken);
    expect(problem(resolve.body).detail).toBe('A new alert is not resolved directly: acknowledge it first, then resolve it.');
    const escalation = await callApi(`/alerts/${fresh.id}/escalate`, {
      method: 'POST',
      csrfToken,
      ifMatch: fresh.version,
      idempotencyKey: crypto.randomUUID(),
      body: { incidentId: knownIncidents.open },
    });
    expect(problem(escalation.body).detail).toBe('A new alert is not escalated directly: acknowledge it first, then escalate it.');
    const acknowledged = await one(knownAlerts.acknowledged);
    const again = await patch(acknowledged, { status: 'acknowledged' }, csrfToken);
    expect(problem(again.body).detail).toBe('An acknowledged alert is already acknowledged.');
    const escalated = await one(knownAlerts.escalated);
    const dismiss = await patch(escalated, { status: 'dismissed', note: 'Noise' }, csrfToken);
    expect(problem(dismiss.body).detail).toBe('An escalated alert belongs to an incident: resolve it instead of dismissing it.');
    const resolved = await one(knownAlerts.resolved);
    const dismissResolved = await patch(resolved, { status: 'dismissed', note: 'Noise' }, csrfToken);
    expect(problem(dismissResolved.body).detail).toBe('A resolved alert is closed: reopen it first, then dismiss it.');
  });

  it('records one alert’s change as alert.update naming people, a reopening as such, and a dismissal’s note as its reason', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const fresh = await one(knownAlerts.newCritical);
    const assigned = await patch(fresh, { assigneeId: demoStaff.analyst2.id }, csrfToken);
    expect(assigned.status).toBe(200);
    const resolved = await one(knownAlerts.resolved);
    expect((await patch(resolved, { status: 'acknowledged' }, csrfToken)).status).toBe(200);
    const acknowledged = await one(knownAlerts.acknowledged);
    expect((await patch(acknowledged, { status: 'dismissed', note: 'Duplicate of alr_k4ppl8' }, csrfToken)).status).toBe(200);

    const latest = (id: string) => queryAuditLog({ targetId: id, direction: 'desc', page: 1, pageSize: 1 }).items[0];
    expect(latest(fresh.id)).toMatchObject({
      action: 'alert.update',
      actorId: demoStaff.analyst.id,
      summary: `Assigned ${fresh.id} to ${demoStaff.analyst2.name}`,
    });
    expect(latest(fresh.id)?.summary).not.toMatch(/stf_/);
    expect(latest(resolved.id)).toMatchObject({ action: 'alert.update', summary: `Reopened ${resolved.id}` });
    expect(latest(acknowledged.id)).toMatchObject({
      action: 'alert.update',
      summary: `Dismissed ${acknowledged.id}, with a note`,
      reason: 'Duplicate of alr_k4ppl8',
    });
  });

  it('lists an alert’s own activity oldest first to those who may read the alert, and to nobody else', async () => {
    pinClock(now);
    const { csrfToken } = await signedInAs('analyst');
    const fresh = await one(knownAlerts.newCritical);
    expect((await patch(fresh, { status: 'acknowledged' }, csrfToken)).status).toBe(200);
    advanceClock(5 * minute);
    expect((await patch(await one(fresh.id), { assigneeId: demoStaff.analyst.id }, csrfToken)).status).toBe(200);

    const reply = await callApi(`/alerts/${fresh.id}/activity`);
    expect(reply.status).toBe(200);
    const activity = auditPageSchema.parse(reply.body);
    expect(activity.items.every((event) => event.targetType === 'alert' && event.targetId === fresh.id)).toBe(true);
    const times = activity.items.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(activity.items.slice(-2).map((event) => event.summary)).toEqual([
      `Acknowledged ${fresh.id}`,
      `Assigned ${fresh.id} to ${demoStaff.analyst.name}`,
    ]);
    expect((await callApi('/alerts/alr_zzzzzz/activity')).status).toBe(404);

    await signedInAs('support');
    expect((await callApi(`/alerts/${fresh.id}/activity`)).status).toBe(403);
    await signedInAs('legal');
    expect((await callApi(`/alerts/${fresh.id}/activity`)).status).toBe(403);
  });
});
