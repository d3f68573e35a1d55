import { incidentSchema, regulatorDeadlineHours, type Incident } from '@/shared/contract/incidents';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Incidents as `GET /incidents/{id}` sends them (API.md, Security incidents): by default `open`,
 * high, aware 20 hours before `factoryNow` (so 52 hours are left on the 72-hour regulator clock),
 * one linked alert and three affected accounts.
 */
export const incidentFactory = defineFactory({
  schema: incidentSchema,
  defaults: (sequence): Incident => ({
    id: factoryId('inc', sequence),
    version: 1,
    title: 'Credential stuffing against the shop sign-in',
    severity: 'high',
    status: 'open',
    detectedAt: hoursBefore(22),
    awareAt: hoursBefore(20),
    nature: 'Sign-ins with passwords leaked elsewhere; some accounts taken over.',
    dataCategories: ['contact details', 'order history'],
    affectedAccountCount: 3,
    affectedAccountIds: ['acc_f0001', 'acc_f0002', 'acc_f0003'],
    likelyConsequences: 'Orders placed in the customers’ names; addresses seen by the attacker.',
    measuresTaken: '',
    linkedAlertIds: ['alr_f0001'],
    regulatorDeadlineAt: hoursBefore(20 - regulatorDeadlineHours),
    timeline: [
      { at: hoursBefore(22), actorId: 'system', text: 'Detection raised the first alert of this pattern.' },
      {
        at: hoursBefore(20),
        actorId: 'stf_2b8p4n',
        text: 'Incident opened: the 72-hour regulator clock starts.',
      },
    ],
  }),
}).withTraits({
  assessing: (incident) => ({
    ...incident,
    status: 'assessing',
    cause: 'Passwords reused from another site’s breach.',
    version: incident.version + 1,
  }),
  /** Closed a month after awareness, with its cause and measures. */
  closed: (incident) => ({
    ...incident,
    status: 'closed',
    cause: 'Passwords reused from another site’s breach.',
    measuresTaken: 'Forced password resets; rate limits on sign-in.',
    version: incident.version + 4,
  }),
  critical: (incident) => ({ ...incident, severity: 'critical' }),
  /** Aware 80 hours ago: the regulator deadline has passed. */
  overdue: (incident) => ({
    ...incident,
    awareAt: hoursBefore(80),
    detectedAt: hoursBefore(81),
    regulatorDeadlineAt: hoursBefore(8),
  }),
});
