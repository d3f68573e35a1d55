import { beforeEach, describe, expect, it } from 'vitest';
import { problemSchema, problemTypes } from '@/shared/contract/common';
import { alertSchema } from '@/shared/contract/alerts';
import {
  incidentSchema,
  incidentStatusMoves,
  incidentStatuses,
  type Incident,
} from '@/shared/contract/incidents';
import { hour, isoAt } from '@mocks/clock';
import { queryAuditLog } from '@mocks/db/audit/queries';
import { reloadDb } from '@mocks/db/database';
import { knownAlerts } from '@mocks/db/known-alerts';
import { knownIncidents } from '@mocks/db/known-incidents';
import { callApi, type CallOptions } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';
import type { DemoStaffKey } from '@mocks/db/staff';

const pinned = '2026-11-25T09:00:00Z';
const nowMs = Date.parse(pinned);

beforeEach(() => {
  pinClock(pinned);
});

async function as(who: DemoStaffKey) {
  return (await signedInAs(who)).csrfToken;
}

async function one(id: string): Promise<Incident> {
  const reply = await callApi(`/incidents/${id}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return incidentSchema.parse(reply.body);
}

function patch(
  id: string,
  csrfToken: string,
  body: unknown,
  ifMatch: number | string | undefined,
  extra: CallOptions = {},
) {
  return callApi(`/incidents/${id}`, {
    method: 'PATCH',
    csrfToken,
    body,
    ...(ifMatch === undefined ? {} : { ifMatch }),
    ...extra,
  });
}

let keys = 0;
async function create(csrfToken: string, body: Record<string, unknown> = {}): Promise<Incident> {
  keys += 1;
  const reply = await callApi('/incidents', {
    method: 'POST',
    csrfToken,
    idempotencyKey: `create-${String(keys)}`,
    body: { title: 'Leaked order export', severity: 'high', ...body },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return incidentSchema.parse(reply.body);
}

function detailOf(reply: { body: unknown }): string {
  return problemSchema.parse(reply.body).detail ?? '';
}

describe('POST /incidents', () => {
  it('opens an incident now: status open, the 72-hour clock from awareAt, one timeline entry, audited', async () => {
    const csrf = await as('analyst');
    const account = (await one(knownIncidents.open)).affectedAccountIds[0];
    const incident = await create(csrf, {
      nature: 'An order export was left readable on a file share.',
      affectedAccountIds: [account],
    });
    expect(incident).toMatchObject({
      status: 'open',
      version: 1,
      awareAt: isoAt(nowMs),
      regulatorDeadlineAt: isoAt(nowMs + 72 * hour),
      affectedAccountCount: 1,
      nature: 'An order export was left readable on a file share.',
    });
    expect(incident.timeline).toHaveLength(1);
    expect((await one(incident.id)).title).toBe('Leaked order export');
    const audit = queryAuditLog({
      targetType: 'incident',
      targetId: incident.id,
      direction: 'asc',
      page: 1,
      pageSize: 10,
    });
    expect(audit.items.map((event) => event.action)).toEqual(['incident.create']);
  });

  it('takes an earlier awareAt (the deadline follows it) and refuses a future one', async () => {
    const csrf = await as('dpo');
    const earlier = await create(csrf, { awareAt: isoAt(nowMs - 80 * hour) });
    expect(earlier.regulatorDeadlineAt).toBe(isoAt(nowMs - 8 * hour));
    const reply = await callApi('/incidents', {
      method: 'POST',
      csrfToken: csrf,
      idempotencyKey: 'future',
      body: { title: 'Later', severity: 'low', awareAt: isoAt(nowMs + hour) },
    });
    expect(reply.status).toBe(400);
    expect(problemSchema.parse(reply.body).errors?.map((error) => error.field)).toEqual(['awareAt']);
  });

  it('opens one incident per Idempotency-Key, however often the request is repeated', async () => {
    const csrf = await as('analyst');
    const options: CallOptions = {
      method: 'POST',
      csrfToken: csrf,
      idempotencyKey: 'one-intent',
      body: { title: 'Twice clicked', severity: 'medium' },
    };
    const [first, second] = await Promise.all([
      callApi('/incidents', options),
      callApi('/incidents', options),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(incidentSchema.parse(second.body).id).toBe(incidentSchema.parse(first.body).id);
    const listed = await callApi<{ total: number }>('/incidents?q=Twice%20clicked');
    expect(listed.body.total).toBe(1);
    expect((await callApi('/incidents', { ...options, idempotencyKey: undefined })).status).toBe(428);
  });

  it('links the given alerts both ways, and refuses an alert of another incident', async () => {
    const csrf = await as('analyst');
    const incident = await create(csrf, { linkedAlertIds: [knownAlerts.acknowledged] });
    expect(incident.linkedAlertIds).toEqual([knownAlerts.acknowledged]);
    const alert = alertSchema.parse((await callApi(`/alerts/${knownAlerts.acknowledged}`)).body);
    expect(alert.incidentId).toBe(incident.id);
    const taken = await callApi('/incidents', {
      method: 'POST',
      csrfToken: csrf,
      idempotencyKey: 'taken',
      body: { title: 'Again', severity: 'low', linkedAlertIds: [knownAlerts.escalated] },
    });
    expect(taken.status).toBe(400);
    expect(detailOf(taken) + JSON.stringify(taken.body)).toContain(knownIncidents.open);
  });

  it('is for security analysts and the privacy officer: legal gets 403 role-required', async () => {
    const csrf = await as('legal');
    const reply = await callApi('/incidents', {
      method: 'POST',
      csrfToken: csrf,
      idempotencyKey: 'legal',
      body: { title: 'Not mine to open', severity: 'low' },
    });
    expect(reply.status).toBe(403);
    expect(problemSchema.parse(reply.body).type).toBe(problemTypes.roleRequired);
  });
});

describe('PATCH /incidents/{id}', () => {
  it('edits facts with If-Match: a new version, one timeline entry naming the fields, an audit event', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    const reply = await patch(
      knownIncidents.open,
      csrf,
      { nature: 'Sign-ins with leaked passwords.', measuresTaken: 'Passwords reset.' },
      before.version,
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const after = incidentSchema.parse(reply.body);
    expect(reply.headers.get('ETag')).toBe(`"${String(before.version + 1)}"`);
    expect(after).toMatchObject({
      nature: 'Sign-ins with leaked passwords.',
      measuresTaken: 'Passwords reset.',
    });
    expect(after.timeline).toHaveLength(before.timeline.length + 1);
    expect(after.timeline.at(-1)).toMatchObject({
      text: 'Facts edited: nature, measures taken',
      at: isoAt(nowMs),
    });
    const audit = queryAuditLog({
      targetType: 'incident',
      targetId: before.id,
      direction: 'asc',
      page: 1,
      pageSize: 10,
    });
    expect(audit.items.map((event) => event.action)).toContain('incident.update');
    reloadDb();
    expect((await one(knownIncidents.open)).nature).toBe('Sign-ins with leaked passwords.');
  });

  it('answers 428 without If-Match and 412 with the current incident on a stale version', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    expect((await patch(before.id, csrf, { cause: 'x' }, undefined)).status).toBe(428);
    expect((await patch(before.id, csrf, { cause: 'First' }, before.version)).status).toBe(200);
    const stale = await patch(before.id, csrf, { cause: 'Second' }, before.version);
    expect(stale.status).toBe(412);
    expect((stale.body as { current: Incident }).current).toMatchObject({
      cause: 'First',
      version: before.version + 1,
    });
  });

  it('lets exactly one of two writes on the same version through', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    const replies = await Promise.all([
      patch(before.id, csrf, { cause: 'A' }, before.version),
      patch(before.id, csrf, { cause: 'B' }, before.version),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 412]);
  });

  it('refuses awareAt: it is fixed once set (400 on awareAt)', async () => {
    const csrf = await as('dpo');
    const before = await one(knownIncidents.open);
    const reply = await patch(before.id, csrf, { awareAt: isoAt(nowMs), nature: 'n' }, before.version);
    expect(reply.status).toBe(400);
    expect(problemSchema.parse(reply.body).errors?.map((error) => error.field)).toEqual(['awareAt']);
    expect((await one(before.id)).awareAt).toBe(before.awareAt);
  });

  it('moves the status only along the machine; anything else is 409 naming the allowed moves', async () => {
    const csrf = await as('analyst');
    const incident = await create(csrf);
    let version = incident.version;
    for (const to of incidentStatuses) {
      if (to === 'open' || incidentStatusMoves.open.includes(to)) continue;
      const refused = await patch(incident.id, csrf, { status: to }, version);
      expect(refused.status, to).toBe(409);
      expect(detailOf(refused)).toContain('assessing or monitoring');
    }
    for (const to of ['assessing', 'notifying', 'monitoring', 'assessing', 'monitoring'] as const) {
      const moved = await patch(incident.id, csrf, { status: to }, version);
      expect(moved.status, to).toBe(200);
      const after = incidentSchema.parse(moved.body);
      expect(after.status).toBe(to);
      expect(after.timeline.at(-1)?.text).toMatch(new RegExp(`^Status: \\w+ → ${to}$`));
      version = after.version;
    }
    const back = await patch(incident.id, csrf, { status: 'notifying' }, version);
    expect(back.status).toBe(409);
    expect(detailOf(back)).toContain('closed or assessing');
  });

  it('closes only with a report or a decision: 409 lists what is missing, then closes', async () => {
    const analyst = await as('analyst');
    const incident = await create(analyst);
    let version = incidentSchema.parse(
      (await patch(incident.id, analyst, { status: 'monitoring' }, incident.version)).body,
    ).version;
    const refused = await patch(incident.id, analyst, { status: 'closed' }, version);
    expect(refused.status).toBe(409);
    expect(detailOf(refused)).toContain('File the regulator report, or record the decision not to report');

    // Recording the decision is legal's or the privacy officer's.
    const decision = { report: false, reason: 'Only device identifiers; no risk to customers.' };
    expect((await patch(incident.id, analyst, { regulatorDecision: decision }, version)).status).toBe(403);
    const legal = await as('legal');
    expect((await patch(incident.id, legal, { status: 'closed' }, version)).status).toBe(403);
    const decided = await patch(incident.id, legal, { regulatorDecision: decision }, version);
    expect(decided.status).toBe(200);
    const withDecision = incidentSchema.parse(decided.body);
    expect(withDecision.regulatorDecision).toEqual(decision);
    expect(withDecision.timeline.at(-1)?.text).toContain('not reported to the regulator');
    version = withDecision.version;

    const closed = await patch(incident.id, await as('dpo'), { status: 'closed' }, version);
    expect(closed.status).toBe(200);
    expect(incidentSchema.parse(closed.body).status).toBe('closed');
    const after = await patch(incident.id, await as('dpo'), { nature: 'late edit' }, version + 1);
    expect(after.status).toBe(409);
  });

  it('checks each field against the permission it needs (legal edits no facts)', async () => {
    const csrf = await as('legal');
    const before = await one(knownIncidents.open);
    const reply = await patch(before.id, csrf, { nature: 'Not legal’s to say' }, before.version);
    expect(reply.status).toBe(403);
    expect(problemSchema.parse(reply.body).requiredRoles).toEqual(['security_analyst', 'privacy_officer']);
  });

  it('refuses unknown accounts and a count below the listed ids (400 on the field)', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    const reply = await patch(
      before.id,
      csrf,
      { affectedAccountIds: ['acc_zzzzzz'], affectedAccountCount: 0 },
      before.version,
    );
    expect(reply.status).toBe(400);
    const fields = problemSchema.parse(reply.body).errors?.map((error) => error.field);
    expect(fields).toContain('affectedAccountIds.0');
    expect(fields).toContain('affectedAccountCount');
  });

  it('takes facts up to 5,000 characters after trimming; one more is 400 naming the field, nothing stored', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    const tooLong = await patch(before.id, csrf, { measuresTaken: 'x'.repeat(5001) }, before.version);
    expect(tooLong.status).toBe(400);
    expect(problemSchema.parse(tooLong.body).errors).toEqual([
      { field: 'measuresTaken', message: 'Shorten the measures taken to 5,000 characters or fewer' },
    ]);
    expect((await one(before.id)).version).toBe(before.version);
    const atLimit = await patch(before.id, csrf, { measuresTaken: ` ${'x'.repeat(5000)} ` }, before.version);
    expect(atLimit.status).toBe(200);
  });

  it('unlinks and links alerts both ways', async () => {
    const csrf = await as('analyst');
    const before = await one(knownIncidents.open);
    expect(before.linkedAlertIds).toContain(knownAlerts.escalated);
    const reply = await patch(
      before.id,
      csrf,
      {
        linkedAlertIds: [
          ...before.linkedAlertIds.filter((id) => id !== knownAlerts.escalated),
          knownAlerts.acknowledged,
        ],
      },
      before.version,
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const unlinked = alertSchema.parse((await callApi(`/alerts/${knownAlerts.escalated}`)).body);
    const linked = alertSchema.parse((await callApi(`/alerts/${knownAlerts.acknowledged}`)).body);
    expect(unlinked.incidentId).toBeUndefined();
    expect(linked.incidentId).toBe(before.id);
  });
});
