import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { Incident } from '@/shared/contract/incidents';
import { useBackToList } from '@/shared/lib/list-trail';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { StaffNamesProvider } from '@/shared/staff/staff-name';
import { staffQueries } from '@/shared/staff/staff-queries';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { AffectedAccounts } from '../workspace/affected-accounts';
import { IncidentHeader } from '../workspace/incident-header';
import { IncidentTimeline } from '../workspace/incident-timeline';
import { LinkedAlerts } from '../workspace/linked-alerts';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

// The three working sections (facts, regulator, notices) hold the page's forms: their code loads
// beside the incident (see `prefetch`), so the route's own JS stays small and the header, clock and
// timeline do not wait for it.
const loadFacts = () => import('../facts/incident-facts');
const loadRegulator = () => import('../regulator/regulator-section');
const loadNotices = () => import('../notices/incident-notices');
const IncidentFacts = lazy(() => loadFacts().then((module) => ({ default: module.IncidentFacts })));
const RegulatorSection = lazy(() => loadRegulator().then((module) => ({ default: module.RegulatorSection })));
const IncidentNotices = lazy(() => loadNotices().then((module) => ({ default: module.IncidentNotices })));

/** A section's place while its code loads. */
function SectionSlot({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Box aria-busy="true" aria-label={`Loading ${label}`}>
          <Skeleton variant="rectangular" height={120} />
        </Box>
      }
    >
      {children}
    </Suspense>
  );
}

const workspaceHelp =
  'One security incident against the 72-hour regulator clock, counted by server time from when the company became aware of it. Move it through its stages (open → assessing → notifying → monitoring → closed); it closes only once the regulator report is filed or the decision not to report is recorded, every approved notice is sent and no batch is still sending. Facts, customer notices (drafted, approved by a second person, then sent) and the regulator report each have their section; the timeline records every change, newest first.';

/**
 * Loaded: the header (clock, status, moves) over two columns: the work (facts, regulator report
 * or decision, customer notices) and what surrounds it (linked alerts, affected accounts,
 * timeline). At narrower widths the columns stack in that order.
 */
function Workspace({ incident }: { incident: Incident }) {
  return (
    <>
      <IncidentHeader incident={incident} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <SectionSlot label="the facts">
            <IncidentFacts incident={incident} />
          </SectionSlot>
          <SectionSlot label="the regulator report">
            <RegulatorSection incident={incident} />
          </SectionSlot>
          <SectionSlot label="the customer notices">
            <IncidentNotices incident={incident} />
          </SectionSlot>
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <LinkedAlerts incident={incident} />
          <AffectedAccounts incident={incident} />
          <IncidentTimeline incident={incident} />
        </Stack>
      </Box>
    </>
  );
}

/**
 * An incident's workspace (`/incidents/:id`; `incidents.read`: analysts, legal, privacy officer):
 * API.md "Security incidents and notifications". Loading, an unknown id (404) and a failure with
 * Retry each say so.
 */
export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useQuery(incidentQueries.detail(id));
  const back = useBackToList('Incidents', paths.incidents());
  const loaded = Boolean(incident.data);
  usePageHelp(workspaceHelp);

  usePerformanceMark('incident:first-data', loaded);

  if (incident.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the incident">
        <Skeleton variant="text" width={420} height={48} />
        <Skeleton variant="rectangular" height={320} sx={{ my: 2 }} />
      </Box>
    );
  }
  if (incident.isError) {
    if (isApiError(incident.error) && incident.error.status === 404) {
      return (
        <>
          <PageHeader title="Incident not found" back={back} />
          <EmptyState
            title={`No incident with id ${id}`}
            hint="The id may be mistyped. The list shows every incident."
            action={
              <Button component={RouterLink} to={paths.incidents()} variant="contained">
                Back to the incidents
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Incident" back={back} />
        <ErrorState
          error={incident.error}
          title="The incident could not be loaded"
          onRetry={() => {
            void incident.refetch();
          }}
        />
      </>
    );
  }
  return (
    <StaffNamesProvider>
      <BackLink {...back} />
      <Workspace incident={incident.data} />
    </StaffNamesProvider>
  );
}

export { IncidentPage as Component };

/**
 * The incident and the staff list (the timeline's names) leave with the session check; the three
 * sections' code with them.
 */
export function prefetch({ queryClient, params }: PrefetchArgs): void {
  for (const load of [loadFacts, loadRegulator, loadNotices]) void load().catch(() => undefined);
  if (!params.id) return;
  queryClient.query(incidentQueries.detail(params.id)).catch(() => undefined);
  queryClient.query(staffQueries.list()).catch(() => undefined);
}
