import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { broadcastSession, endSession } from '@/shared/session/session-end';
import { signOut } from '@/shared/session/session-requests';

/**
 * Signs out here and in every other tab. The local data goes even when the server cannot be
 * reached: a person who clicked "Sign out" must not leave customer data on screen.
 */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await signOut();
    } catch {
      // Already signed out or unreachable: the local clean-up below still happens.
    }
    endSession(queryClient);
    broadcastSession({ type: 'signed-out' });
  }, [queryClient]);
}
