import { describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import {
  incidentPageSchema,
  incidentSchema,
  incidentSeverities,
  incidentStatuses,
  type Incident,
} from '@/shared/contract/incidents';
import { hour } from '@mocks/clock';
import { reloadDb } from '@mocks/db/database';
import { ids } from '@mocks/db/ids';
import { knownIncidents } from '@mocks/db/known-incidents';
import { knownIncidents as knownIncidentsOfAlerts } from '@mocks/db/known-alerts';
import { commitIncident, findIncident } from '@mocks/db/incidents';
import { incidentFactory } from '@mocks/factories/incident';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

const now = '2026-11-25T09:00:00Z';

async function list(query = '') {
  const reply = await callApi(`/incidents${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return incidentPageSchema.parse(reply.body);
}

function awareTimes(items: readonly Incident[]): number[] {
  return items.map((incident) => Date.parse(incident.awareAt));
}

describe('GET /incidents', () => {
  it('lists the ~30 seeded incidents, newest awareness first, each with its 72-hour regulator deadline', async () => {
    pinClock(now);
    await signedInAs('dpo');
    const page = await list('?pageSize=200');
    expect(page.total).toBeGreaterThanOrEqual(25);
    expect(page.total).toBeLessThanOrEqual(40);
    expect(page.items).toHaveLength(page.total);
    const aware = awareTimes(page.items);
    expect(aware).toEqual([...aware].sort((a, b) => b - a));
    for (const incident of page.items) {
      expect(Date.parse(incident.regulatorDeadlineAt) - Date.parse(incident.awareAt)).toBe(72 * hour);
    }
    expect(new Set(page.items.map((incident) => incident.status)).size).toBeGreaterThan(2);
  });

  it('pages: the pages hold every incident once, and the total never changes', async () => {
    await signedInAs('analyst');
    const all = await list('?pageSize=200');
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 7); page += 1) {
      const one = await list(`?page=${String(page)}&pageSize=7`);
      expect(one).toMatchObject({ page, pageSize: 7, total: all.total });
      seen.push(...one.items.map((incident) => incident.id));
    }
    expect(seen).toEqual(all.items.map((incident) => incident.id));
    expect((await list(`?page=${String(Math.ceil(all.total / 7) + 1)}&pageSize=7`)).items).toEqual([]);
  });

  it('filters by status and severity', async () => {
    await signedInAs('analyst');
    for (const status of incidentStatuses) {
      const page = await list(`?status=${status}&pageSize=200`);
      expect(page.items.every((incident) => incident.status === status)).toBe(true);
    }
    const closed = await list('?status=closed&pageSize=200');
    expect(closed.items.map((incident) => incident.id)).toContain(knownIncidents.closed);
    const totals = await Promise.all(
      incidentSeverities.map(async (severity) => (await list(`?severity=${severity}`)).total),
    );
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe((await list()).total);
  });

  it('finds by the id exactly or by a piece of the title in any case', async () => {
    await signedInAs('analyst');
    const byId = await list(`?q=${knownIncidents.open}`);
    expect(byId.items.map((incident) => incident.id)).toEqual([knownIncidents.open]);
    const open = findIncident(knownIncidents.open);
    if (!open) throw new Error('no open incident');
    const word = open.title.split(/[ ,]/)[0] ?? '';
    const byTitle = await list(`?q=${encodeURIComponent(word.toUpperCase())}&pageSize=200`);
    expect(byTitle.items.map((incident) => incident.id)).toContain(knownIncidents.open);
    expect(byTitle.items.every((incident) => incident.title.toLowerCase().includes(word.toLowerCase()))).toBe(
      true,
    );
    expect((await list('?q=no such incident anywhere')).total).toBe(0);
  });

  it('sorts by severity rank and by status order, ties newest awareness first', async () => {
    await signedInAs('analyst');
    const bySeverity = (await list('?sort=severity:desc&pageSize=200')).items;
    const ranks = bySeverity.map((incident) => incidentSeverities.indexOf(incident.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const severity of incidentSeverities) {
      const aware = awareTimes(bySeverity.filter((incident) => incident.severity === severity));
      expect(aware).toEqual([...aware].sort((a, b) => b - a));
    }
    const byStatus = (await list('?sort=status:asc&pageSize=200')).items.map((incident) =>
      incidentStatuses.indexOf(incident.status),
    );
    expect(byStatus).toEqual([...byStatus].sort((a, b) => a - b));
    const detected = (await list('?sort=detectedAt:asc&pageSize=200')).items.map((incident) =>
      Date.parse(incident.detectedAt),
    );
    expect(detected).toEqual([...detected].sort((a, b) => a - b));
  });

  it('takes repeated status and severity keys as any of them (API.md, Conventions: multi-value filters)', async () => {
    await signedInAs('analyst');
    const reply = await callApi('/incidents?status=open&status=closed&pageSize=200');
    expect(reply.status).toBe(200);
    const statuses = new Set(incidentPageSchema.parse(reply.body).items.map((incident) => incident.status));
    expect(statuses).toEqual(new Set(['open', 'closed']));
  });

  it('answers 400 for an unknown filter, status, severity or sort field', async () => {
    await signedInAs('analyst');
    for (const query of [
      '?owner=me',
      '?status=resolved',
      '?severity=urgent',
      '?sort=title:asc',
      '?status=open&status=resolved',
    ]) {
      const reply = await callApi(`/incidents${query}`);
      expect(reply.status, query).toBe(400);
      expect(problemSchema.parse(reply.body).type).toBe(problemTypes.validation);
    }
  });

  it('needs a session and the incidents permission (support has none)', async () => {
    expect((await callApi('/incidents')).status).toBe(401);
    await signedInAs('support');
    expect((await callApi('/incidents')).status).toBe(403);
    expect((await callApi(`/incidents/${knownIncidents.open}`)).status).toBe(403);
  });
});

describe('GET /incidents/{id}', () => {
  it('serves one incident with its ETag, and 404 for an unknown id', async () => {
    await signedInAs('legal');
    const reply = await callApi(`/incidents/${knownIncidents.closed}`);
    expect(reply.status).toBe(200);
    const incident = incidentSchema.parse(reply.body);
    expect(incident).toMatchObject({ id: knownIncidents.closed, status: 'closed' });
    expect(reply.headers.get('ETag')).toBe(`"${String(incident.version)}"`);
    expect((await callApi('/incidents/inc_zzzzzz')).status).toBe(404);
  });
});

describe('the incidents family', () => {
  it('has the known incidents at the seeded indices, also where the alerts read them', () => {
    expect(knownIncidents.open).toBe(ids.incident.encode(0));
    expect(knownIncidents.closed).toBe(ids.incident.encode(1));
    expect(knownIncidentsOfAlerts).toBe(knownIncidents);
  });

  it('keeps a linked alert and an opened incident after a reload (the journal replays them)', async () => {
    pinClock(now);
    await signedInAs('analyst');
    const before = findIncident(knownIncidents.open);
    if (!before) throw new Error('no open incident');
    const version = before.version;
    const at = new Date(now).toISOString();
    commitIncident({
      type: 'link',
      incidentId: knownIncidents.open,
      alertId: 'alr_zz0001',
      alertTitle: 'Sign-in from a new country',
      accountId: 'acc_zz0001',
      at,
      by: 'stf_2b8p4n',
    });
    commitIncident({
      type: 'create',
      incident: incidentFactory.build({ id: 'inc_zz0001', title: 'Opened from an alert' }),
    });
    reloadDb();
    const linked = incidentSchema.parse((await callApi(`/incidents/${knownIncidents.open}`)).body);
    expect(linked.version).toBe(version + 1);
    expect(linked.linkedAlertIds).toContain('alr_zz0001');
    expect(linked.affectedAccountIds).toContain('acc_zz0001');
    expect((await list('?q=inc_zz0001')).items.map((incident) => incident.title)).toEqual([
      'Opened from an alert',
    ]);
  });
});
