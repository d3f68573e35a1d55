import { auditEventSchema, type AuditEvent } from '@/shared/contract/audit';
import { defineFactory, factoryId, hoursBefore } from './factory';

/**
 * Audit events as `GET /audit-events` sends them (API.md, Audit log): by default analyst@ updating
 * an alert an hour before `factoryNow`. Traits are the events that carry a reason.
 */
export const auditEventFactory = defineFactory({
  schema: auditEventSchema,
  defaults: (sequence): AuditEvent => ({
    id: factoryId('evt', sequence),
    at: hoursBefore(1),
    actorId: 'stf_2b8p4n',
    action: 'alert.update',
    targetType: 'alert',
    targetId: 'alr_f0001',
    summary: 'Updated alr_f0001: status acknowledged',
  }),
}).withTraits({
  /** support@ revealing an email, with the reason the contract requires. */
  reveal: (event) => ({
    ...event,
    actorId: 'stf_1a7k3m',
    action: 'account.reveal',
    targetType: 'account',
    targetId: 'acc_f0001',
    reason: 'Customer called to confirm the address on file',
    summary: 'Revealed the email of acc_f0001',
  }),
  lock: (event) => ({
    ...event,
    action: 'account.lock',
    targetType: 'account',
    targetId: 'acc_f0001',
    reason: 'Credential stuffing from rotating addresses',
    summary: 'Locked acc_f0001',
  }),
  /** A failed sign-in: nobody is signed in, the actor is `anonymous`. */
  failedSignIn: (event) => ({
    ...event,
    actorId: 'anonymous',
    action: 'session.sign_in_failed',
    targetType: 'session',
    targetId: 'ses_none',
    summary: 'Failed sign-in: the email is not a staff account',
  }),
});
