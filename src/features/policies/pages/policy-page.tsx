import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { PolicyVersion } from '@/shared/contract/policies';
import { useBackToList } from '@/shared/lib/list-trail';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useCan, useStaff } from '@/shared/session/use-session';
import { StaffNamesProvider } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { StatusChip } from '@/shared/ui/status-chip';
import { policyQueries } from '../api/queries';
import { policyStatusLabels, policyStatusTones } from '../policy-labels';
import { ScheduledPanel } from '../schedule/scheduled-panel';
import { ReviewPanel } from '../review/review-panel';
import { reviewOffers } from '../review/review-rules';
import { PolicyFacts } from '../version/policy-facts';
import { PolicyHistory } from '../version/policy-history';
import { purposesQuery } from '@/shared/resources/consent-purposes/queries';
import { ReconsentProgress } from '../version/reconsent-progress';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

// The Markdown renderer is the page's largest part: it loads beside the version (see `prefetch`),
// so the header, review and facts do not wait for it.
const loadMarkdown = () => import('../components/policy-markdown');
const PolicyMarkdown = lazy(() => loadMarkdown().then((module) => ({ default: module.PolicyMarkdown })));

const versionHelp =
  'One version of the privacy policy as customers will read it, with its facts and history. Drafts are edited by their author or any legal / privacy officer; the author submits a draft for review, and a colleague other than the author approves or rejects it (four-eyes). An approved version is scheduled with its notice plan; once it takes effect, the re-consent answers per purpose show here.';

/** The links a version offers: compare, edit (drafts), schedule (approved). */
function VersionLinks({ version }: { version: PolicyVersion }) {
  const staff = useStaff();
  const offers = reviewOffers(version, staff.id, useCan('policies.manage'));
  const inForce = version.status === 'published';
  // "Compare with its base" only says something new when the base is not the version in force.
  const { data: inForceId } = useQuery({
    ...policyQueries.list(),
    select: (versions) => versions.find((each) => each.status === 'published')?.id,
  });
  return (
    <>
      {inForce ? null : (
        <Button
          component={RouterLink}
          to={paths.policyDiff(version.id)}
          variant="outlined"
          startIcon={<CompareArrowsOutlined />}
        >
          Compare with the version in force
        </Button>
      )}
      {version.basedOn !== undefined && (inForce || version.basedOn !== inForceId) ? (
        <Button component={RouterLink} to={paths.policyDiff(version.id, version.basedOn)} variant="text">
          Compare with its base
        </Button>
      ) : null}
      {offers.edit ? (
        <Button
          component={RouterLink}
          to={paths.policyEdit(version.id)}
          variant="contained"
          startIcon={<EditOutlined />}
        >
          Edit
        </Button>
      ) : null}
      {offers.schedule ? (
        <Button
          component={RouterLink}
          to={paths.policySchedule(version.id)}
          variant="contained"
          startIcon={<EventOutlined />}
        >
          Schedule
        </Button>
      ) : null}
      <HelpButton />
    </>
  );
}

/** Loaded: header, review, the scheduled slot, facts, the rendered text, history and re-consent. */
function VersionView({ version }: { version: PolicyVersion }) {
  const tookEffect = version.status === 'published' || version.status === 'superseded';
  return (
    <>
      <PageHeader
        title={version.title}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
            <span>Version {version.label}</span>
            <StatusChip label={policyStatusLabels[version.status]} tone={policyStatusTones[version.status]} />
          </Box>
        }
        actions={<VersionLinks version={version} />}
      />
      <Stack spacing={2}>
        <ReviewPanel version={version} />
        <ScheduledPanel version={version} />
        {tookEffect ? <ReconsentProgress versionId={version.id} /> : null}
        <PolicyFacts version={version} />
        <Paper variant="outlined" component="article" aria-labelledby="policy-text-heading" sx={{ p: 2 }}>
          <Typography
            id="policy-text-heading"
            variant="h2"
            sx={{ fontSize: '1rem', fontWeight: 600, mb: 1, color: 'text.secondary' }}
          >
            Policy text
          </Typography>
          {version.body.trim() === '' ? (
            <Typography variant="body2" color="text.secondary">
              This version has no text yet.
            </Typography>
          ) : (
            <Suspense
              fallback={
                <Box aria-busy="true" aria-label="Loading the policy text">
                  <Skeleton variant="text" width="60%" />
                  <Skeleton variant="rectangular" height={160} />
                </Box>
              }
            >
              <PolicyMarkdown>{version.body}</PolicyMarkdown>
            </Suspense>
          )}
        </Paper>
        <PolicyHistory history={version.history} />
      </Stack>
    </>
  );
}

/**
 * One policy version (`/policies/:id`, every role reads): its rendered text (read-only), its facts
 * and history, the review actions the person may take (submit, approve, reject: four-eyes), links
 * to compare, edit and schedule, the scheduled version's summary and, once it took effect, the
 * re-consent progress per purpose. Loading, an unknown id (404) and a failure with Retry each say so.
 */
export function PolicyPage() {
  const { id = '' } = useParams();
  const version = useQuery(policyQueries.detail(id));
  const back = useBackToList('Policy versions', paths.policies());
  const loaded = Boolean(version.data);
  usePageHelp(versionHelp);

  usePerformanceMark('policy:first-data', loaded);

  if (version.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the policy version">
        <Skeleton variant="text" width={420} height={48} />
        <Skeleton variant="rectangular" height={320} sx={{ my: 2 }} />
      </Box>
    );
  }
  if (version.isError) {
    if (isApiError(version.error) && version.error.status === 404) {
      return (
        <>
          <PageHeader title="Policy version not found" back={back} />
          <EmptyState
            title={`No policy version with id ${id}`}
            hint="The id may be mistyped. The list shows every version."
            action={
              <Button component={RouterLink} to={paths.policies()} variant="contained">
                Back to the policy versions
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Policy version" back={back} />
        <ErrorState
          error={version.error}
          title="The policy version could not be loaded"
          onRetry={() => {
            void version.refetch();
          }}
        />
      </>
    );
  }
  return (
    <StaffNamesProvider>
      <BackLink {...back} />
      <VersionView version={version.data} />
    </StaffNamesProvider>
  );
}

export { PolicyPage as Component };

/**
 * The version leaves with the session check; the purposes (names in the notice plan), the list
 * (the base's label, the version in force) and the Markdown renderer's code with it.
 */
export function prefetch({ queryClient, params }: PrefetchArgs): void {
  void loadMarkdown().catch(() => undefined);
  if (!params.id) return;
  queryClient.query(policyQueries.detail(params.id)).catch(() => undefined);
  queryClient.query(purposesQuery()).catch(() => undefined);
  queryClient.query(policyQueries.list()).catch(() => undefined);
}
