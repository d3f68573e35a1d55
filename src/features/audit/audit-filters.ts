import { auditTargetTypes, knownAuditActions } from '@/shared/contract/audit';
import { sortDirections } from '@/shared/contract/common';
import { dayEndIso, dayStartIso } from '@/shared/lib/format';
import { dayParam, enumParam, textParam, type UrlValues } from '@/shared/lib/use-url-state';
import { pagingParams } from '@/shared/lists/use-list-controller';
import { isReversedRange } from '@/shared/ui/filters/date-range-filter';

/**
 * The audit log's view state, all of it in the URL. `targetId` is an exact record id (`acc_…`,
 * `alr_…`), an id filter rather than free text, so it belongs in a shareable link.
 */
export const auditUrlSpec = {
  actorId: textParam(),
  action: enumParam(knownAuditActions),
  targetType: enumParam(auditTargetTypes),
  targetId: textParam(),
  from: dayParam(),
  to: dayParam(),
  dir: enumParam(sortDirections, 'desc'),
  ...pagingParams(50),
};

export type AuditView = UrlValues<typeof auditUrlSpec>;

export function hasRangeError(view: Pick<AuditView, 'from' | 'to'>): boolean {
  return isReversedRange(view);
}

export function hasFilters(view: AuditView): boolean {
  return Boolean(view.actorId || view.action || view.targetType || view.targetId || view.from || view.to);
}

/** The API query for a view: days (the staff member's, in the browser's zone) become the UTC instants that bound them. */
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
