import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Incident } from '@/shared/contract/incidents';
import { formatDateTime, timeZoneLabel } from '@/shared/lib/format';
import { StaffName } from '@/shared/staff/staff-name';
import { UserText } from '@/shared/ui/user-text';
import { SectionCard } from './section-card';

/**
 * Everything that happened to the incident (API.md: every change adds a timeline entry), newest
 * first (the API sends it oldest first): when, in the staff member's time zone (named in the
 * caption), who (their name from the staff list, the id while it loads) and what, as UserText.
 */
export function IncidentTimeline({ incident }: { incident: Incident }) {
  const entries = [...incident.timeline].reverse();
  const newest = entries[0];
  return (
    <SectionCard
      title="Timeline"
      caption={`Newest first · times in ${timeZoneLabel(Date.parse(newest?.at ?? incident.awareAt))}`}
    >
      {entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Nothing has been recorded yet.
        </Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {entries.map((entry, index) => (
            <Box
              component="li"
              // Entries have no id; two may share a moment, so the position keeps keys unique.
              key={`${entry.at}-${String(entries.length - index)}`}
              sx={{ py: 0.75, borderTop: index === 0 ? 0 : 1, borderColor: 'divider' }}
            >
              <Typography variant="caption" color="text.secondary" component="p">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {' · '}
                <StaffName id={entry.actorId} />
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <UserText>{entry.text}</UserText>
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </SectionCard>
  );
}
