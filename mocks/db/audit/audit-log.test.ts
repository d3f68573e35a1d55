import { describe, expect, it } from 'vitest';
import { auditEventSchema, knownAuditActions, type AuditEvent } from '@/shared/contract/audit';
import { day } from '@mocks/clock';
import { resetDb } from '@mocks/db/database';
import { pinClock } from '@mocks/scenarios/clock';
import { queryAuditLog } from './queries';
import { ids } from '../ids';

function wholeLog(): AuditEvent[] {
  const first = queryAuditLog({ direction: 'asc', page: 1, pageSize: 200 });
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page += 1) {
    items.push(...queryAuditLog({ direction: 'asc', page, pageSize: 200 }).items);
  }
  return items;
}

describe('seeded audit log', () => {
  it('is the same for the same seed and clock, and differs for another seed', () => {
    pinClock('2026-11-25T09:00:00Z');
    resetDb({ seed: 7 });
    const first = wholeLog();
    resetDb({ seed: 7 });
    expect(wholeLog()).toEqual(first);
    resetDb({ seed: 8 });
    expect(wholeLog()).not.toEqual(first);
  });

  it('spans the 90 days before the clock at seed time, so "today" follows the pinned clock', () => {
    for (const now of ['2026-11-25T09:00:00Z', '2031-03-02T16:30:00Z']) {
      pinClock(now);
      resetDb();
      const log = wholeLog();
      const times = log.map((event) => Date.parse(event.at));
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(now));
      expect(Math.max(...times)).toBeGreaterThan(Date.parse(now) - 2 * day);
      expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(now) - 90 * day);
      expect(Math.min(...times)).toBeLessThan(Date.parse(now) - 85 * day);
    }
  });

  it('holds a few thousand contract-valid events with unique ids, reasons where needed, prefixed targets', () => {
    pinClock('2026-11-25T09:00:00Z');
    const log = wholeLog();
    expect(log.length).toBeGreaterThan(2000);
    expect(log.length).toBeLessThan(8000);
    expect(new Set(log.map((event) => event.id)).size).toBe(log.length);
    const actions = new Set<string>(knownAuditActions);
    for (const event of log) {
      expect(auditEventSchema.safeParse(event).success).toBe(true);
      expect(actions.has(event.action)).toBe(true);
    }
    for (const event of log.filter((item) => ['account.reveal', 'account.lock', 'consent.withdraw'].includes(item.action))) {
      expect(event.reason?.length).toBeGreaterThanOrEqual(10);
    }
    const prefixes: Record<string, RegExp> = {
      account: /^acc_/,
      alert: /^alr_/,
      policy: /^pol_/,
      incident: /^inc_/,
      inquiry: /^inq_/,
      session: /^ses_/,
    };
    for (const event of log) {
      const prefix = prefixes[event.targetType];
      if (prefix) expect(event.targetId).toMatch(prefix);
    }
    expect(new Set(log.map((event) => event.actorId)).size).toBe(8);
  });
});

describe('id codec', () => {
  it('turns seeded indices into opaque ids and back', () => {
    for (const index of [0, 1, 99_999, 1_234_567]) {
      const id = ids.account.encode(index);
      expect(id).toMatch(/^acc_[0-9a-z]{6}$/);
      expect(ids.account.decode(id)).toBe(index);
    }
    expect(ids.account.encode(1)).not.toBe(ids.alert.encode(1).replace('alr_', 'acc_'));
    expect(ids.account.decode('alr_000001')).toBeUndefined();
    expect(ids.account.decode(ids.account.fresh())).toBeGreaterThanOrEqual(1_000_000_000);
  });
});
