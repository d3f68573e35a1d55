import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { StaffName } from '@/shared/staff/staff-name';
import { RelativeTime } from '@/shared/ui/relative-time';
import { UserText } from '@/shared/ui/user-text';
import { alertQueries } from '../api/queries';
import { TimelineSection } from './timeline-section';

/**
 * The alert's own activity, oldest first, from the API's audit record of it
 * (`GET /alerts/{id}/activity`): who acknowledged, assigned, escalated, resolved or noted it, when,
 * with the reason given. People are named (the staff list), never shown as `stf_` ids.
 */
export function Activity({ alertId }: { alertId: string }) {
  const activity = useQuery(alertQueries.activity(alertId));
  return (
    <TimelineSection
      title="Activity"
      query={activity}
      what="the activity"
      empty={
        <Typography variant="body2" color="text.secondary">
          No activity is recorded for this alert.
        </Typography>
      }
      itemKey={(event) => event.id}
      renderItem={(event) => (
        <>
          <Typography variant="body2" component="p" sx={{ overflowWrap: 'anywhere' }}>
            <Box component="span" sx={{ fontWeight: 600 }}>
              <StaffName id={event.actorId} />
            </Box>{' '}
            <UserText>{event.summary}</UserText>
            <Typography variant="body2" color="text.secondary" component="span">
              {' · '}
              <RelativeTime value={event.at} />
            </Typography>
          </Typography>
          {event.reason !== undefined ? (
            <Typography
              variant="body2"
              color="text.secondary"
              component="p"
              sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              Reason: <UserText>{event.reason}</UserText>
            </Typography>
          ) : null}
        </>
      )}
    />
  );
}
