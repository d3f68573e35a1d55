import { describe, expect, it } from 'vitest';
import { canMoveAlert } from '@/shared/contract/alerts';
import { regulatorDeadlineHours } from '@/shared/contract/incidents';
import { publishPolicyProblems } from '@/shared/contract/policies';
import { purposes } from '@mocks/db/consent-purposes';
import { accountSummaryFactory } from './account';
import { alertFactory } from './alert';
import { auditEventFactory } from './audit-event';
import { incidentFactory } from './incident';
import { policyFactory } from './policy';
import { staffFactory } from './staff';

describe('factories', () => {
  it('build a record per call, each with its own id', () => {
    const alerts = alertFactory.buildList(3);
    expect(new Set(alerts.map((alert) => alert.id)).size).toBe(3);
    expect(alerts.every((alert) => alert.status === 'new' && alert.assigneeId === undefined)).toBe(true);
    expect(new Set([incidentFactory.build().id, incidentFactory.build().id]).size).toBe(2);
  });

  it('apply traits in order, then the overrides', () => {
    const alert = alertFactory.trait('critical', 'acknowledged').build({ riskScore: 99 });
    expect(alert).toMatchObject({
      status: 'acknowledged',
      severity: 'critical',
      riskScore: 99,
      assigneeId: 'stf_2b8p4n',
    });
    expect(alertFactory.trait('resolved').build()).toMatchObject({
      status: 'resolved',
      resolution: 'true_positive',
    });
    expect(alertFactory.trait('escalated').build().incidentId).toMatch(/^inc_/);
    expect(canMoveAlert('new', alertFactory.trait('dismissed').build().status)).toBe(true);
  });

  it('keep the contract: the regulator deadline is awareness + 72 h, masked contact data, reasons on reveals', () => {
    for (const incident of [
      incidentFactory.build(),
      incidentFactory.trait('overdue').build(),
      incidentFactory.trait('closed').build(),
    ]) {
      expect(Date.parse(incident.regulatorDeadlineAt) - Date.parse(incident.awareAt)).toBe(
        regulatorDeadlineHours * 3_600_000,
      );
    }
    expect(accountSummaryFactory.build().email).toMatch(/^.\*\*\*@/);
    expect(accountSummaryFactory.trait('anonymized').build()).toMatchObject({
      status: 'anonymized',
      email: '',
      phone: '',
    });
    expect(auditEventFactory.trait('reveal').build().reason).toBeTruthy();
    expect(staffFactory.trait('dpo').build().roles).toEqual(['privacy_officer']);
  });

  it('refuse to build what the API would never send', () => {
    expect(() => alertFactory.build({ riskScore: 101 })).toThrow();
    expect(() => incidentFactory.build({ id: 'alr_f0001' })).toThrow();
    expect(() => auditEventFactory.build({ action: 'Not An Action' })).toThrow();
  });

  it('walk policy versions through their lifecycle, keeping four-eyes and the publishing rules', () => {
    const draft = policyFactory.build();
    expect(draft).toMatchObject({ status: 'draft', history: [{ action: 'created' }] });
    const approved = policyFactory.trait('inReview', 'approved').build();
    expect(approved.status).toBe('approved');
    expect(approved.reviewerId).not.toBe(approved.authorId);
    expect(approved.history.map((entry) => entry.action)).toEqual(['created', 'submitted', 'approved']);
    const scheduled = policyFactory.trait('approved', 'scheduled').build();
    const notice = scheduled.notice;
    if (!notice || !scheduled.effectiveAt) throw new Error('a scheduled version has its notice plan');
    expect(
      publishPolicyProblems(scheduled, { effectiveAt: scheduled.effectiveAt, notice }, purposes),
    ).toEqual([]);
    const rejected = policyFactory.trait('rejected').build();
    expect(rejected.status).toBe('draft');
    expect(rejected.history.at(-1)).toMatchObject({
      action: 'rejected',
      comment: expect.stringMatching(/\S/) as string,
    });
    const superseded = policyFactory.trait('published', 'superseded').build();
    expect(superseded.history.map((entry) => entry.action).slice(-2)).toEqual(['published', 'superseded']);
    expect(() => policyFactory.build({ id: 'inc_f0001' })).toThrow();
  });
});
