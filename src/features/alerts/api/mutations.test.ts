import { describe, expect, it } from 'vitest';
import { alertDetail, alertSlot } from '@mocks/db/alerts/queries';
import { knownAlerts } from '@mocks/db/known-alerts';
import type { Alert, AlertBulkResponse } from '@/shared/contract/alerts';
import { alertIsAsAsked, settleBulkReply } from './mutations';

/** A real alert from the mock's seed, acknowledged. */
function seededAlert(): Alert {
  const slot = alertSlot(knownAlerts.acknowledged);
  if (slot === undefined) throw new Error('no seeded alert');
  return alertDetail(slot);
}

const base = seededAlert();

function stale(current: Alert) {
  return {
    id: current.id,
    problem: {
      type: 'https://api.digfashions.example/problems/precondition-failed',
      title: 'Changed by someone else',
      status: 412,
      current,
    },
  };
}

describe('alert writes', () => {
  it('takes an alert as already changed only when status, resolution, severity and assignee all match', () => {
    expect(alertIsAsAsked(base, { status: 'acknowledged' })).toBe(true);
    expect(alertIsAsAsked(base, { status: 'dismissed', note: 'x' })).toBe(false);
    expect(alertIsAsAsked(base, { assigneeId: base.assigneeId ?? null })).toBe(true);
    expect(alertIsAsAsked(base, { status: 'acknowledged', assigneeId: 'stf_3c9q5r' })).toBe(false);
    expect(alertIsAsAsked(base, { severity: base.severity === 'low' ? 'high' : 'low' })).toBe(false);
    expect(alertIsAsAsked(base, { note: 'a note alone is never "already done"' })).toBe(false);
  });

  it('counts a 412 whose current alert is already as asked as updated, and keeps every other failure', () => {
    const reply: AlertBulkResponse = {
      updated: [],
      failed: [stale(base), stale({ ...base, id: 'alr_bbbbbb', status: 'dismissed' })],
    };
    const settled = settleBulkReply(reply, { status: 'acknowledged' });
    expect(settled.updated.map((alert) => alert.id)).toEqual([base.id]);
    expect(settled.failed.map((failure) => failure.id)).toEqual(['alr_bbbbbb']);
  });
});
