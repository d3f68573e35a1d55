import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries } from './session-queries';

/**
 * Session hygiene (DESIGN "Rules"): signing out, a 401, or another person signing in on the same
 * browser drops everything the console holds about customers — the query cache, revealed values,
 * remembered search texts. Features that keep such things in memory register a cleanup here.
 */
const cleanups = new Set<() => void>();

export function onSessionEnd(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

const isSessionQuery = (queryKey: readonly unknown[]) => queryKey[0] === sessionQueries.all()[0];

/** Drops every cached record but the session itself (whose observers the shell relies on). */
export function clearSessionData(queryClient: QueryClient): void {
  for (const cleanup of cleanups) cleanup();
  const others = { predicate: (query: { queryKey: readonly unknown[] }) => !isSessionQuery(query.queryKey) };
  queryClient.cancelQueries(others).catch(() => undefined);
  queryClient.removeQueries(others);
  queryClient.getMutationCache().clear();
}

/**
 * After a sign-out or a 401: the session reads as signed out first, so the shell leaves the page
 * before its queries are dropped (a mounted page would otherwise ask again), then nothing cached
 * survives.
 */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(sessionQueries.current().queryKey, null);
  clearSessionData(queryClient);
}

type SessionMessage = { type: 'signed-in'; staffId: string } | { type: 'signed-out' };

const channelName = 'privacy-console-session';

/** Tells the other tabs of this browser that the person changed. */
export function broadcastSession(message: SessionMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(message);
  channel.close();
}

export function listenToSessionBroadcasts(onMessage: (message: SessionMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<SessionMessage>) => {
    onMessage(event.data);
  };
  return () => {
    channel.close();
  };
}
