import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { PolicyVersion } from '@/shared/contract/policies';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useCan, useStaff } from '@/shared/session/use-session';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { policyQueries } from '../api/queries';
import { loadEditorDraft } from '../editor/draft-storage';
import { loadConflictDialog, loadPreview } from '../editor/lazy-parts';
import { PolicyEditor } from '../editor/policy-editor';

const help =
  'Write a draft of the privacy policy in Markdown; the preview shows it as customers will read it (no raw HTML, ' +
  'unsafe links inert, external links marked). Your changes are saved a second after you stop typing, on the ' +
  'version you typed on: if a colleague saved first, you compare both and choose. Ctrl+S (⌘S) saves at once. ' +
  'Tab moves between fields (it does not indent). A reload of the tab brings back what was not saved yet.';

/** Why this person cannot edit `version`, or `null` when they can: drafts, by their author or legal / privacy officer. */
function whyNotEditable(version: PolicyVersion, staffId: string, canManage: boolean): string | null {
  if (version.status !== 'draft')
    return `Version ${version.label} is no longer a draft: only drafts can be edited.`;
  if (version.authorId !== staffId && !canManage)
    return 'Only the draft’s author, legal and the privacy officer can edit drafts.';
  return null;
}

function EditorOrReason({ version }: { version: PolicyVersion }) {
  const staff = useStaff();
  const canManage = useCan('policies.manage');
  // Read once when the editor opens: the text a reload left unsaved in this tab.
  const [restored] = useState(() => loadEditorDraft(staff.id, version.id));
  const reason = whyNotEditable(version, staff.id, canManage);
  if (reason) {
    return (
      <Alert severity="info">
        {reason}{' '}
        <Link component={RouterLink} to={paths.policy(version.id)}>
          Open version {version.label}
        </Link>
      </Alert>
    );
  }
  return <PolicyEditor version={version} staffId={staff.id} restored={restored} />;
}

function EditorLoader({ id }: { id: string }) {
  const query = useQuery(policyQueries.detail(id));
  // The editor works on the version it opened with; later reads of the cache (its own saves) do
  // not reopen it.
  const [opened, setOpened] = useState<PolicyVersion | null>(null);
  if (opened === null && query.data) setOpened(query.data);
  const shown = opened ?? query.data;
  return (
    <>
      <PageHeader
        title={shown ? `Edit ${shown.label}: ${shown.title}` : 'Edit draft'}
        back={{
          label: shown ? `Version ${shown.label}` : 'Policies',
          to: shown ? paths.policy(id) : paths.policies(),
        }}
      />
      {shown ? (
        <EditorOrReason version={shown} />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="The draft could not be loaded"
          onRetry={() => {
            void query.refetch();
          }}
        />
      ) : (
        <>
          <Skeleton variant="rectangular" height={56} sx={{ mb: 2, maxWidth: 720 }} />
          <Skeleton variant="rectangular" height={420} />
        </>
      )}
    </>
  );
}

/**
 * `/policies/:id/edit` (legal, privacy officer; the route needs `policies.manage`): the draft
 * editor (DESIGN "Policy versions": the editor). A version that is not a draft, or a person who may not edit it,
 * gets a message and a link to the version page instead.
 */
export function PolicyEditorPage() {
  const { id = '' } = useParams();
  usePageHelp(help);
  return <EditorLoader key={id} id={id} />;
}

export const Component = PolicyEditorPage;

/** Starts reading the draft, and loading the preview's and the conflict view's code, while the page's code loads. */
export function prefetch({ queryClient, params }: PrefetchArgs): void {
  const id = params.id;
  if (id) queryClient.query(policyQueries.detail(id)).catch(() => undefined);
  loadPreview().catch(() => undefined);
  loadConflictDialog().catch(() => undefined);
}
