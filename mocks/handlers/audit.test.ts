import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '@/shared/contract/audit';
import { problemTypes, type FieldError } from '@/shared/contract/common';
import { appendAuditEvent } from '@mocks/db/audit/state';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

interface ProblemReply {
  type: string;
  status: number;
  errors?: FieldError[];
  requiredRoles?: string[];
}

async function auditPage(query = '') {
  const reply = await callApi(`/audit-events${query}`);
  expect(reply.status).toBe(200);
  return auditPageSchema.parse(reply.body);
}

describe('GET /audit-events', () => {
  it('is for the privacy officer only: 403 role-required naming the role', async () => {
    for (const who of ['support', 'analyst', 'legal', 'multi'] as const) {
      await signedInAs(who);
      const reply = await callApi<ProblemReply>('/audit-events');
      expect(reply.status).toBe(403);
      expect(reply.body.type).toBe(problemTypes.roleRequired);
      expect(reply.body.requiredRoles).toEqual(['privacy_officer']);
    }
  });

  it('needs a session', async () => {
    expect((await callApi('/audit-events')).status).toBe(401);
  });

  it('pages the seeded log newest first by default', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('dpo');
    const first = await auditPage();
    expect(first.page).toBe(1);
    expect(first.pageSize).toBe(50);
    expect(first.items).toHaveLength(50);
    expect(first.total).toBeGreaterThan(2000);
    const times = first.items.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const second = await auditPage('?page=2');
    expect(Date.parse(second.items[0]?.at ?? '')).toBeLessThanOrEqual(times.at(-1) ?? 0);
    expect(second.items.map((event) => event.id)).not.toContain(first.items.at(-1)?.id);

    const oldest = await auditPage('?sort=at:asc&pageSize=1');
    expect(oldest.total).toBe(first.total);
    expect(Date.parse(oldest.items[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-08-27T00:00:00Z'));
  });

  it('lists what was written since the seed with it: same-time events in writing order, a page past the end empty', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('dpo');
    const written = ['first', 'second', 'third'].map((summary) =>
      appendAuditEvent({
        action: 'account.reveal',
        targetType: 'account',
        targetId: 'acc_ele67v',
        reason: 'Customer asked on the phone',
        summary,
        actorId: 'stf_1a7k3m',
      }),
    );
    const newest = await auditPage('?pageSize=3');
    expect(newest.items.map((event) => event.summary)).toEqual(['third', 'second', 'first']);

    const total = newest.total;
    const oldestFirst = async (n: number) =>
      (await auditPage(`?sort=at:asc&pageSize=1&page=${String(n)}`)).items.map((event) => event.id);
    expect(await oldestFirst(total - 2)).toEqual([written[0]?.id]);
    expect(await oldestFirst(total)).toEqual([written[2]?.id]);

    const past = await auditPage(`?pageSize=50&page=${String(Math.ceil(total / 50) + 1)}`);
    expect(past).toMatchObject({ items: [], total });
  });

  it('filters by actor, action, target type, target and time', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signedInAs('dpo');
    const reveals = await auditPage('?action=account.reveal&actorId=stf_1a7k3m&pageSize=200');
    expect(reveals.total).toBeGreaterThan(0);
    for (const event of reveals.items) {
      expect(event).toMatchObject({ action: 'account.reveal', actorId: 'stf_1a7k3m', targetType: 'account' });
      expect(event.targetId).toMatch(/^acc_/);
      expect(event.reason?.length).toBeGreaterThanOrEqual(10);
    }

    const target = reveals.items[0]?.targetId ?? '';
    const byTarget = await auditPage(`?targetId=${target}`);
    expect(byTarget.items.every((event) => event.targetId === target)).toBe(true);
    expect(byTarget.total).toBeGreaterThan(0);

    const alerts = await auditPage('?targetType=alert&pageSize=200');
    expect(alerts.items.every((event) => event.targetType === 'alert' && event.targetId.startsWith('alr_'))).toBe(true);

    const week = await auditPage('?from=2026-11-16T00:00:00Z&to=2026-11-22T23:59:59Z&pageSize=200');
    expect(week.total).toBeGreaterThan(0);
    for (const event of week.items) {
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(Date.parse('2026-11-16T00:00:00Z'));
      expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.parse('2026-11-22T23:59:59Z'));
    }
  });

  it.each([
    ['an unknown filter', '?actor=stf_1a7k3m', 'actor'],
    ['an unknown target type', '?targetType=customer', 'targetType'],
    ['an unknown sort field', '?sort=actorId:asc', 'sort'],
    ['a bad sort direction', '?sort=at:up', 'sort'],
    ['a page size over 200', '?pageSize=201', 'pageSize'],
    ['page 0', '?page=0', 'page'],
    ['a date that is not ISO', '?from=yesterday', 'from'],
    ['from after to', '?from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z', 'from'],
    ['an actor that is not a staff id', '?actorId=acc_123456', 'actorId'],
  ])('answers 400 for %s', async (_name, query, field) => {
    await signedInAs('dpo');
    const reply = await callApi<ProblemReply>(`/audit-events${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.type).toBe(problemTypes.validation);
    expect(reply.body.errors?.map((error) => error.field)).toEqual([field]);
  });
});
