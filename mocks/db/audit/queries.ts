import type { AuditEvent, AuditTargetType } from '@/shared/contract/audit';
import type { Page, SortDirection } from '@/shared/contract/common';
import { isoAt } from '@mocks/clock';
import { paginate, sortBy } from '@mocks/http/list-query';
import { ids } from '../ids';
import { allStaff } from '../staff';
import type { SeededAudit } from './seed';
import { anonymousActor, anonymousActorId, auditTemplates, noReason, targetIdOf } from './templates';
import { auditLog } from './state';

/** `GET /audit-events`: the seeded events (packed) and the written ones, filtered, ordered and paged. */

function seededEvent(seeded: SeededAudit, index: number): AuditEvent {
  const template = auditTemplates[seeded.template[index] ?? 0];
  if (!template) throw new Error('audit: unknown template');
  const actor = seeded.actor[index] ?? anonymousActor;
  const target = seeded.target[index] ?? 0;
  const variant = seeded.variant[index] ?? 0;
  const reasonIndex = seeded.reason[index] ?? noReason;
  const targetId = targetIdOf(template, target);
  const reason = reasonIndex === noReason ? undefined : template.reasons?.[reasonIndex];
  return {
    id: ids.auditEvent.encode(index),
    at: isoAt(seeded.at[index] ?? 0),
    actorId: actor === anonymousActor ? anonymousActorId : (allStaff[actor]?.id ?? anonymousActorId),
    action: template.action,
    targetType: template.targetType,
    targetId,
    ...(reason === undefined ? {} : { reason }),
    summary: template.summary(targetId, variant, target),
  };
}

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  targetType?: AuditTargetType | undefined;
  targetId?: string | undefined;
  /** Inclusive bounds, ms. */
  from?: number | undefined;
  to?: number | undefined;
}

export interface AuditQuery extends AuditFilter {
  direction: SortDirection;
  page: number;
  pageSize: number;
}

/**
 * A page of the log, ordered by time (ties: seeded first, then in writing order). Only the rows
 * of the page become objects; the filter runs over the packed columns.
 */
export function queryAuditLog(query: AuditQuery): Page<AuditEvent> {
  const { seeded, written } = auditLog.state();
  const from = query.from ?? -Infinity;
  const to = query.to ?? Infinity;

  const actor =
    query.actorId === undefined
      ? undefined
      : query.actorId === anonymousActorId
        ? anonymousActor
        : allStaff.findIndex((staff) => staff.id === query.actorId);
  const templateMatches = auditTemplates.map(
    (template) =>
      (query.action === undefined || template.action === query.action) &&
      (query.targetType === undefined || template.targetType === query.targetType) &&
      (query.targetId === undefined || typeof template.target !== 'string' || template.target === query.targetId),
  );
  // Per template, the target index the wanted id decodes to (-1: none of this kind; no filter: undefined).
  const wantedTarget = auditTemplates.map((template) => {
    if (query.targetId === undefined || typeof template.target === 'string') return undefined;
    return template.target.decode(query.targetId) ?? -1;
  });

  const seededHits: number[] = [];
  for (let i = 0; i < seeded.count; i += 1) {
    const at = seeded.at[i] ?? 0;
    if (at < from || at > to) continue;
    if (actor !== undefined && seeded.actor[i] !== actor) continue;
    const templateIndex = seeded.template[i] ?? 0;
    if (!templateMatches[templateIndex]) continue;
    const target = wantedTarget[templateIndex];
    if (target !== undefined && seeded.target[i] !== target) continue;
    seededHits.push(i);
  }

  // Written events are few: filtered as objects, sorted by time (ties keep writing order).
  const writtenHits = sortBy(
    written.filter(
      ({ at, event }) =>
        at >= from &&
        at <= to &&
        (query.actorId === undefined || event.actorId === query.actorId) &&
        (query.action === undefined || event.action === query.action) &&
        (query.targetType === undefined || event.targetType === query.targetType) &&
        (query.targetId === undefined || event.targetId === query.targetId),
    ),
    { field: 'at', direction: 'asc' },
    { at: (entry) => entry.at },
  );

  // Merge two ascending lists; a reference >= 0 is a seeded row, < 0 a written one (-1 - index).
  const merged: number[] = [];
  let s = 0;
  let w = 0;
  while (s < seededHits.length || w < writtenHits.length) {
    const seededIndex = seededHits[s];
    const writtenHit = writtenHits[w];
    if (seededIndex !== undefined && (writtenHit === undefined || (seeded.at[seededIndex] ?? 0) <= writtenHit.at)) {
      merged.push(seededIndex);
      s += 1;
    } else {
      merged.push(-1 - w);
      w += 1;
    }
  }
  if (query.direction === 'desc') merged.reverse();

  // Page the references; only the page's rows become events.
  const page = paginate(merged, query);
  return {
    ...page,
    items: page.items.map((reference) => {
      if (reference >= 0) return seededEvent(seeded, reference);
      const hit = writtenHits[-1 - reference];
      if (!hit) throw new Error('audit: bad reference');
      return hit.event;
    }),
  };
}
