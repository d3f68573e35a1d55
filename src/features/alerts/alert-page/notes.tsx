import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useCan } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import { RelativeTime } from '@/shared/ui/relative-time';
import { alertQueries } from '../api/queries';
import { TimelineSection } from './timeline-section';
import { UserText } from '@/shared/ui/user-text';

// The form (and its form library) loads right after the page, not before its first paint.
const NoteForm = lazy(() => import('./note-form').then((module) => ({ default: module.NoteForm })));

/** What the people working on the alert wrote, oldest first, and a form to add to it. */
export function Notes({ alertId }: { alertId: string }) {
  const canWrite = useCan('alerts.change');
  const notes = useQuery(alertQueries.notes(alertId));

  return (
    <TimelineSection
      title="Notes"
      query={notes}
      what="the notes"
      empty={
        <EmptyState
          title="No notes yet"
          hint={canWrite ? 'Write what you found or did, for whoever reads the alert next.' : undefined}
        />
      }
      itemKey={(note) => note.id}
      itemPadding={1.5}
      renderItem={(note) => (
        <>
          <Typography variant="body2" color="text.secondary" component="p">
            <StaffName id={note.authorId} /> · <RelativeTime value={note.at} />
          </Typography>
          <Typography variant="body1" component="p" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <UserText>{note.body}</UserText>
          </Typography>
        </>
      )}
    >
      {canWrite ? (
        <Suspense fallback={<Skeleton variant="rounded" height={120} sx={{ mt: 2 }} />}>
          <NoteForm alertId={alertId} />
        </Suspense>
      ) : null}
    </TimelineSection>
  );
}
