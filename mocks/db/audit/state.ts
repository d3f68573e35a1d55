import * as z from 'zod/mini';
import { auditEventSchema, type AuditEvent, type AuditTargetType } from '@/shared/contract/audit';
import { clock, isoAt } from '@mocks/clock';
import { defineFamily } from '../database';
import { ids } from '../ids';
import { seedAuditLog, type SeededAudit } from './seed';

/** The audit log: the seeded 90 days (packed) plus what was written since (journaled). */

interface AuditState {
  readonly seeded: SeededAudit;
  readonly written: { readonly at: number; readonly event: AuditEvent }[];
}

const auditRecordSchema = z.object({ type: z.literal('append'), event: auditEventSchema });

/** The audit family: the packed seed plus the events written since, appended through the journal. */
export const auditLog = defineFamily({
  name: 'audit',
  seed: (context): AuditState => ({ seeded: seedAuditLog(context), written: [] }),
  record: auditRecordSchema,
  apply(state, record) {
    if (state.written.some((entry) => entry.event.id === record.event.id)) return;
    state.written.push({ at: Date.parse(record.event.at), event: record.event });
  },
});

export interface AuditEntry {
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  /** Required by the API for reveals, locks, withdrawals and other actions that need a why. */
  reason?: string | undefined;
  summary: string;
  /** A staff id, or `anonymousActorId` for a failed sign-in with an unknown email. */
  actorId: string;
}

/** Writes one audit event at the mock clock's current time; returns it. */
export function appendAuditEvent(entry: AuditEntry): AuditEvent {
  const event: AuditEvent = {
    id: ids.auditEvent.fresh(),
    at: isoAt(clock.now()),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    summary: entry.summary,
  };
  auditLog.commit({ type: 'append', event });
  return event;
}
