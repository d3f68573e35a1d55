import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { paths } from '@/shared/lib/paths';
import { listPrefetch, useListController } from '@/shared/lists/use-list-controller';
import { useCan } from '@/shared/session/use-session';
import { EmptyState } from '@/shared/ui/empty-state';
import { ListCount } from '@/shared/ui/list/list-count';
import { PageHeader } from '@/shared/ui/page-header';
import { PagedTable } from '@/shared/ui/paged-table';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp, useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { incidentColumns } from '../list/incident-columns';
import {
  hasIncidentFilters,
  incidentListUrlSpec,
  noIncidentFilters,
  toIncidentQuery,
} from '../list/incident-list-view';
import { IncidentsFilterBar, incidentSearchDebounceMs } from '../list/incidents-filter-bar';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

// The dialog loads when first opened, not with the list.
const NewIncidentDialog = lazy(() =>
  import('../list/new-incident-dialog').then((module) => ({ default: module.NewIncidentDialog })),
);

/** The page's explanatory lines, in its `?` help rather than under the heading. */
const incidentsHelp =
  'Security incidents on the 72-hour regulator clock, by server time. The list opens on the incidents not closed, least time left first; "Overdue" means the regulator deadline has passed without a report. j/k move, Enter or o opens an incident, [ and ] change page, / returns to the search; Escape in a filter returns to the rows.';

/**
 * The incidents list (`/incidents`; analysts, legal, privacy officer: `incidents.read`): title,
 * id, severity, status, affected accounts and the live regulator clock of each incident; status
 * and severity filters, sort and page in the URL (API.md "Security incidents and notifications").
 * "New incident" for those who may open one (`incidents.edit`: analysts, privacy officer).
 */
export function IncidentsPage() {
  const navigate = useNavigate();
  const canCreate = useCan('incidents.edit');
  const [creating, setCreating] = useState(false);
  const list = useListController({
    label: 'Incidents',
    spec: incidentListUrlSpec,
    query: (view, q) => incidentQueries.list(toIncidentQuery(view, q)),
    rowKey: (incident) => incident.id,
    search: { settleMs: incidentSearchDebounceMs },
  });
  const { view, setView } = list;
  const searchRef = useRef<HTMLInputElement>(null);
  const hasRows = Boolean(list.query.data);

  usePerformanceMark('incidents:first-rows', hasRows);
  usePageHelp(incidentsHelp);
  useShortcuts([{ keys: ['/'], description: 'Search incidents', run: () => searchRef.current?.focus() }]);

  const clear = () => {
    setView(noIncidentFilters);
    list.setText('');
  };
  const filtered = hasIncidentFilters(view, list.text);

  return (
    <>
      <PageHeader
        title="Incidents"
        actions={
          <>
            {canCreate ? (
              <Button
                variant="contained"
                startIcon={<AddOutlined />}
                onClick={() => {
                  setCreating(true);
                }}
              >
                New incident
              </Button>
            ) : null}
            <HelpButton />
          </>
        }
      />
      {creating ? (
        <Suspense fallback={null}>
          <NewIncidentDialog
            open
            onClose={() => {
              setCreating(false);
            }}
          />
        </Suspense>
      ) : null}
      <IncidentsFilterBar
        view={view}
        text={list.text}
        onTextChange={list.setText}
        onSearchNow={list.flushText}
        onChange={setView}
        onClear={clear}
        searchRef={searchRef}
        autoFocus={!list.returning}
      />
      <PagedTable
        {...list.table}
        columns={incidentColumns}
        toolbar={<ListCount inline total={list.total} noun={['incident', 'incidents']} />}
        onRowOpen={(incident) => {
          void navigate(paths.incident(incident.id));
        }}
        empty={
          <EmptyState
            title="No incidents match"
            hint={
              filtered
                ? 'Choose other statuses or severities, search another title, or clear the filters.'
                : 'No incident is open. Incidents are opened from an escalated alert.'
            }
            action={filtered ? <Button onClick={clear}>Clear filters</Button> : undefined}
          />
        }
      />
    </>
  );
}

export { IncidentsPage as Component };

/** The first page leaves with the session check; a remembered search text follows once rendered. */
export const prefetch = listPrefetch(incidentListUrlSpec, (view) =>
  incidentQueries.list(toIncidentQuery(view, '')),
);
