import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { serverNow } from '@/shared/api/server-time';
import { formatDateTime } from '@/shared/lib/format';
import { policyQueries } from '../api/queries';
import { countdownText, countdownTickMs } from '@/shared/lib/countdown';

/**
 * Server time (epoch ms, from the replies' `Date` headers), repainted as often as a countdown to
 * `targetMs` needs it (`countdownTickMs`). Returns the current server time; clears its timer on
 * unmount.
 */
export function useServerNowTowards(targetMs: number): number {
  const [now, setNow] = useState(serverNow);
  const tick = countdownTickMs(targetMs - now);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(serverNow());
    }, tick);
    return () => {
      window.clearInterval(timer);
    };
  }, [tick]);
  return now;
}

/**
 * "in 3 days 4 hours" until a scheduled version's `effectiveAt` (ISO, UTC), by server time, with
 * the exact moment in the staff member's zone on hover (callers show it in words too). When the
 * moment passes, the policy queries are read again, every 15 s until the version no longer shows
 * as scheduled: the API has then published it and superseded the one it replaces.
 */
export function EffectiveCountdown({ effectiveAt }: { effectiveAt: string }) {
  const queryClient = useQueryClient();
  const target = Date.parse(effectiveAt);
  const now = useServerNowTowards(target);
  const due = now >= target;
  // Once due, read again at every tick until the API answers with the version published (a
  // server clock a second behind ours would otherwise leave it shown as scheduled).
  useEffect(() => {
    if (due) void queryClient.invalidateQueries({ queryKey: policyQueries.all() });
  }, [due, now, queryClient]);
  const exact = formatDateTime(effectiveAt);
  return (
    <time dateTime={effectiveAt} title={exact}>
      {countdownText(effectiveAt, now)}
    </time>
  );
}
