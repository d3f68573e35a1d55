import { describe, expect, it } from 'vitest';
import { overviewStatsSchema } from './stats';
import { without, issuePaths } from './contract-test-data';

describe('overview stats', () => {
  const stats = {
    from: '2026-10-26T00:00:00.000Z',
    to: '2026-11-25T00:00:00.000Z',
    generatedAt: '2026-11-25T09:30:00.000Z',
    openAlertsBySeverity: { low: 40, medium: 25, high: 9, critical: 2 },
    alertsPerDay: [{ date: '2026-11-24', low: 10, medium: 4, high: 2, critical: 0 }],
    alertResponseTimes: { medianSecondsToAcknowledge: 1260, medianSecondsToResolve: null },
    consentRateByWeek: [
      { weekStart: '2026-11-16', purposeId: 'marketing_email', granted: 420, asked: 1000, rate: 0.42 },
    ],
    disclosuresPerMonth: [
      {
        month: '2026-11',
        seller: 300,
        affiliate: 20,
        authorized_partner: 45,
        authority: 2,
        acquirer: 0,
        public: 0,
      },
    ],
    openIncidents: [
      {
        id: 'inc_000042',
        title: 'Credential stuffing',
        severity: 'critical',
        status: 'assessing',
        awareAt: '2026-11-24T23:00:00.000Z',
        regulatorDeadlineAt: '2026-11-27T23:00:00.000Z',
        regulatorReportFiled: false,
      },
    ],
    inquiriesByDaysLeft: [
      { daysLeft: -1, count: 1 },
      { daysLeft: 2, count: 5 },
    ],
  };

  it('parses every section, and a reply without the sections a role may not read', () => {
    expect(overviewStatsSchema.parse(stats).openAlertsBySeverity?.critical).toBe(2);
    const support = without(
      stats,
      'openAlertsBySeverity',
      'alertsPerDay',
      'alertResponseTimes',
      'disclosuresPerMonth',
      'openIncidents',
    );
    const parsed = overviewStatsSchema.parse(support);
    expect(parsed.openIncidents).toBeUndefined();
    expect(parsed.inquiriesByDaysLeft).toHaveLength(2);
  });

  it('refuses malformed series', () => {
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        alertsPerDay: [{ date: '24/11/2026', low: 1, medium: 0, high: 0, critical: 0 }],
      }),
    ).toEqual(['alertsPerDay.0.date']);
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        consentRateByWeek: [{ ...stats.consentRateByWeek[0], rate: 1.5 }],
      }),
    ).toEqual(['consentRateByWeek.0.rate']);
    expect(
      issuePaths(overviewStatsSchema, {
        ...stats,
        disclosuresPerMonth: [{ ...stats.disclosuresPerMonth[0], month: '2026-13' }],
      }),
    ).toEqual(['disclosuresPerMonth.0.month']);
  });
});
