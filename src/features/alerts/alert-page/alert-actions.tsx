import MuiAlert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { describeError, isApiError } from '@/shared/api/api-error';
import { currentFromConflict } from '@/shared/api/conflict';
import { alertSchema, canMoveAlert, type Alert, type AlertPatch } from '@/shared/contract/alerts';
import { useCan, useStaff } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import type { Shortcut } from '@/shared/ui/shortcuts/shortcuts-context';
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { alertResolutionLabels, alertStatusLabels } from '../alert-labels';
import { patchAlert } from '../api/requests';
import { refreshAlert, showChangedAlert } from '../api/alert-cache';

// Dialogs load when someone opens them, not with the page.
const AlertMoveDialog = lazy(() =>
  import('../components/alert-move-dialog').then((module) => ({ default: module.AlertMoveDialog })),
);
const EscalateDialog = lazy(() =>
  import('./escalate-dialog').then((module) => ({ default: module.EscalateDialog })),
);
const ConflictDialog = lazy(() =>
  import('@/shared/ui/conflict-dialog').then((module) => ({ default: module.ConflictDialog })),
);

/** One change the person asked for: what they did (in words) and the patch it sends. */
interface AlertChange {
  action: string;
  patch: AlertPatch;
}

type OpenDialog = 'resolve' | 'dismiss' | 'escalate' | null;

/** Whether the change still means something on `alert` (the version someone else saved). */
function stillApplies(alert: Alert, patch: AlertPatch): boolean {
  if (patch.status !== undefined) return canMoveAlert(alert.status, patch.status);
  if (patch.assigneeId !== undefined) return (alert.assigneeId ?? null) !== patch.assigneeId;
  return true;
}

function assigneeCell(assigneeId: string | null | undefined): ReactNode {
  return assigneeId ? <StaffName id={assigneeId} /> : 'Unassigned';
}

function conflictRows(theirs: Alert, mine: Alert, patch: AlertPatch) {
  const rows = [
    {
      label: 'Status',
      theirs: alertStatusLabels[theirs.status],
      mine: alertStatusLabels[patch.status ?? mine.status],
    },
    {
      label: 'Assignee',
      theirs: assigneeCell(theirs.assigneeId),
      mine: assigneeCell(patch.assigneeId === undefined ? mine.assigneeId : patch.assigneeId),
    },
  ];
  if (patch.resolution !== undefined || theirs.resolution !== undefined) {
    rows.push({
      label: 'Resolution',
      theirs: theirs.resolution ? alertResolutionLabels[theirs.resolution].label : '—',
      mine: patch.resolution ? alertResolutionLabels[patch.resolution].label : '—',
    });
  }
  if (patch.note !== undefined) rows.push({ label: 'Note', theirs: '—', mine: patch.note });
  rows.push({ label: 'Version', theirs: String(theirs.version), mine: `based on ${String(mine.version)}` });
  return rows;
}

function failureText(error: unknown): string {
  if (isApiError(error) && error.isConflict) {
    return `${error.detail ?? 'The alert is not in a state that allows this.'} The page now shows the current state.`;
  }
  return describeError(error);
}

/**
 * The changes the signed-in person may make to the alert in its current state (the state machine
 * of the contract), as buttons and keyboard shortcuts. Every change is sent on the version shown
 * (If-Match); a 412 opens the conflict dialog, a 409 explains itself and shows the current state.
 */
export function useAlertActions(alert: Alert): {
  buttons: ReactNode;
  feedback: ReactNode;
  dialogs: ReactNode;
} {
  const queryClient = useQueryClient();
  const me = useStaff();
  const canChange = useCan('alerts.change');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [conflict, setConflict] = useState<{ theirs: Alert; change: AlertChange } | null>(null);

  const mutation = useMutation({
    mutationFn: ({ base, change }: { base: Pick<Alert, 'id' | 'version'>; change: AlertChange }) =>
      patchAlert(base, change.patch),
    onSuccess: (updated, { change }) => {
      showChangedAlert(queryClient, updated, { notesChanged: change.patch.note !== undefined });
      setDialog((open) => (open === 'resolve' || open === 'dismiss' ? null : open));
    },
    onError: (error, { change }) => {
      if (!isApiError(error)) return;
      if (error.isStale) {
        const theirs = currentFromConflict(error, alertSchema);
        if (theirs) setConflict({ theirs, change });
        else refreshAlert(queryClient, alert.id);
      }
      if (error.isConflict) refreshAlert(queryClient, alert.id);
    },
  });

  const send = (change: AlertChange) => {
    mutation.mutate({ base: alert, change });
  };

  const moves = (to: Alert['status']) => canMoveAlert(alert.status, to);
  const assignedToMe = alert.assigneeId === me.id;
  const busy = mutation.isPending;

  const acknowledge = () => {
    send({ action: 'Acknowledge the alert', patch: { status: 'acknowledged' } });
  };
  const reopen = () => {
    send({ action: 'Reopen the alert', patch: { status: 'acknowledged' } });
  };
  const assignToMe = () => {
    send({ action: 'Assign the alert to me', patch: { assigneeId: me.id } });
  };
  const unassign = () => {
    send({ action: 'Unassign the alert', patch: { assigneeId: null } });
  };
  const openDialog = (next: Exclude<OpenDialog, null>) => () => {
    mutation.reset();
    setDialog(next);
  };

  const isClosed = alert.status === 'resolved' || alert.status === 'dismissed';
  const offers = {
    acknowledge: canChange && alert.status === 'new' && moves('acknowledged'),
    escalate: canChange && moves('escalated'),
    resolve: canChange && moves('resolved'),
    dismiss: canChange && moves('dismissed'),
    reopen: canChange && isClosed && moves('acknowledged'),
    assignToMe: canChange && !assignedToMe,
    unassign: canChange && alert.assigneeId !== undefined,
  };

  const shortcuts: Shortcut[] = [];
  const whenIdle = (run: () => void) => () => {
    if (!mutation.isPending) run();
  };
  if (offers.assignToMe)
    shortcuts.push({ keys: ['m'], description: 'Assign the alert to me', run: whenIdle(assignToMe) });
  if (offers.acknowledge)
    shortcuts.push({ keys: ['a'], description: 'Acknowledge the alert', run: whenIdle(acknowledge) });
  if (offers.escalate)
    shortcuts.push({ keys: ['e'], description: 'Escalate the alert', run: whenIdle(openDialog('escalate')) });
  if (offers.resolve)
    shortcuts.push({ keys: ['r'], description: 'Resolve the alert', run: whenIdle(openDialog('resolve')) });
  if (offers.dismiss)
    shortcuts.push({ keys: ['d'], description: 'Dismiss the alert', run: whenIdle(openDialog('dismiss')) });
  useShortcuts(shortcuts);

  const buttons = canChange ? (
    <>
      {offers.acknowledge ? (
        <Button variant="contained" onClick={acknowledge} disabled={busy} aria-keyshortcuts="a">
          Acknowledge
        </Button>
      ) : null}
      {offers.escalate ? (
        <Button
          variant="contained"
          color="error"
          onClick={openDialog('escalate')}
          disabled={busy}
          aria-keyshortcuts="e"
        >
          Escalate
        </Button>
      ) : null}
      {offers.resolve ? (
        <Button variant="outlined" onClick={openDialog('resolve')} disabled={busy} aria-keyshortcuts="r">
          Resolve
        </Button>
      ) : null}
      {offers.dismiss ? (
        <Button variant="outlined" onClick={openDialog('dismiss')} disabled={busy} aria-keyshortcuts="d">
          Dismiss
        </Button>
      ) : null}
      {offers.reopen ? (
        <Button variant="outlined" onClick={reopen} disabled={busy}>
          Reopen
        </Button>
      ) : null}
      {offers.assignToMe ? (
        <Button onClick={assignToMe} disabled={busy} aria-keyshortcuts="m">
          Assign to me
        </Button>
      ) : null}
      {offers.unassign ? (
        <Button onClick={unassign} disabled={busy}>
          Unassign
        </Button>
      ) : null}
    </>
  ) : null;

  const moveDialog = dialog === 'resolve' || dialog === 'dismiss' ? dialog : null;
  const failure = mutation.error;
  const failureShown = failure && !(isApiError(failure) && failure.isStale && conflict);
  const feedback =
    failureShown && !moveDialog ? (
      <MuiAlert severity="error" role="alert" sx={{ mb: 2 }}>
        {failureText(failure)}
      </MuiAlert>
    ) : null;

  const closeConflict = () => {
    setConflict(null);
    mutation.reset();
  };

  const dialogs = (
    <Suspense fallback={null}>
      {moveDialog ? (
        <AlertMoveDialog
          open
          move={moveDialog}
          count={1}
          pending={busy}
          error={failureShown ? new Error(failureText(failure)) : undefined}
          onSubmit={(patch) => {
            send({ action: moveDialog === 'resolve' ? 'Resolve the alert' : 'Dismiss the alert', patch });
          }}
          onClose={() => {
            setDialog(null);
            mutation.reset();
          }}
        />
      ) : null}
      {dialog === 'escalate' ? (
        <EscalateDialog
          alert={alert}
          onClose={() => {
            setDialog(null);
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog
          open
          action={conflict.change.action}
          rows={conflictRows(conflict.theirs, alert, conflict.change.patch)}
          canApply={stillApplies(conflict.theirs, conflict.change.patch)}
          onApplyMine={() => {
            const { theirs, change } = conflict;
            setConflict(null);
            mutation.mutate({ base: theirs, change });
          }}
          onKeepTheirs={() => {
            showChangedAlert(queryClient, conflict.theirs);
            closeConflict();
            setDialog(null);
          }}
          onClose={closeConflict}
        />
      ) : null}
    </Suspense>
  );

  return { buttons, feedback, dialogs };
}
