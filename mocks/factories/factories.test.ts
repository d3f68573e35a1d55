import { describe, expect, it } from 'vitest';
import { canMoveAlert } from '@/shared/contract/alerts';
import { regulatorDeadlineHours } from '@/shared/contract/incidents';
import { accountSummaryFactory } from './account';
import { alertFactory } from './alert';
import { auditEventFactory } from './audit-event';
import { incidentFactory } from './incident';
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
});
