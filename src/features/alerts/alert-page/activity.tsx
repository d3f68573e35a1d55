import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { StaffName } from '@/shared/staff/staff-name';
import { ErrorState } from '@/shared/ui/error-state';
import { RelativeTime } from '@/shared/ui/relative-time';
import { UserText } from '@/shared/ui/user-text';
import { alertQueries } from '../api/queries';

/**
 * The alert's own activity, oldest first, from the API's audit record of it
 * (`GET /alerts/{id}/activity`): who acknowledged, assigned, escalated, resolved or noted it, when,
 * with the reason given. People are named (the staff list), never shown as `stf_` ids.
 */
export function Activity({ alertId }: { alertId: string }) {
  const headingId = useId();
  const activity = useQuery(alertQueries.activity(alertId));
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1.5 }}>
        Activity
      </Typography>
      {activity.isPending ? (
        <Box aria-busy="true" aria-label="Loading the activity">
          <Skeleton variant="text" />
          <Skeleton variant="text" width="60%" />
        </Box>
      ) : activity.isError ? (
        <ErrorState
          error={activity.error}
          title="The activity could not be loaded"
          onRetry={() => {
            void activity.refetch();
          }}
        />
      ) : activity.data.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No activity is recorded for this alert.
        </Typography>
      ) : (
        <Box component="ol" aria-label="Activity, oldest first" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {activity.data.items.map((event) => (
            <Box
              component="li"
              key={event.id}
              sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
            >
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
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
