import { describe, expect, it } from 'vitest';
import {
  alertBulkRequestSchema,
  alertBulkResponseSchema,
  alertCountsSchema,
  alertEscalateRequestSchema,
  alertNoteRequestSchema,
  alertPageSchema,
  alertPatchSchema,
  alertSchema,
  alertStatuses,
  alertTransitions,
  canMoveAlert,
  type AlertStatus,
} from './alerts';
import { without, issuePaths, alert } from './contract-test-data';

describe('alerts', () => {
  it('parses an alert page, counts and a bulk reply with partial failure', () => {
    expect(alertPageSchema.parse({ items: [alert], page: 2, pageSize: 50, total: 120 }).total).toBe(120);
    expect(
      alertCountsSchema.parse({ new: 4, acknowledged: 2, escalated: 1, resolved: 30, dismissed: 8 }).new,
    ).toBe(4);
    const bulk = alertBulkResponseSchema.parse({
      updated: [alert],
      failed: [
        {
          id: 'alr_004712',
          problem: {
            type: 'https://api.digfashions.example/problems/precondition-failed',
            title: 'Stale version',
            status: 412,
          },
        },
      ],
    });
    expect(bulk.failed[0]?.problem.status).toBe(412);
  });

  it('refuses an unknown type, severity or status, and a missing evidence', () => {
    expect(issuePaths(alertSchema, { ...alert, type: 'malware' })).toEqual(['type']);
    expect(issuePaths(alertSchema, { ...alert, severity: 'urgent' })).toEqual(['severity']);
    expect(issuePaths(alertSchema, { ...alert, status: 'closed' })).toEqual(['status']);
    expect(issuePaths(alertSchema, without(alert, 'evidence'))).toEqual(['evidence']);
  });

  it('allows exactly the moves API.md lists', () => {
    const allowed: [AlertStatus, AlertStatus][] = [
      ['new', 'acknowledged'],
      ['new', 'dismissed'],
      ['acknowledged', 'escalated'],
      ['acknowledged', 'resolved'],
      ['acknowledged', 'dismissed'],
      ['escalated', 'resolved'],
      ['resolved', 'acknowledged'],
      ['dismissed', 'acknowledged'],
    ];
    for (const from of alertStatuses) {
      for (const to of alertStatuses) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canMoveAlert(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(alertTransitions.escalated).toEqual(['resolved']);
  });

  it('needs a resolution to resolve and a note to dismiss', () => {
    expect(alertPatchSchema.safeParse({ status: 'resolved', resolution: 'false_positive' }).success).toBe(
      true,
    );
    expect(issuePaths(alertPatchSchema, { status: 'resolved' })).toEqual(['resolution']);
    expect(issuePaths(alertPatchSchema, { status: 'dismissed' })).toEqual(['note']);
    expect(issuePaths(alertPatchSchema, { status: 'dismissed', note: '   ' })).toContain('note');
    expect(alertPatchSchema.safeParse({ status: 'dismissed', note: 'Known test account' }).success).toBe(
      true,
    );
    expect(alertPatchSchema.safeParse({ assigneeId: null }).success).toBe(true);
    expect(alertPatchSchema.safeParse({}).success).toBe(false);
  });

  it('limits notes to 5,000 characters and bulk changes to 500 alerts', () => {
    expect(alertNoteRequestSchema.safeParse({ body: 'x'.repeat(5000) }).success).toBe(true);
    expect(issuePaths(alertNoteRequestSchema, { body: 'x'.repeat(5001) })).toEqual(['body']);
    const items = Array.from({ length: 501 }, (_, i) => ({ id: `alr_${String(i)}`, version: 1 }));
    expect(issuePaths(alertBulkRequestSchema, { items, patch: { status: 'acknowledged' } })).toEqual([
      'items',
    ]);
    expect(
      alertBulkRequestSchema.safeParse({ items: items.slice(0, 500), patch: { status: 'acknowledged' } })
        .success,
    ).toBe(true);
    expect(
      issuePaths(alertBulkRequestSchema, { items: items.slice(0, 2), patch: { status: 'dismissed' } }),
    ).toEqual(['patch.note']);
  });

  it('escalates to an existing incident or a new one, not both', () => {
    expect(alertEscalateRequestSchema.safeParse({ incidentId: 'inc_000042' }).success).toBe(true);
    expect(
      alertEscalateRequestSchema.safeParse({ newIncident: { title: 'Takeover wave', severity: 'critical' } })
        .success,
    ).toBe(true);
    expect(
      alertEscalateRequestSchema.safeParse({
        incidentId: 'inc_000042',
        newIncident: { title: 'Takeover wave', severity: 'critical' },
      }).success,
    ).toBe(false);
    expect(alertEscalateRequestSchema.safeParse({}).success).toBe(false);
    expect(alertEscalateRequestSchema.safeParse({ incidentId: 'alr_004711' }).success).toBe(false);
  });
});
