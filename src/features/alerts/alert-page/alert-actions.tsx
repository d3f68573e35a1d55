import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, type ReactNode } from 'react';
import { describeError, isApiError } from '@/shared/api/api-error';
import { canMoveAlert, type Alert, type AlertPatch } from '@/shared/contract/alerts';
import { StaffName } from '@/shared/staff/staff-name';
import { alertResolutionLabels, alertStatusLabels } from '../alert-labels';
import type { AlertActions, AlertDialog } from './use-alert-actions';
import { useFocusKeptInGroup } from '@/shared/ui/use-focus-kept-in-group';

// Dialogs load when someone opens them, not with the page.
const AlertMoveDialog = lazy(() =>
  import('../components/alert-move-dialog').then((module) => ({ default: module.AlertMoveDialog })),
);
const EscalateDialog = lazy(() =>
  import('./escalate-dialog').then((module) => ({ default: module.EscalateDialog })),
);
const ReopenDialog = lazy(() =>
  import('../components/reopen-dialog').then((module) => ({ default: module.ReopenDialog })),
);
const ConflictDialog = lazy(() =>
  import('@/shared/ui/conflict-dialog').then((module) => ({ default: module.ConflictDialog })),
);

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

interface ActionButton {
  offered: boolean;
  label: string;
  onClick: () => void;
  variant?: 'contained' | 'outlined';
  color?: 'error';
  /** The key that does the same (`useAlertActions` registers it). */
  shortcut?: string;
}

/** The buttons of the moves the person may make now (top right of the alert page), as one group. */
export function AlertActionButtons({ actions }: { actions: AlertActions }) {
  const { canChange, offers, change } = actions;
  const group = useFocusKeptInGroup(actions.alert.version);
  if (!canChange) return null;
  const open = (dialog: AlertDialog) => () => {
    actions.openDialog(dialog);
  };
  // In the order they appear; the filled buttons are the moves a triage usually takes next.
  const buttons: ActionButton[] = [
    {
      offered: offers.acknowledge,
      label: 'Acknowledge',
      onClick: actions.acknowledge,
      variant: 'contained',
      shortcut: 'a',
    },
    {
      offered: offers.escalate,
      label: 'Escalate',
      onClick: open('escalate'),
      variant: 'contained',
      color: 'error',
      shortcut: 'e',
    },
    {
      offered: offers.resolve,
      label: 'Resolve',
      onClick: open('resolve'),
      variant: 'outlined',
      shortcut: 'r',
    },
    {
      offered: offers.dismiss,
      label: 'Dismiss',
      onClick: open('dismiss'),
      variant: 'outlined',
      shortcut: 'd',
    },
    {
      offered: offers.reopen,
      label: 'Reopen…',
      onClick: open('reopen'),
      variant: 'outlined',
      shortcut: 'Shift+A',
    },
    { offered: offers.assignToMe, label: 'Assign to me', onClick: actions.assignToMe, shortcut: 'm' },
    { offered: offers.unassign, label: 'Unassign', onClick: actions.unassign },
  ];
  return (
    <Box
      ref={group}
      role="group"
      aria-label="Alert actions"
      tabIndex={-1}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, outline: 'none' }}
    >
      {buttons
        .filter((button) => button.offered)
        .map(({ label, onClick, variant, color, shortcut }) => (
          <Button
            key={label}
            variant={variant ?? 'text'}
            color={color ?? 'primary'}
            onClick={onClick}
            disabled={change.isPending}
            aria-keyshortcuts={shortcut}
          >
            {label}
          </Button>
        ))}
    </Box>
  );
}

function isMoveDialog(dialog: AlertActions['dialog']): dialog is 'resolve' | 'dismiss' {
  return dialog === 'resolve' || dialog === 'dismiss';
}

/** A failed change (outside its dialog), or a change that was already in place. */
export function AlertActionFeedback({ actions }: { actions: AlertActions }) {
  const { change, dialog, doneNotice } = actions;
  if (change.error && !isMoveDialog(dialog)) {
    return (
      <MuiAlert severity="error" role="alert" sx={{ mb: 2 }}>
        {failureText(change.error)}
      </MuiAlert>
    );
  }
  if (doneNotice) {
    return (
      <MuiAlert severity="success" role="status" sx={{ mb: 2 }} onClose={actions.dismissDoneNotice}>
        {doneNotice}
      </MuiAlert>
    );
  }
  return null;
}

/** The resolve/dismiss, escalate, reopen and conflict dialogs of the alert page, loaded on first use. */
export function AlertActionDialogs({ actions }: { actions: AlertActions }) {
  const { alert, change, dialog } = actions;
  const { conflict } = change;
  return (
    <Suspense fallback={null}>
      {isMoveDialog(dialog) ? (
        <AlertMoveDialog
          open
          move={dialog}
          count={1}
          pending={change.isPending}
          error={change.error ? new Error(failureText(change.error)) : undefined}
          onSubmit={actions.submitMove}
          onClose={actions.closeDialog}
        />
      ) : null}
      {dialog === 'escalate' ? <EscalateDialog alert={alert} onClose={actions.closeDialog} /> : null}
      {dialog === 'reopen' ? (
        <ReopenDialog
          count={1}
          pending={change.isPending}
          onConfirm={actions.reopen}
          onClose={actions.closeDialog}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog
          open
          action={actions.changeAction}
          rows={conflictRows(conflict.theirs, alert, conflict.input)}
          canApply={stillApplies(conflict.theirs, conflict.input)}
          onApplyMine={change.keepMine}
          onKeepTheirs={() => {
            change.takeTheirs();
            actions.closeDialog();
          }}
          onClose={change.closeConflict}
        />
      ) : null}
    </Suspense>
  );
}
