import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { clearSessionData, endSession, listenToSessionBroadcasts } from '@/shared/session/session-end';
import { sessionQueries } from '@/shared/session/session-queries';

/**
 * Another tab signed out, or someone else signed in on this browser: this tab drops what it holds
 * and follows (a new session also brings a new CSRF token).
 */
export function useSessionSync(currentStaffId: string): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      listenToSessionBroadcasts((message) => {
        if (message.type === 'signed-out') {
          endSession(queryClient);
          return;
        }
        if (message.staffId !== currentStaffId) clearSessionData(queryClient);
        void queryClient.invalidateQueries({ queryKey: sessionQueries.all() });
      }),
    [queryClient, currentStaffId],
  );
}
