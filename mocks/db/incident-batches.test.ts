import { describe, expect, it } from 'vitest';
import { notificationBatchSchema, type NotificationBatch } from '@/shared/contract/incidents';
import { minute } from '@mocks/clock';
import {
  batchAt,
  batchDeliveryLagMs,
  batchFinishesAt,
  batchQueueMs,
  splitByWeight,
  type BatchPlan,
} from './incident-batches';

const second = 1000;
const start = Date.parse('2026-11-25T09:00:00Z');

function plan(overrides: Partial<BatchPlan> = {}): BatchPlan {
  return {
    id: 'nbt_test01',
    incidentId: 'inc_test01',
    noticeId: 'ntc_test01',
    startedAt: new Date(start).toISOString(),
    total: 100_000,
    channels: ['email', 'letter', 'push'],
    ...overrides,
  };
}

function totalsAddUp(batch: NotificationBatch): void {
  for (const key of ['sent', 'delivered', 'failed'] as const) {
    expect(batch[key]).toBe(batch.byChannel.reduce((sum, row) => sum + row[key], 0));
  }
  for (const row of [batch, ...batch.byChannel])
    expect(row.delivered + row.failed).toBeLessThanOrEqual(row.sent);
  expect(batch.sent).toBeLessThanOrEqual(batch.total);
}

describe('splitByWeight', () => {
  it('splits into whole parts that add up, in proportion', () => {
    expect(splitByWeight(10, [70, 10, 15])).toEqual([7, 1, 2]);
    expect(splitByWeight(7, [1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(7);
    expect(splitByWeight(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('a batch over mock time', () => {
  it('is queued, then sending for minutes when 100,000 are notified, then completed with failures by reason', () => {
    const batch = plan();
    expect(batchAt(batch, start + batchQueueMs - 1)).toMatchObject({ status: 'queued', sent: 0 });
    const early = batchAt(batch, start + 30 * second);
    expect(early.status).toBe('sending');
    expect(early.sent).toBeGreaterThan(0);
    expect(early.sent).toBeLessThan(early.total);
    expect(early.failures).toBeUndefined();
    expect(early.finishedAt).toBeUndefined();
    expect(batchFinishesAt(batch) - start).toBeGreaterThan(2 * minute);
    expect(batchAt(batch, start + 2 * minute).status).toBe('sending');

    const done = notificationBatchSchema.parse(batchAt(batch, batchFinishesAt(batch)));
    expect(done).toMatchObject({
      status: 'completed',
      sent: 100_000,
      finishedAt: new Date(batchFinishesAt(batch)).toISOString(),
    });
    expect(done.delivered + done.failed).toBe(100_000);
    expect(done.failed).toBeGreaterThan(0);
    expect(done.failures?.reduce((sum, failure) => sum + failure.count, 0)).toBe(done.failed);
    const counts = done.failures?.map((failure) => failure.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(done.failureDetail).toBeUndefined();
    totalsAddUp(done);
  });

  it('never goes back: every count grows or stays as time passes, and the totals add up at every step', () => {
    const batch = plan({ total: 1234, channels: ['email', 'phone'] });
    let previous = batchAt(batch, start);
    for (let t = start; t <= batchFinishesAt(batch) + second; t += 97) {
      const now = batchAt(batch, t);
      totalsAddUp(now);
      now.byChannel.forEach((row, index) => {
        const before = previous.byChannel[index];
        expect(row.sent).toBeGreaterThanOrEqual(before?.sent ?? 0);
        expect(row.delivered).toBeGreaterThanOrEqual(before?.delivered ?? 0);
        expect(row.failed).toBeGreaterThanOrEqual(before?.failed ?? 0);
      });
      previous = now;
    }
    expect(previous.status).toBe('completed');
  });

  it('finishes a small batch within seconds', () => {
    const batch = plan({ total: 30 });
    expect(batchFinishesAt(batch) - start).toBeLessThan(10 * second);
  });

  it('stops as a whole where the plan says: failed, with its reason, the rest never sent', () => {
    const batch = plan({ stopAt: 0.4, failureDetail: 'The mail provider refused the batch.' });
    const stoppedAt = batchFinishesAt(batch);
    expect(batchAt(batch, stoppedAt - batchDeliveryLagMs - 1).status).toBe('sending');
    const failed = batchAt(batch, stoppedAt);
    expect(failed).toMatchObject({ status: 'failed', failureDetail: 'The mail provider refused the batch.' });
    expect(failed.sent).toBeGreaterThan(35_000);
    expect(failed.sent).toBeLessThanOrEqual(40_000);
    expect(batchAt(batch, stoppedAt + 10 * minute)).toEqual(failed);
    totalsAddUp(failed);
  });

  it('sends a public announcement to no one individually: total 0, completed after the queue', () => {
    const batch = batchAt(plan({ total: 0, channels: ['public_announcement'] }), start + 10 * second);
    expect(batch).toMatchObject({ status: 'completed', total: 0, sent: 0, failures: [] });
  });
});
