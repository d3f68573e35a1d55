import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { PolicyVersion } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { EffectiveCountdown } from '../list/effective-countdown';
import { policyNoticeChannelLabels } from '../policy-labels';

/**
 * PLACEHOLDER for the scheduled version's panel (countdown + Retract), which the schedule part
 * builds as `src/features/policies/schedule/scheduled-panel.tsx`; the version page shows this
 * summary in its place until then. Shows when the version takes effect (countdown by server time
 * and the exact moment in the staff member's zone) and how customers are told.
 */
export function ScheduledSummary({ version }: { version: PolicyVersion }) {
  const { effectiveAt, notice } = version;
  if (version.status !== 'scheduled' || effectiveAt === undefined) return null;
  return (
    <MuiAlert severity="info" component="section" role="region" aria-label="Scheduled">
      <AlertTitle>
        Takes effect <EffectiveCountdown effectiveAt={effectiveAt} />
      </AlertTitle>
      <Typography variant="body2">
        On {formatDateTime(effectiveAt)}
        {notice
          ? `; customers are told by ${notice.channels.map((channel) => policyNoticeChannelLabels[channel]).join(', ')} from ${formatDateTime(notice.sendAt)}.`
          : '.'}
      </Typography>
    </MuiAlert>
  );
}
