import { alertSchema, type Alert } from '@/shared/contract/alerts';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Alerts as `GET /alerts/{id}` sends them (API.md, Risk alerts): by default a `new`, high,
 * unassigned `new_device` alert on `acc_f0001`, detected two hours before `factoryNow`, evidence
 * masked. Traits follow the contract's status moves and companions (a resolution when resolved,
 * an incident when escalated).
 */
export const alertFactory = defineFactory({
  schema: alertSchema,
  defaults: (sequence): Alert => ({
    id: factoryId('alr', sequence),
    version: 1,
    type: 'new_device',
    severity: 'high',
    status: 'new',
    title: 'Sign-in from a new device in another country',
    accountId: 'acc_f0001',
    detectedAt: hoursBefore(2),
    updatedAt: hoursBefore(2),
    riskScore: 72,
    evidence: {
      urls: [],
      ip: '203.0.113.***',
      location: 'Lagos, NG',
      events: [{ at: hoursBefore(2), description: 'Password sign-in from an unknown device' }],
    },
  }),
}).withTraits({
  /** Taken by analyst@ (`stf_2b8p4n`). */
  assigned: (alert) => ({ ...alert, assigneeId: 'stf_2b8p4n' }),
  acknowledged: (alert) => ({
    ...alert,
    status: 'acknowledged',
    assigneeId: alert.assigneeId ?? 'stf_2b8p4n',
    version: alert.version + 1,
    updatedAt: hoursBefore(1),
  }),
  /** Linked to `inc_f0001` (an acknowledged alert moved on). */
  escalated: (alert) => ({
    ...alert,
    status: 'escalated',
    incidentId: 'inc_f0001',
    assigneeId: alert.assigneeId ?? 'stf_2b8p4n',
    version: alert.version + 2,
    updatedAt: hoursBefore(1),
  }),
  resolved: (alert) => ({
    ...alert,
    status: 'resolved',
    resolution: 'true_positive',
    version: alert.version + 2,
    updatedAt: hoursBefore(1),
  }),
  dismissed: (alert) => ({
    ...alert,
    status: 'dismissed',
    version: alert.version + 1,
    updatedAt: hoursBefore(1),
  }),
  critical: (alert) => ({ ...alert, severity: 'critical', riskScore: 94 }),
  /** A `phishing_url` alert whose URL carries markup the console must print inert. */
  phishing: (alert) => ({
    ...alert,
    type: 'phishing_url',
    title: 'Phishing page imitating the shop',
    evidence: { ...alert.evidence, urls: ['https://digfashions-login.example/<script>alert(1)</script>'] },
  }),
});
