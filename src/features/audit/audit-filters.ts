import { auditTargetTypes, knownAuditActions } from '@/shared/contract/audit';
import { sortDirections } from '@/shared/contract/common';
import { dayEndIso, dayStartIso } from '@/shared/lib/format';
import { dayParam, enumParam, intParam, textParam, type UrlValues } from '@/shared/lib/use-url-state';
import { isReversedRange } from '@/shared/ui/filters/date-range-filter';
import { pageSizeOptions } from '@/shared/ui/paged-table';

/** The audit log's view state, all of it in the URL. */
export const auditUrlSpec = {
  actorId: textParam(),
  action: enumParam(knownAuditActions),
  targetType: enumParam(auditTargetTypes),
  targetId: textParam(),
  from: dayParam(),
  to: dayParam(),
  dir: enumParam(sortDirections, 'desc'),
  page: intParam(1),
  pageSize: intParam(50, { min: 1, max: Math.max(...pageSizeOptions) }),
};

export type AuditView = UrlValues<typeof auditUrlSpec>;

export function hasRangeError(view: Pick<AuditView, 'from' | 'to'>): boolean {
  return isReversedRange(view);
}

export function hasFilters(view: AuditView): boolean {
  return Boolean(view.actorId || view.action || view.targetType || view.targetId || view.from || view.to);
}

/** The API query for a view: days become the instants that bound them (UTC). */
export function toAuditQuery(view: AuditView) {
  return {
    actorId: view.actorId || undefined,
    action: view.action || undefined,
    targetType: view.targetType || undefined,
    targetId: view.targetId.trim() || undefined,
    from: view.from ? dayStartIso(view.from) : undefined,
    to: view.to ? dayEndIso(view.to) : undefined,
    sort: `at:${view.dir}`,
    page: view.page,
    pageSize: view.pageSize,
  };
}
