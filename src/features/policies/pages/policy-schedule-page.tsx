import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { PolicyVersion } from '@/shared/contract/policies';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useCan } from '@/shared/session/use-session';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { policyQueries } from '../api/queries';
import { purposesQuery } from '@/shared/resources/consent-purposes/queries';
import { ScheduledPanel } from '../schedule/scheduled-panel';

// The form (react-hook-form, the rules, the preview) loads beside the page's heading and skeleton,
// and starts loading with the route's prefetch.
const loadForm = () => import('../schedule/schedule-form');
const ScheduleForm = lazy(() => loadForm().then((module) => ({ default: module.ScheduleForm })));

const help =
  'Plan how customers are told of an approved version and when it takes effect. Times are in your time zone and sent as UTC. ' +
  'The publishing rules are checked before anything is sent: a significant change is announced by email or SMS plus a site banner, ' +
  'at least 7 days before it takes effect; changes to purposes or rights ask customers to opt in again. ' +
  'The preview counts whom the notice and the re-consent requests reach. Schedule asks once more before it sends.';

function FormSkeleton() {
  return (
    <>
      <Skeleton variant="rectangular" height={64} sx={{ mb: 2 }} />
      <Skeleton variant="rectangular" height={360} />
    </>
  );
}

function VersionLink({ version }: { version: Pick<PolicyVersion, 'id' | 'label'> }) {
  return (
    <Link component={RouterLink} to={paths.policy(version.id)}>
      version {version.label}
    </Link>
  );
}

const why: Record<PolicyVersion['status'], string> = {
  approved: 'It is approved.',
  scheduled: 'It is already scheduled.',
  draft: 'It is a draft: it is submitted, reviewed and approved by another legal member first.',
  in_review: 'It is in review: another legal member or the privacy officer approves it first.',
  published: 'It is already published and in force.',
  superseded: 'It was in force once and has been replaced by a later version.',
};

/**
 * What the page shows for a version that cannot be scheduled now, or a person who may not: why,
 * with the way to the version, and the scheduled panel (countdown, plan, Retract), which shows
 * itself only for a scheduled version. The panel keeps its place whatever the message, so a
 * refused Retract (the version took effect meanwhile) stays explained after the version changes.
 */
function NotSchedulable({ version, canManage }: { version: PolicyVersion; canManage: boolean }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {!canManage ? (
        <MuiAlert severity="info">
          <AlertTitle>Only legal and the privacy officer schedule policy versions</AlertTitle>
          You can read <VersionLink version={version} /> and its notice plan on its page.
        </MuiAlert>
      ) : version.status === 'scheduled' ? (
        <MuiAlert severity="info">
          <AlertTitle>Version {version.label} is already scheduled</AlertTitle>
          To change its plan, retract it below and schedule it again. Its page:{' '}
          <VersionLink version={version} />.
        </MuiAlert>
      ) : (
        <MuiAlert severity="info">
          <AlertTitle>Only an approved version can be scheduled</AlertTitle>
          {why[version.status]} See <VersionLink version={version} />.
        </MuiAlert>
      )}
      <ScheduledPanel version={version} />
    </Box>
  );
}

/**
 * `/policies/:id/schedule` (legal, privacy officer; approved versions): the notice plan and the
 * publication of a version (`POST /policies/{id}/publish`, API.md "Policy versions"), with the
 * publish preview. Other roles and other states get a message and a link to the version page; a
 * scheduled version shows its countdown and Retract. Loading, error with Retry.
 */
export function PolicySchedulePage() {
  const { id = '' } = useParams();
  usePageHelp(help);
  const canManage = useCan('policies.manage');
  const version = useQuery(policyQueries.detail(id));
  const purposes = useQuery({ ...purposesQuery(), enabled: canManage });
  const data = version.data;
  return (
    <>
      <BackLink
        label={data ? `Version ${data.label}` : 'Policy versions'}
        to={data ? paths.policy(id) : paths.policies()}
      />
      <PageHeader
        title={data ? `Schedule version ${data.label}` : 'Schedule a version'}
        subtitle="How customers are told, when the version takes effect, and whom it asks to opt in again."
      />
      {version.isError ? (
        <ErrorState
          error={version.error}
          title={`Version ${id} could not be loaded`}
          onRetry={() => {
            void version.refetch();
          }}
        />
      ) : !data ? (
        <FormSkeleton />
      ) : !canManage || data.status !== 'approved' ? (
        <NotSchedulable version={data} canManage={canManage} />
      ) : purposes.isError ? (
        <ErrorState
          error={purposes.error}
          title="The consent purposes could not be loaded"
          onRetry={() => {
            void purposes.refetch();
          }}
        />
      ) : purposes.data ? (
        <Suspense fallback={<FormSkeleton />}>
          <ScheduleForm key={`${data.id}-${String(data.version)}`} version={data} purposes={purposes.data} />
        </Suspense>
      ) : (
        <FormSkeleton />
      )}
    </>
  );
}

export const Component = PolicySchedulePage;

/** Starts reading the version, the purposes and the preview while the page's code loads. */
export function prefetch({ queryClient, params }: PrefetchArgs): void {
  const id = params.id;
  if (!id) return;
  queryClient.query(policyQueries.detail(id)).catch(() => undefined);
  loadForm().catch(() => undefined);
}
