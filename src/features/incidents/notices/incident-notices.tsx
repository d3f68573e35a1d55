import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { Incident } from '@/shared/contract/incidents';
import { useCan } from '@/shared/session/use-session';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { incidentViewQueries } from '../api/queries';
import { NoticeCard } from './notice-card';

// The form (react-hook-form, many fields) loads when someone drafts, not with the workspace.
const NoticeFormDialog = lazy(() =>
  import('./notice-form-dialog').then((module) => ({ default: module.NoticeFormDialog })),
);

/**
 * The workspace's customer notices (API.md "Security incidents and notifications"; the privacy
 * policy's promise of a prompt notice after a security incident): the incident's notices, oldest
 * first, each with its audience, channels, people, five parts and actions (`NoticeCard`), and
 * "Draft a notice" for those who may draft (`incidents.draftNotice`). Loading, error with Retry
 * and empty states. Takes the incident as last read.
 */
export function IncidentNotices({ incident }: { incident: Incident }) {
  const canDraft = useCan('incidents.draftNotice');
  const notices = useQuery(incidentViewQueries.notices(incident.id));
  const [drafting, setDrafting] = useState(false);
  const draftButton = canDraft ? (
    <Button
      variant="contained"
      onClick={() => {
        setDrafting(true);
      }}
    >
      Draft a notice
    </Button>
  ) : null;

  let body;
  if (notices.data) {
    body =
      notices.data.length === 0 ? (
        <EmptyState
          title="No notice drafted yet"
          hint={
            canDraft
              ? 'Draft the notice affected customers will receive: what happened, what was done, how they can protect themselves, their remedies and whom to contact.'
              : 'A security analyst, legal or the privacy officer drafts the notice to affected customers.'
          }
        />
      ) : (
        <Stack spacing={2}>
          {notices.data.map((notice, index) => (
            <NoticeCard key={notice.id} incident={incident} notice={notice} position={index + 1} />
          ))}
        </Stack>
      );
  } else if (notices.isError) {
    body = (
      <ErrorState
        title="The notices could not be loaded"
        error={notices.error}
        onRetry={() => void notices.refetch()}
      />
    );
  } else {
    body = (
      <Box role="status" aria-label="Loading the notices">
        <Skeleton variant="rounded" height={120} />
      </Box>
    );
  }

  return (
    <Box
      component="section"
      aria-labelledby="incident-notices-heading"
      sx={{ display: 'grid', gap: 2, my: 3 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography id="incident-notices-heading" variant="h2" sx={{ fontSize: '1.25rem', fontWeight: 600 }}>
          Customer notices
        </Typography>
        {draftButton}
      </Box>
      {body}
      {drafting ? (
        <Suspense fallback={null}>
          <NoticeFormDialog
            open
            incident={incident}
            onClose={() => {
              setDrafting(false);
            }}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}
