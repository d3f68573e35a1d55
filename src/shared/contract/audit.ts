import * as z from 'zod/mini';
import { idOf, isoDateTime, pageOf } from './common';

export const auditTargetTypes = [
  'session',
  'account',
  'consent',
  'alert',
  'disclosure',
  'policy',
  'incident',
  'notice',
  'inquiry',
] as const;
export const auditTargetTypeSchema = z.enum(auditTargetTypes);
export type AuditTargetType = z.infer<typeof auditTargetTypeSchema>;

/** Actions the API writes; the list is open-ended, so the schema accepts any dotted name. */
export const knownAuditActions = [
  'session.sign_in',
  'session.sign_out',
  'session.sign_in_failed',
  'account.reveal',
  'account.lock',
  'account.unlock',
  'consent.withdraw',
  'consent.receipt_export',
  'alert.update',
  'alert.bulk_update',
  'alert.note',
  'alert.escalate',
  'disclosure.record',
  'disclosure.export',
  'policy.create',
  'policy.update',
  'policy.submit',
  'policy.approve',
  'policy.reject',
  'policy.publish',
  'policy.retract',
  'incident.create',
  'incident.update',
  'notice.draft',
  'notice.approve',
  'notice.send',
  'incident.regulator_report',
  'inquiry.update',
  'inquiry.reply',
] as const;

export const auditEventSchema = z.object({
  id: idOf('evt'),
  at: isoDateTime,
  actorId: z.string(),
  action: z.string().check(z.regex(/^[a-z_]+\.[a-z_]+$/)),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.optional(z.string()),
  summary: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = pageOf(auditEventSchema);

export const auditSortFields = ['at'] as const;

/** Query of `GET /audit-events`. */
export interface AuditQuery {
  actorId?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: string | undefined;
}
