import type { QueryClient } from '@tanstack/react-query';
import type { Alert } from '@/shared/contract/alerts';
import type { Page } from '@/shared/contract/common';
import { alertQueries } from './queries';

/**
 * The API answered with alerts as they are now (a change, a bulk change, a 412's current version):
 * show them at once everywhere they are cached. A list keeps its rows and their order, so nothing
 * moves under the analyst's cursor; lists are marked stale, so they are read again when next
 * opened (a change may move an alert out of a filter). Counts, each alert's activity and, when the
 * change wrote one, the notes catch up now.
 */
export function showChangedAlerts(
  queryClient: QueryClient,
  changed: readonly Alert[],
  { notesChanged = false }: { notesChanged?: boolean } = {},
): void {
  if (changed.length === 0) return;
  const byId = new Map(changed.map((alert) => [alert.id, alert]));
  for (const [key, page] of queryClient.getQueriesData<Page<Alert>>({ queryKey: alertQueries.lists() })) {
    if (!page?.items.some((alert) => byId.has(alert.id))) continue;
    queryClient.setQueryData<Page<Alert>>(key, {
      ...page,
      items: page.items.map((alert) => byId.get(alert.id) ?? alert),
    });
  }
  for (const alert of changed) queryClient.setQueryData(alertQueries.detail(alert.id).queryKey, alert);
  void queryClient.invalidateQueries({ queryKey: alertQueries.lists(), refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: [...alertQueries.all(), 'counts'] });
  for (const alert of changed) {
    void queryClient.invalidateQueries({ queryKey: alertQueries.activity(alert.id).queryKey });
  }
  if (notesChanged) {
    for (const alert of changed) {
      void queryClient.invalidateQueries({ queryKey: alertQueries.notes(alert.id).queryKey });
    }
  }
}

/** One changed alert; see `showChangedAlerts`. */
export function showChangedAlert(
  queryClient: QueryClient,
  alert: Alert,
  options: { notesChanged?: boolean } = {},
): void {
  showChangedAlerts(queryClient, [alert], options);
}
