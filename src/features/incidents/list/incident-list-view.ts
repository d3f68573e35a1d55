import { sortDirections } from '@/shared/contract/common';
import {
  incidentSeverities,
  incidentSortFields,
  incidentStatuses,
  type IncidentQuery,
  type IncidentStatus,
} from '@/shared/contract/incidents';
import { enumListParam, enumParam, type UrlValues } from '@/shared/lib/use-url-state';
import { pagingParams } from '@/shared/lists/use-list-controller';

/** The statuses the list opens on: every incident not yet closed. */
export const defaultIncidentStatuses: readonly IncidentStatus[] = incidentStatuses.filter(
  (status) => status !== 'closed',
);

/**
 * The incidents list's view in the URL, so a pasted link reproduces it: statuses (absent: the
 * ones not closed; `status=all`: every status), severities, sort and direction (by default
 * `regulatorDeadlineAt:asc`: the incidents whose clock runs first, least time left first, as
 * docs/api.md → Incidents orders them), page and page size. The search text (an incident id or
 * words of a title) stays in the tab's memory like every list's search.
 */
export const incidentListUrlSpec = {
  status: enumListParam(incidentStatuses, { fallback: defaultIncidentStatuses, allToken: 'all' }),
  severity: enumListParam(incidentSeverities),
  sort: enumParam(incidentSortFields, 'regulatorDeadlineAt'),
  dir: enumParam(sortDirections, 'asc'),
  ...pagingParams(25),
};

export type IncidentListView = UrlValues<typeof incidentListUrlSpec>;

/** What "Clear filters" returns to: the incidents not closed, every severity. */
export const noIncidentFilters = {
  status: defaultIncidentStatuses,
  severity: [],
} as const satisfies Partial<IncidentListView>;

/** Whether the view or the search text narrows the list beyond the view it opens on. */
export function hasIncidentFilters(view: IncidentListView, q: string): boolean {
  const { status, severity } = incidentListUrlSpec;
  return (
    status.serialize(view.status) !== status.serialize(noIncidentFilters.status) ||
    severity.serialize(view.severity) !== undefined ||
    q.trim() !== ''
  );
}

/** `GET /incidents` for a view and the settled search text `q`. */
export function toIncidentQuery(view: IncidentListView, q: string): IncidentQuery {
  return {
    status: view.status.length > 0 ? [...view.status] : undefined,
    severity: view.severity.length > 0 ? [...view.severity] : undefined,
    q: q.trim() || undefined,
    sort: `${view.sort}:${view.dir}`,
    page: view.page,
    pageSize: view.pageSize,
  };
}
