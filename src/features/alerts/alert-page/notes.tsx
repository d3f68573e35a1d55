import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { useCan } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { RelativeTime } from '@/shared/ui/relative-time';
import { alertQueries } from '../api/queries';
import { UserText } from '@/shared/ui/user-text';

// The form (and its form library) loads right after the page, not before its first paint.
const NoteForm = lazy(() => import('./note-form').then((module) => ({ default: module.NoteForm })));

/** What the people working on the alert wrote, oldest first, and a form to add to it. */
export function Notes({ alertId }: { alertId: string }) {
  const headingId = useId();
  const canWrite = useCan('alerts.change');
  const notes = useQuery(alertQueries.notes(alertId));

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1.5 }}>
        Notes
      </Typography>
      {notes.isPending ? (
        <Box aria-busy="true" aria-label="Loading the notes">
          <Skeleton variant="text" />
          <Skeleton variant="text" width="60%" />
        </Box>
      ) : notes.isError ? (
        <ErrorState
          error={notes.error}
          title="The notes could not be loaded"
          onRetry={() => {
            void notes.refetch();
          }}
        />
      ) : notes.data.items.length === 0 ? (
        <EmptyState
          title="No notes yet"
          hint={canWrite ? 'Write what you found or did, for whoever reads the alert next.' : undefined}
        />
      ) : (
        <Box component="ol" aria-label="Notes, oldest first" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {notes.data.items.map((note) => (
            <Box
              component="li"
              key={note.id}
              sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
            >
              <Typography variant="body2" color="text.secondary" component="p">
                <StaffName id={note.authorId} /> · <RelativeTime value={note.at} />
              </Typography>
              <Typography
                variant="body1"
                component="p"
                sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                <UserText>{note.body}</UserText>
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {canWrite ? (
        <Suspense fallback={<Skeleton variant="rounded" height={120} sx={{ mt: 2 }} />}>
          <NoteForm alertId={alertId} />
        </Suspense>
      ) : null}
    </Paper>
  );
}
