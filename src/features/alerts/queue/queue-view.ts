import {
  alertSeverities,
  alertSortFields,
  alertStatuses,
  alertTypes,
  openAlertStatuses,
  unassignedFilter,
  type AlertCountsQuery,
  type AlertQuery,
  type AlertStatus,
} from '@/shared/contract/alerts';
import { sortDirections } from '@/shared/contract/common';
import { dayEndIso, dayStartIso } from '@/shared/lib/format';
import { dayParam, enumListParam, enumParam, textParam, type UrlValues } from '@/shared/lib/use-url-state';
import { pagingParams } from '@/shared/lists/use-list-controller';
import { isReversedRange } from '@/shared/ui/filters/date-range-filter';

/** `assignee=me` reads as the signed-in person, so "My open" is one link for every analyst. */
export const assignedToMe = 'me';

/**
 * The statuses the queue opens on: the alerts still waiting for someone. A URL without `status`
 * means these; `status=all` means every status (an empty list: the chips narrow nothing).
 */
export const defaultQueueStatuses: readonly AlertStatus[] = openAlertStatuses;

/**
 * The queue's view in the URL: a link reproduces it. The search text (`q`: an alert id or words of
 * a title) is not here: people paste emails into it, so it stays in this tab's memory per history
 * entry like the accounts search.
 */
export const queueUrlSpec = {
  status: enumListParam(alertStatuses, { fallback: defaultQueueStatuses, allToken: 'all' }),
  severity: enumListParam(alertSeverities),
  type: enumListParam(alertTypes),
  /** '' anyone, `me`, `none` (unassigned) or a staff id. */
  assignee: textParam(),
  from: dayParam(),
  to: dayParam(),
  sort: enumParam(alertSortFields, 'detectedAt'),
  dir: enumParam(sortDirections, 'desc'),
  ...pagingParams(25),
};

export type QueueView = UrlValues<typeof queueUrlSpec>;

/** The parameters that filter (not sort or page): what a saved view keeps. */
export const queueFilterKeys = ['status', 'severity', 'type', 'assignee', 'from', 'to'] as const;
export type QueueFilters = Pick<QueueView, (typeof queueFilterKeys)[number]>;

/** The view the queue opens on (and "Clear filters" returns to): the open alerts, nothing else narrowed. */
export const noQueueFilters: QueueFilters = {
  status: defaultQueueStatuses,
  severity: [],
  type: [],
  assignee: '',
  from: '',
  to: '',
};

/** Whether the view or the search text `q` differs from the view the queue opens on. */
export function hasQueueFilters(view: QueueView, q: string): boolean {
  return (
    queueFilterKeys.some(
      (key) =>
        queueUrlSpec[key].serialize(view[key] as never) !==
        queueUrlSpec[key].serialize(noQueueFilters[key] as never),
    ) || q.trim() !== ''
  );
}

export function hasRangeError(view: Pick<QueueView, 'from' | 'to'>): boolean {
  return isReversedRange(view);
}

function assigneeQuery(assignee: string, meId: string): string[] | undefined {
  if (assignee === '') return undefined;
  if (assignee === assignedToMe) return [meId];
  return [assignee === unassignedFilter ? unassignedFilter : assignee];
}

/**
 * The filters shared by the list and the counts (everything but status, sort and paging); `q` is
 * the settled search text, days become the instants that bound them in the browser's zone.
 */
export function toCountsQuery(view: QueueView, meId: string, q: string): AlertCountsQuery {
  return {
    severity: view.severity.length > 0 ? [...view.severity] : undefined,
    type: view.type.length > 0 ? [...view.type] : undefined,
    assigneeId: assigneeQuery(view.assignee, meId),
    q: q.trim() || undefined,
    from: view.from ? dayStartIso(view.from) : undefined,
    to: view.to ? dayEndIso(view.to) : undefined,
  };
}

export function toQueueQuery(view: QueueView, meId: string, q: string): AlertQuery {
  return {
    ...toCountsQuery(view, meId, q),
    status: view.status.length > 0 ? [...view.status] : undefined,
    sort: `${view.sort}:${view.dir}`,
    page: view.page,
    pageSize: view.pageSize,
  };
}
