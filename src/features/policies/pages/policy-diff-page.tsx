import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { PolicyVersion, PolicyVersionSummary } from '@/shared/contract/policies';
import { isolatedPlainText } from '@/shared/lib/bidi';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { enumParam, readUrlState, textParam, useUrlState } from '@/shared/lib/use-url-state';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { PressedButton } from '@/shared/ui/pressed-button';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp, useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { policyQueries } from '../api/queries';
import { defaultAgainst } from '../diff/against-version';
import { ChangedSections } from '../diff/changed-sections';
import { policyStatusLabels } from '../policy-labels';
import { DiffView, type DiffJump, type DiffMode } from '../diff/diff-view';
import type { PolicyDiff } from '../diff/policy-diff';
import { usePolicyDiff } from '../diff/use-policy-diff';

const diffModes = ['side-by-side', 'inline'] as const satisfies readonly DiffMode[];

/** The view's state in the URL, so a link reproduces it: `?against=pol_…&view=inline&whitespace=ignore`. */
const diffUrlSpec = {
  against: textParam(),
  view: enumParam(diffModes, 'side-by-side'),
  whitespace: enumParam(['ignore'] as const),
};

const diffHelp =
  'What changed in this version of the privacy policy against another: by default the version in force (or, for the version in force, the one before it). The Markdown source is compared line by line; changed words are marked within changed lines (− removed, + added). Pick any other version to compare with; side by side or inline, and whether whitespace counts, are kept in the link.';

const versionName = (version: Pick<PolicyVersionSummary, 'label' | 'status'>) =>
  `${version.label} · ${policyStatusLabels[version.status]}`;

function DiffSkeleton({ label }: { label: string }) {
  return (
    <Box aria-busy="true" aria-label={label}>
      <Skeleton variant="rectangular" height={320} />
    </Box>
  );
}

/** "Compare with": every other version, from `GET /policies`; choosing one writes `?against=`. */
function AgainstPicker({
  id,
  againstId,
  list,
  onChange,
}: {
  id: string;
  againstId: string | null;
  list: UseQueryResult<PolicyVersionSummary[]>;
  onChange: (against: string) => void;
}) {
  if (list.isError)
    return (
      <ErrorState
        error={list.error}
        title="The versions to compare with could not be listed"
        onRetry={() => {
          void list.refetch();
        }}
      />
    );
  const others = (list.data ?? []).filter((version) => version.id !== id);
  const listed = againstId !== null && others.some((version) => version.id === againstId);
  return (
    <TextField
      select
      size="small"
      label="Compare with"
      value={againstId ?? ''}
      disabled={list.isPending}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 280, maxWidth: 420 }}
    >
      {againstId === null || !listed ? (
        <option value={againstId ?? ''}>
          {list.isPending ? 'Loading versions…' : (againstId ?? 'Choose a version')}
        </option>
      ) : null}
      {others.map((version) => (
        <option key={version.id} value={version.id}>
          {`${versionName(version)} · ${isolatedPlainText(version.title)}`}
        </option>
      ))}
    </TextField>
  );
}

/** The counts: lines added and removed (and moved), and how many changes. */
function DiffCounts({ diff }: { diff: PolicyDiff }) {
  return (
    <Typography variant="body2" role="status" aria-label="Counts">
      <Box component="span" sx={{ color: 'success.main', fontWeight: 600 }}>
        +{diff.added}
      </Box>{' '}
      {diff.added === 1 ? 'line added' : 'lines added'},{' '}
      <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
        −{diff.removed}
      </Box>{' '}
      {diff.removed === 1 ? 'line removed' : 'lines removed'}
      {diff.moved > 0 ? `, ${String(diff.moved)} moved` : ''} · {diff.changeCount}{' '}
      {diff.changeCount === 1 ? 'change' : 'changes'}
    </Typography>
  );
}

/** The loaded diff: the sections to jump between, n / p, and the view. */
function LoadedDiff({
  diff,
  mode,
  older,
  newer,
}: {
  diff: PolicyDiff;
  mode: DiffMode;
  older: PolicyVersion;
  newer: PolicyVersion;
}) {
  const [jump, setJump] = useState<DiffJump | null>(null);
  const current = jump?.index ?? null;
  const go = useCallback((index: number) => {
    setJump((last) => ({ index, seq: (last?.seq ?? 0) + 1 }));
  }, []);
  const next = () => {
    if (diff.changeCount > 0) go(current === null ? 0 : Math.min(current + 1, diff.changeCount - 1));
  };
  const previous = () => {
    if (diff.changeCount > 0) go(current === null ? 0 : Math.max(current - 1, 0));
  };
  useShortcuts([
    { keys: ['n'], description: 'Next change', run: next },
    { keys: ['p'], description: 'Previous change', run: previous },
  ]);

  useEffect(() => {
    performance.mark('policy-diff:shown');
  }, [diff]);
  const complete = useCallback(() => {
    performance.mark('policy-diff:complete');
  }, []);

  if (diff.changeCount === 0)
    return (
      <EmptyState
        title="No differences"
        hint={`The Markdown of ${versionName(newer)} and ${versionName(older)} is the same${
          diff.blocks.length > 0 ? '' : ' (both are empty)'
        }.`}
      />
    );

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '240px minmax(0, 1fr)' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      <Stack spacing={1.5} sx={{ position: { md: 'sticky' }, top: { md: 16 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button size="small" variant="outlined" onClick={previous} disabled={current === 0}>
            Previous
          </Button>
          <Button size="small" variant="outlined" onClick={next} disabled={current === diff.changeCount - 1}>
            Next
          </Button>
          <Typography variant="caption" color="text.secondary" aria-live="polite">
            {current === null
              ? `${String(diff.changeCount)} ${diff.changeCount === 1 ? 'change' : 'changes'}`
              : `Change ${String(current + 1)} of ${String(diff.changeCount)}`}
          </Typography>
        </Stack>
        <Typography variant="caption" color="text.secondary">
          Keys: n next change, p previous.
        </Typography>
        <ChangedSections sections={diff.sections} current={current} onGo={go} />
      </Stack>
      <DiffView
        diff={diff}
        mode={mode}
        olderName={versionName(older)}
        newerName={versionName(newer)}
        jump={jump}
        onComplete={complete}
      />
    </Box>
  );
}

/** The compared version (`against`): loading, unknown, failed with Retry, then the diff. */
function DiffArea({
  newer,
  againstId,
  listState,
  mode,
  ignoreWhitespace,
}: {
  newer: PolicyVersion;
  againstId: string | null;
  listState: UseQueryResult<PolicyVersionSummary[]>;
  mode: DiffMode;
  ignoreWhitespace: boolean;
}) {
  const older = useQuery({ ...policyQueries.detail(againstId ?? ''), enabled: againstId !== null });
  const diff = usePolicyDiff(older.data, newer, ignoreWhitespace);

  if (againstId === null) {
    if (listState.isPending) return <DiffSkeleton label="Finding the version in force" />;
    if (listState.isError) return null;
    return (
      <EmptyState
        title="Nothing to compare with yet"
        hint="There is no version in force and this version is based on none. Choose a version to compare with."
      />
    );
  }
  if (againstId === newer.id)
    return <EmptyState title="This is the same version" hint="Choose another version to compare with." />;
  if (older.isPending) return <DiffSkeleton label="Loading the version to compare with" />;
  if (older.isError) {
    if (isApiError(older.error) && older.error.status === 404)
      return (
        <EmptyState
          title={`No version with id ${againstId}`}
          hint="The link may be mistyped. Choose a version to compare with."
        />
      );
    return (
      <ErrorState
        error={older.error}
        title={`The version to compare with (${againstId}) could not be loaded`}
        onRetry={() => {
          void older.refetch();
        }}
      />
    );
  }
  if (diff.status === 'pending') return <DiffSkeleton label="Comparing the versions" />;
  if (diff.status === 'failed')
    return <ErrorState error={diff.error} title="The versions could not be compared" onRetry={diff.retry} />;
  return (
    <Stack spacing={1.5}>
      <DiffCounts diff={diff.diff} />
      <LoadedDiff
        key={`${older.data.id}|${String(ignoreWhitespace)}`}
        diff={diff.diff}
        mode={mode}
        older={older.data}
        newer={newer}
      />
    </Stack>
  );
}

/**
 * `/policies/:id/diff?against=` (every role): what changed in version `:id` against the version
 * named by `against` — by default the version in force, or for the version in force its base or
 * the version published before it (`defaultAgainst`). Compares the Markdown source (as text,
 * never rendered) side by side or inline (`view=inline`), optionally ignoring whitespace
 * (`whitespace=ignore`); lists the changed sections and steps through changes with n / p. Each of
 * the two version reads and the list shows its loading, failure (with Retry) and unknown id.
 */
export function PolicyDiffPage() {
  const { id = '' } = useParams();
  const [url, setUrl] = useUrlState(diffUrlSpec);
  usePageHelp(diffHelp);
  const newer = useQuery(policyQueries.detail(id));
  const list = useQuery(policyQueries.list());
  const againstId =
    url.against !== '' ? url.against : newer.data && list.data ? defaultAgainst(list.data, newer.data) : null;

  if (newer.isPending)
    return (
      <Box aria-busy="true" aria-label="Loading the version">
        <Skeleton variant="text" width={420} height={48} />
        <Skeleton variant="rectangular" height={320} sx={{ my: 2 }} />
      </Box>
    );
  if (newer.isError) {
    const back = { label: 'Policy versions', to: paths.policies() };
    if (isApiError(newer.error) && newer.error.status === 404)
      return (
        <>
          <PageHeader title="Version not found" back={back} />
          <EmptyState
            title={`No policy version with id ${id}`}
            hint="The id may be mistyped. The list of policy versions shows every version."
            action={
              <Button component={RouterLink} to={paths.policies()} variant="contained">
                Back to policy versions
              </Button>
            }
          />
        </>
      );
    return (
      <>
        <PageHeader title="Compare versions" back={back} />
        <ErrorState
          error={newer.error}
          title={`The version ${id} could not be loaded`}
          onRetry={() => {
            void newer.refetch();
          }}
        />
      </>
    );
  }

  return (
    <>
      <BackLink label={`Version ${newer.data.label}`} to={paths.policy(id)} />
      <PageHeader
        title={`What changed in ${newer.data.label}`}
        subtitle={<>{versionName(newer.data)} — Markdown source compared line by line</>}
        actions={<HelpButton />}
      />
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <AgainstPicker
            id={id}
            againstId={againstId}
            list={list}
            onChange={(against) => {
              setUrl({ against });
            }}
          />
          <Stack direction="row" spacing={0.5} role="group" aria-label="Layout">
            {diffModes.map((view) => (
              <PressedButton
                key={view}
                type="button"
                aria-pressed={url.view === view}
                onClick={() => {
                  setUrl({ view });
                }}
              >
                {view === 'inline' ? 'Inline' : 'Side by side'}
              </PressedButton>
            ))}
          </Stack>
          <FormControlLabel
            control={
              <Checkbox
                size="small"
                checked={url.whitespace === 'ignore'}
                onChange={(event) => {
                  setUrl({ whitespace: event.target.checked ? 'ignore' : '' });
                }}
              />
            }
            label={
              <>
                Ignore whitespace
                <Box component="span" sx={visuallyHidden}>
                  {' '}
                  (spaces and tabs within and around lines)
                </Box>
              </>
            }
          />
        </Stack>
        <DiffArea
          newer={newer.data}
          againstId={againstId}
          listState={list}
          mode={url.view}
          ignoreWhitespace={url.whitespace === 'ignore'}
        />
      </Stack>
    </>
  );
}

export { PolicyDiffPage as Component };

/** Starts the reads a link needs: the version, the list (default and picker) and a named `against`. */
export function prefetch({ queryClient, params, url }: PrefetchArgs): void {
  if (!params.id) return;
  queryClient.query(policyQueries.detail(params.id)).catch(() => undefined);
  queryClient.query(policyQueries.list()).catch(() => undefined);
  const { against } = readUrlState(diffUrlSpec, url.searchParams);
  if (against !== '') queryClient.query(policyQueries.detail(against)).catch(() => undefined);
}
