import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { PolicyHistoryEntry } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { StaffName } from '@/shared/staff/staff-name';
import { UserText } from '@/shared/ui/user-text';
import { policyHistoryActionLabels } from '../policy-labels';

/** The review comment of an entry: the reviewer's words as UserText, or that there was none. */
function Comment({ entry }: { entry: PolicyHistoryEntry }) {
  if (entry.action !== 'approved' && entry.action !== 'rejected') return null;
  const text = entry.comment?.trim() ?? '';
  if (text === '') {
    return (
      <Typography variant="body2" color="text.secondary">
        No comment.
      </Typography>
    );
  }
  return (
    <Box
      component="blockquote"
      sx={{
        m: 0,
        mt: 0.5,
        pl: 1.5,
        borderLeft: 3,
        borderColor: entry.action === 'rejected' ? 'warning.main' : 'divider',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
      }}
    >
      <UserText>{entry.comment ?? ''}</UserText>
    </Box>
  );
}

/**
 * A version's history (docs/api.md "Policy versions" → History), oldest first as the API sends it,
 * so it reads as the version's life from creation: each step, who took it (the schedule for what
 * the clock did), when (in the staff member's zone) and the review comment as the reviewer wrote it.
 */
export function PolicyHistory({ history }: { history: readonly PolicyHistoryEntry[] }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="history-heading" sx={{ p: 1.5 }}>
      <Typography id="history-heading" variant="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        History
      </Typography>
      <Typography variant="caption" color="text.secondary">
        Oldest first
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Nothing has happened to this version yet.
        </Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {history.map((entry, index) => (
            <Box
              component="li"
              key={`${entry.at}-${entry.action}-${String(index)}`}
              sx={{ py: 1, borderTop: index === 0 ? 0 : 1, borderColor: 'divider' }}
            >
              <Typography variant="body2">
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {policyHistoryActionLabels[entry.action]}
                </Box>{' '}
                {entry.actorId ? (
                  <>
                    by <StaffName id={entry.actorId} />
                  </>
                ) : (
                  'on schedule'
                )}{' '}
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </Box>
              </Typography>
              <Comment entry={entry} />
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
