import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Alert, AlertPatch } from '@/shared/contract/alerts';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { readUrlState } from '@/shared/lib/use-url-state';
import { useListController } from '@/shared/lists/use-list-controller';
import { useCan, useStaff } from '@/shared/session/use-session';
import { StaffNamesProvider } from '@/shared/staff/staff-name';
import { staffQueries } from '@/shared/staff/staff-queries';
import { EmptyState } from '@/shared/ui/empty-state';
import { PageHeader } from '@/shared/ui/page-header';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { useToast } from '@/shared/ui/toast/use-toast';
import { describeError } from '@/shared/api/api-error';
import type { AlertBulkResponse } from '@/shared/contract/alerts';
import { focusedRowKey } from '@/shared/ui/list/row-keyboard';
import { PagedTable } from '@/shared/ui/paged-table';
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { alertQueries } from '../api/queries';
import type { AlertInputMove } from '../components/alert-move-dialog';
import { BulkBar, type QueueAction } from '../queue/bulk-bar';
import { BulkResult } from '../queue/bulk-result';
import { queueColumns } from '../queue/queue-columns';
import { QueueFilterBar, queueSearchDebounceMs } from '../queue/queue-filter-bar';
import {
  hasQueueFilters,
  hasRangeError,
  noQueueFilters,
  queueUrlSpec,
  type QueueFilters,
  toCountsQuery,
  toQueueQuery,
} from '../queue/queue-view';
import { SavedViewsBar } from '../queue/saved-views-bar';
import { splitByMove, skippedNotice, whyMoveSkips, type QueueMove } from '../queue/queue-moves';
import { assignUndo, useBulkChange, useUndoAssign, type AssignUndo } from '../queue/use-bulk-change';
import { paths } from '@/shared/lib/paths';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

// Dialogs load when first opened, not with the queue.
const AlertMoveDialog = lazy(() =>
  import('../components/alert-move-dialog').then((module) => ({ default: module.AlertMoveDialog })),
);
const EscalateDialog = lazy(() =>
  import('../alert-page/escalate-dialog').then((module) => ({ default: module.EscalateDialog })),
);
const ReopenDialog = lazy(() =>
  import('../components/reopen-dialog').then((module) => ({ default: module.ReopenDialog })),
);
const AssignDialog = lazy(() =>
  import('../queue/assign-dialog').then((module) => ({ default: module.AssignDialog })),
);

/** The page's explanatory lines, in its `?` help rather than under the heading. */
const queueHelp =
  'Triage from the keyboard: j/k to move, x to select, m a r d e to act on the selected alerts or the focused one, each only on the alerts it applies to; Shift+A reopens closed ones after asking. The queue opens on the open alerts; "All" shows every status. Escape in a filter returns to the rows; / returns to the search.';

const alertNoun = (count: number) => (count === 1 ? 'alert' : 'alerts');

/** What an undo did not put back (a colleague changed those alerts since), or why it failed. */
function undoReport(change: AssignUndo, reply: AlertBulkResponse | undefined, error?: Error): string {
  if (error) return `Nothing was undone: ${describeError(error)}`;
  const failed = reply?.failed ?? [];
  const names = failed.map((failure) => change.titles[failure.id] ?? failure.id).join('; ');
  return `Not undone for ${failed.length.toLocaleString()} of ${change.items.length.toLocaleString()} ${alertNoun(change.items.length)} (${names}): a colleague changed ${failed.length === 1 ? 'it' : 'them'} after you, so ${failed.length === 1 ? 'it was' : 'they were'} left as they made ${failed.length === 1 ? 'it' : 'them'}. Open ${failed.length === 1 ? 'it' : 'them'} to decide.`;
}

interface OpenDialog {
  kind: AlertInputMove | 'assign' | 'escalate' | 'reopen';
  ids: readonly string[];
}

/** Every action of the queue: the bulk bar's, and reopening (Shift+A, confirmed). */
type QueueCommand = QueueAction;

/** The commands that change an alert's status, each acting only on the states it means something for. */
const statusMoves: Partial<Record<QueueCommand, QueueMove>> = {
  acknowledge: 'acknowledge',
  resolve: 'resolve',
  dismiss: 'dismiss',
  escalate: 'escalate',
  reopen: 'reopen',
};

const verbs: Record<QueueCommand, string> = {
  assignToMe: 'assign',
  assign: 'assign',
  acknowledge: 'acknowledge',
  resolve: 'resolve',
  dismiss: 'dismiss',
  escalate: 'escalate',
  reopen: 'reopen',
};

export function AlertsPage() {
  const navigate = useNavigate();
  const me = useStaff();
  const canChange = useCan('alerts.change');
  const list = useListController({
    label: 'Risk alerts',
    spec: queueUrlSpec,
    query: (view, q) => ({
      ...alertQueries.queue(toQueueQuery(view, me.id, q)),
      // Rows never move under the analyst's cursor: new alerts are announced, and shown on request.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
    enabled: (view) => !hasRangeError(view),
    rowKey: (alert) => alert.id,
    search: { settleMs: queueSearchDebounceMs },
    selectable: canChange && ((alert) => `Select ${alert.title} (${alert.id})`),
  });
  const { view, setView, rows, searched } = list;
  const rangeError = hasRangeError(view);
  const query = toQueueQuery(view, me.id, searched);
  const counts = useQuery({
    ...alertQueries.counts(toCountsQuery(view, me.id, searched)),
    enabled: !rangeError,
  });
  // While a new view loads, the previous page is on screen: count arrivals for the new one only.
  const loadedAt = list.query.data && !list.query.isPlaceholderData ? list.query.data.loadedAt : '';
  const arrivals = useQuery({
    ...alertQueries.arrivals(query, loadedAt),
    enabled: loadedAt !== '' && !view.to && !rangeError,
  });
  const toast = useToast();
  const undoAssign = useUndoAssign();
  // An undo that could not put every alert back stays in view until closed.
  const [undoProblem, setUndoProblem] = useState<string | null>(null);
  const undo = (change: AssignUndo) => {
    setUndoProblem(null);
    undoAssign.undo(change, {
      onReply: (reply) => {
        if (reply.failed.length > 0) setUndoProblem(undoReport(change, reply));
        else
          toast.show({
            message: `Undone: ${reply.updated.length.toLocaleString()} ${alertNoun(reply.updated.length)} ${change.previous === null ? 'unassigned again' : 'assigned back'}.`,
          });
      },
      onError: (error) => {
        setUndoProblem(undoReport(change, undefined, error));
      },
    });
  };
  const skippedNote = useRef<string | null>(null);
  // What a dialog's action skipped, said again with the outcome once the dialog is confirmed.
  const dialogNote = useRef<string | null>(null);
  // Every alert changed (first try or retry): a toast says so, with Undo for an assignment;
  // failures stay in view, in the bulk report.
  const bulk = useBulkChange({
    onAllDone: (run, reply) => {
      const change = assignUndo(run, reply);
      const skipped = skippedNote.current;
      skippedNote.current = null;
      toast.show({
        message: `${reply.updated.length.toLocaleString()} ${alertNoun(reply.updated.length)} ${run.done}.${skipped ? ` ${skipped}` : ''}`,
        action: change
          ? {
              label: 'Undo',
              run: () => {
                undo(change);
              },
            }
          : undefined,
      });
    },
  });
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Info for the person (what a key needs, why it did nothing) is a toast: it never moves the rows.
  const setNotice = (message: string | null) => {
    if (message !== null) toast.show({ message, severity: 'info' });
  };
  usePageHelp(queueHelp);
  const selectedRows = list.selection.rows;
  const hasRows = Boolean(list.query.data);

  usePerformanceMark('alerts:first-rows', hasRows);

  const clearFilters = (filters: Partial<QueueFilters> = {}) => {
    setView({ ...noQueueFilters, ...filters });
    list.setText('');
  };

  /** The selection, or else the focused row. */
  const targets = (): Alert[] => {
    if (selectedRows.length > 0) return selectedRows;
    const key = focusedRowKey(tableRef.current);
    const focused = rows.find((alert) => alert.id === key);
    return focused ? [focused] : [];
  };

  /** Sends one change; `said` is what the queue says about the selection meanwhile (what was skipped). */
  const send = (done: string, patch: AlertPatch, alerts: readonly Alert[], said: string | null = null) => {
    // Said with the outcome, in the same toast, so a success toast does not replace it unread.
    skippedNote.current = said;
    const run = {
      done,
      patch,
      items: alerts.map(({ id, version }) => ({ id, version })),
      titles: Object.fromEntries(alerts.map((alert) => [alert.id, alert.title])),
      assigneesBefore: Object.fromEntries(alerts.map((alert) => [alert.id, alert.assigneeId ?? null])),
    };
    bulk.mutate(run, {
      // What succeeded leaves the selection; what failed stays selected for the person to decide.
      onReply: (failed) => {
        list.selection.set(failed);
        if (failed.size > 0) setNotice(said);
      },
    });
  };

  /**
   * Acts on the selection, or else the focused row. A status move acts only on the alerts whose
   * state it means something for (`a` never reopens a resolved alert): the others are skipped and
   * the queue says how many and why (decision 40); when none is left, nothing is sent.
   */
  const act = (action: QueueCommand) => {
    // A key pressed while a change is on its way does nothing: it would act on rows about to change.
    if (bulk.isPending) return;
    let alerts = targets();
    if (alerts.length === 0) {
      setNotice(`Select alerts, or move to one with j and k, to ${verbs[action]}.`);
      return;
    }
    const move = statusMoves[action];
    let skipped: string | null = null;
    if (move) {
      const split = splitByMove(alerts, move);
      const [first] = split.skipped;
      if (split.applies.length === 0 && first) {
        setNotice(
          alerts.length === 1 || split.skipped.length === 1
            ? `${alerts.length === 1 ? '' : 'None of the selected alerts changed. '}${whyMoveSkips(move, first.status)}`
            : skippedNotice(move, split),
        );
        return;
      }
      skipped = skippedNotice(move, split);
      alerts = split.applies;
    }
    const [only] = alerts;
    const ids = alerts.map((alert) => alert.id);
    switch (action) {
      case 'assignToMe':
        send('assigned to you', { assigneeId: me.id }, alerts);
        break;
      case 'acknowledge':
        send('acknowledged', { status: 'acknowledged' }, alerts, skipped);
        break;
      case 'assign':
      case 'resolve':
      case 'dismiss':
      case 'reopen':
        setNotice(skipped);
        dialogNote.current = skipped;
        setDialog({ kind: action, ids });
        break;
      case 'escalate':
        if (!only || alerts.length > 1) {
          setNotice('Escalate one alert at a time: open it, or focus its row and press e.');
          return;
        }
        setDialog({ kind: 'escalate', ids });
        break;
    }
  };

  useShortcuts([
    { keys: ['/'], description: 'Search alerts', run: () => searchRef.current?.focus() },
    ...(canChange
      ? [
          {
            keys: ['m'],
            description: 'Assign the selected or focused alerts to me',
            run: () => {
              act('assignToMe');
            },
          },
          {
            keys: ['a'],
            description: 'Acknowledge the selected or focused new alerts',
            run: () => {
              act('acknowledge');
            },
          },
          {
            keys: ['e'],
            description: 'Escalate the focused alert',
            run: () => {
              act('escalate');
            },
          },
          {
            keys: ['A'],
            description: 'Reopen the selected or focused closed alerts (asks first)',
            run: () => {
              act('reopen');
            },
          },
          {
            keys: ['r'],
            description: 'Resolve the selected or focused alerts',
            run: () => {
              act('resolve');
            },
          },
          {
            keys: ['d'],
            description: 'Dismiss the selected or focused alerts',
            run: () => {
              act('dismiss');
            },
          },
        ]
      : []),
  ]);

  const dialogRows = dialog ? rows.filter((alert) => dialog.ids.includes(alert.id)) : [];
  const closeDialog = () => {
    setDialog(null);
  };
  const newCount = arrivals.data ?? 0;

  // A change's success is a toast; what failed (or a failed request) stays here, in view.
  const showBulkResult =
    bulk.variables !== undefined && (bulk.error !== null || (bulk.data?.failed.length ?? 0) > 0);

  return (
    <>
      <PageHeader
        title="Risk alerts"
        actions={
          <>
            <SavedViewsBar
              filters={view}
              onApply={(saved) => {
                clearFilters(saved.filters);
              }}
            />
            <HelpButton />
          </>
        }
      />
      <QueueFilterBar
        view={view}
        text={list.text}
        onTextChange={list.setText}
        onSearchNow={list.flushText}
        counts={counts.data}
        searchRef={searchRef}
        onChange={setView}
        onClear={() => {
          clearFilters();
        }}
      />
      {counts.isError ? (
        <Typography variant="body2" color="error" sx={{ mb: 1 }}>
          The counts per status could not be loaded.{' '}
          <Button size="small" onClick={() => void counts.refetch()}>
            Retry counts
          </Button>
        </Typography>
      ) : null}
      <Box aria-live="polite">
        {undoProblem ? (
          <MuiAlert
            severity="warning"
            sx={{ mb: 1 }}
            onClose={() => {
              setUndoProblem(null);
            }}
          >
            {undoProblem}
          </MuiAlert>
        ) : null}
        {showBulkResult && bulk.variables ? (
          <BulkResult
            run={bulk.variables}
            result={bulk.data}
            error={bulk.error}
            pending={bulk.isPending}
            onRetryFailed={bulk.retryFailed}
            onRetry={() => {
              bulk.mutate(bulk.variables);
            }}
            onClose={() => {
              bulk.reset();
            }}
          />
        ) : null}
      </Box>
      <Box ref={tableRef}>
        <StaffNamesProvider>
          <PagedTable
            {...list.table}
            columns={queueColumns}
            toolbar={
              <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 2 }}>
                {canChange ? (
                  <BulkBar
                    selectedCount={selectedRows.length}
                    pending={bulk.isPending}
                    pendingCount={bulk.isPending ? (bulk.variables?.items.length ?? 0) : 0}
                    onAction={act}
                    onClearSelection={() => {
                      list.selection.clear();
                    }}
                  />
                ) : null}
                {newCount > 0 ? (
                  // On the table's own line: the news never moves the rows under the cursor.
                  <Box role="status" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                    <Typography variant="body2" color="info.main" sx={{ fontWeight: 600 }}>
                      {`${newCount.toLocaleString()} new ${newCount === 1 ? 'alert matches' : 'alerts match'} this view`}
                    </Typography>
                    <Button size="small" variant="outlined" onClick={() => void list.query.refetch()}>
                      Show
                    </Button>
                  </Box>
                ) : null}
              </Box>
            }
            onRowOpen={(alert) => {
              void navigate(paths.alert(alert.id));
            }}
            empty={
              <EmptyState
                title={rangeError ? 'Check the dates' : 'No alerts match'}
                hint={
                  hasQueueFilters(view, list.text)
                    ? 'Try another saved view, or clear the filters.'
                    : 'The queue is empty: nothing suspicious has been detected.'
                }
              />
            }
          />
        </StaffNamesProvider>
      </Box>
      <Suspense fallback={null}>
        {dialog && (dialog.kind === 'resolve' || dialog.kind === 'dismiss') ? (
          <AlertMoveDialog
            open
            move={dialog.kind}
            count={dialogRows.length}
            pending={false}
            onClose={closeDialog}
            onSubmit={(patch) => {
              closeDialog();
              send(
                dialog.kind === 'resolve' ? 'resolved' : 'dismissed',
                patch,
                dialogRows,
                dialogNote.current,
              );
            }}
          />
        ) : null}
        {dialog?.kind === 'reopen' && dialogRows.length > 0 ? (
          <ReopenDialog
            count={dialogRows.length}
            onClose={closeDialog}
            onConfirm={() => {
              closeDialog();
              send('reopened', { status: 'acknowledged' }, dialogRows, dialogNote.current);
            }}
          />
        ) : null}
        {dialog?.kind === 'escalate' && dialogRows[0] ? (
          <EscalateDialog alert={dialogRows[0]} onClose={closeDialog} />
        ) : null}
        {dialog?.kind === 'assign' ? (
          <AssignDialog
            count={dialogRows.length}
            onClose={closeDialog}
            onAssign={(assignee) => {
              closeDialog();
              send(
                assignee ? `assigned to ${assignee.id === me.id ? 'you' : assignee.name}` : 'unassigned',
                { assigneeId: assignee ? assignee.id : null },
                dialogRows,
              );
            }}
          />
        ) : null}
      </Suspense>
    </>
  );
}

export { AlertsPage as Component };

/**
 * The queue's first page leaves with the session check (for views that do not need to know who
 * "me" is), and so does the staff list, so the rows render with assignees' names at once.
 */
export function prefetch({ queryClient, url }: PrefetchArgs): void {
  queryClient.query(staffQueries.list()).catch(() => undefined);
  const view = readUrlState(queueUrlSpec, url.searchParams);
  if (view.assignee === 'me' || hasRangeError(view)) return;
  // The search text is in this tab's memory, not the URL: a remembered one follows once rendered.
  queryClient.query(alertQueries.queue(toQueueQuery(view, '', ''))).catch(() => undefined);
  queryClient.query(alertQueries.counts(toCountsQuery(view, '', ''))).catch(() => undefined);
}
