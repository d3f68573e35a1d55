import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PolicyStatus, PolicyVersionSummary } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useCan } from '@/shared/session/use-session';
import { StaffName, StaffNamesProvider } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp, useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { UserText } from '@/shared/ui/user-text';
import { policyQueries } from '../api/queries';
import { EffectiveCountdown } from '../list/effective-countdown';
import { NewDraftDialog } from '../list/new-draft-dialog';
import { groupPolicyVersions, supersededAt, versionInForce, type PolicyGroup } from '../list/policy-groups';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

const listHelp =
  'Every version of the privacy policy by status: the version in force first, then the work in progress (drafts, in review, approved, scheduled with the time left before it takes effect) and the history. j/k move between versions, Enter opens one. Legal and the privacy officer start a new draft from any version.';

/** What each section is called and which moment its date column shows. */
const sections: Record<
  PolicyStatus,
  {
    heading: string;
    dateHeader: string;
    date: (version: PolicyVersionSummary, all: readonly PolicyVersionSummary[]) => ReactNode;
  }
> = {
  published: {
    heading: 'In force',
    dateHeader: 'In force since',
    date: (version) => <Moment at={version.publishedAt} />,
  },
  draft: {
    heading: 'Drafts',
    dateHeader: 'Last saved',
    date: (version) => <Moment at={version.updatedAt} />,
  },
  in_review: {
    heading: 'In review',
    dateHeader: 'Submitted',
    date: (version) => <Moment at={version.submittedAt} />,
  },
  approved: {
    heading: 'Approved',
    dateHeader: 'Approved',
    date: (version) => <Moment at={version.approvedAt} />,
  },
  scheduled: {
    heading: 'Scheduled',
    dateHeader: 'Takes effect',
    date: (version) =>
      version.effectiveAt === undefined ? (
        '—'
      ) : (
        <>
          <Moment at={version.effectiveAt} />
          <Typography component="span" variant="body2" sx={{ display: 'block', fontWeight: 600 }}>
            <EffectiveCountdown effectiveAt={version.effectiveAt} />
          </Typography>
        </>
      ),
  },
  superseded: {
    heading: 'History',
    dateHeader: 'In force',
    date: (version, all) => {
      const until = supersededAt(version, all);
      return (
        <>
          <Moment at={version.publishedAt} /> – {until === undefined ? '—' : <Moment at={until} />}
        </>
      );
    },
  },
};

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The day of a moment in the staff member's zone, with the exact time and zone on hover (the
 * version page shows every moment in full), or "—".
 */
function Moment({ at }: { at: string | undefined }) {
  if (at === undefined) return '—';
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {dayFormat.format(new Date(at))}
    </time>
  );
}

/** The links j/k move between, in the page's order. */
const versionLinkSelector = 'a[data-version-link]';

/** Moves the focus `step` versions on (from outside the list: to the first or the last). */
function moveAmongVersions(step: 1 | -1): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(versionLinkSelector)];
  const at = links.findIndex((link) => link === document.activeElement);
  const next =
    at === -1
      ? step === 1
        ? links[0]
        : links.at(-1)
      : links[Math.min(links.length - 1, Math.max(0, at + step))];
  next?.focus();
}

/** One status's section: a heading and a table of its versions, each label a link to the version. */
function VersionSection({ group, all }: { group: PolicyGroup; all: readonly PolicyVersionSummary[] }) {
  const section = sections[group.status];
  const headingId = `policies-${group.status}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1rem', fontWeight: 600, p: 1.5, pb: 0.5 }}>
        {section.heading}{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
          ({group.versions.length})
        </Box>
      </Typography>
      <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 600, width: 80 }}>Label</TableCell>
            <TableCell sx={{ fontWeight: 600 }}>Title</TableCell>
            <TableCell sx={{ fontWeight: 600, width: '15%' }}>Author</TableCell>
            <TableCell sx={{ fontWeight: 600, width: '15%' }}>Reviewer</TableCell>
            <TableCell sx={{ fontWeight: 600, width: '24%' }}>{section.dateHeader}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.versions.map((version) => (
            <TableRow key={version.id} hover>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={paths.policy(version.id)}
                  data-version-link=""
                  sx={{ fontWeight: 600 }}
                >
                  {version.label}
                </Link>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <UserText>{version.title}</UserText>
              </TableCell>
              <TableCell>
                <StaffName id={version.authorId} />
              </TableCell>
              <TableCell>{version.reviewerId ? <StaffName id={version.reviewerId} /> : '—'}</TableCell>
              <TableCell>{section.date(version, all)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

/**
 * The policy versions (`/policies`, every role reads; `GET /policies`, not paged): grouped by
 * status, the version in force first, then drafts, in review, approved, scheduled (with the time
 * left by server time) and history; label (a link to the version), title, author, reviewer and the
 * section's moment. "New draft from …" for legal and the privacy officer (`policies.manage`).
 * j/k move between versions. Loading, a failure with Retry and an empty list each say so.
 */
export function PoliciesPage() {
  const canManage = useCan('policies.manage');
  const list = useQuery(policyQueries.list());
  const [creating, setCreating] = useState(false);
  const hasRows = Boolean(list.data);
  usePageHelp(listHelp);
  useShortcuts([
    {
      keys: ['j'],
      description: 'Next version',
      run: () => {
        moveAmongVersions(1);
      },
    },
    {
      keys: ['k'],
      description: 'Previous version',
      run: () => {
        moveAmongVersions(-1);
      },
    },
  ]);

  usePerformanceMark('policies:first-rows', hasRows);

  const versions = list.data ?? [];
  const defaultBase = versionInForce(versions)?.id ?? versions[0]?.id;

  return (
    <>
      <PageHeader
        title="Policy versions"
        actions={
          <>
            {canManage ? (
              <Button
                variant="contained"
                startIcon={<AddOutlined />}
                disabled={defaultBase === undefined}
                onClick={() => {
                  setCreating(true);
                }}
              >
                New draft from…
              </Button>
            ) : null}
            <HelpButton />
          </>
        }
      />
      {list.isPending ? (
        <Box aria-busy="true" aria-label="Loading the policy versions">
          <Skeleton variant="rectangular" height={96} sx={{ mb: 2 }} />
          <Skeleton variant="rectangular" height={240} />
        </Box>
      ) : list.isError ? (
        <ErrorState
          error={list.error}
          title="The policy versions could not be loaded"
          onRetry={() => {
            void list.refetch();
          }}
        />
      ) : versions.length === 0 ? (
        <EmptyState
          title="No policy versions yet"
          hint="The privacy policy’s versions appear here once the first one is in the API. A new draft starts from an existing version."
        />
      ) : (
        <StaffNamesProvider>
          <Stack spacing={2}>
            {groupPolicyVersions(versions).map((group) => (
              <VersionSection key={group.status} group={group} all={versions} />
            ))}
          </Stack>
        </StaffNamesProvider>
      )}
      {canManage && defaultBase !== undefined ? (
        <NewDraftDialog
          open={creating}
          versions={versions}
          defaultBase={defaultBase}
          onClose={() => {
            setCreating(false);
          }}
        />
      ) : null}
    </>
  );
}

export { PoliciesPage as Component };

/** The list leaves with the session check (`GET /policies`, one small request). */
export function prefetch({ queryClient }: PrefetchArgs): void {
  queryClient.query(policyQueries.list()).catch(() => undefined);
}
