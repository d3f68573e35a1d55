import { useState } from 'react';
import { canMoveAlert, type Alert, type AlertPatch } from '@/shared/contract/alerts';
import type { VersionedMutation, VersionedOutcome } from '@/shared/mutations/use-versioned-mutation';
import { useCan, useStaff } from '@/shared/session/use-session';
import type { Shortcut } from '@/shared/ui/shortcuts/shortcuts-context';
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { usePatchAlert } from '../api/mutations';

/** The dialog of the alert page that is open, if any. */
export type AlertDialog = 'resolve' | 'dismiss' | 'escalate' | 'reopen';

/** What the person may do to the alert now (the contract's state machine and their roles). */
export interface AlertOffers {
  acknowledge: boolean;
  escalate: boolean;
  resolve: boolean;
  dismiss: boolean;
  reopen: boolean;
  assignToMe: boolean;
  unassign: boolean;
}

export interface AlertActions {
  alert: Alert;
  canChange: boolean;
  offers: AlertOffers;
  /** The PATCH in flight or last sent, with its conflict (theirs against mine). */
  change: VersionedMutation<Alert, AlertPatch>;
  /** The words for the change last sent, e.g. "Acknowledge the alert", for the conflict dialog. */
  changeAction: string;
  /** Said after a change that was already in place (a lost reply, or our own first press). */
  doneNotice: string | null;
  dismissDoneNotice: () => void;
  dialog: AlertDialog | null;
  openDialog: (dialog: AlertDialog) => void;
  closeDialog: () => void;
  acknowledge: () => void;
  /** Reopens the closed alert; the page asks first (`dialog: 'reopen'`), this sends it. */
  reopen: () => void;
  assignToMe: () => void;
  unassign: () => void;
  /** Resolve or dismiss with the dialog's patch. */
  submitMove: (patch: AlertPatch) => void;
}

const moveWords: Record<'resolve' | 'dismiss', string> = {
  resolve: 'Resolve the alert',
  dismiss: 'Dismiss the alert',
};

function doneText(patch: AlertPatch): string {
  if (patch.status) return `The alert was already ${patch.status}: your change is in place.`;
  return 'The alert was already as you asked: your change is in place.';
}

/**
 * The changes the signed-in person may make to `alert` in its current state, as commands and
 * keyboard shortcuts (m a e r d, Shift+A to reopen), without any UI. Each key acts only where it
 * means what it says: `a` acknowledges a new alert and never reopens a closed one; reopening is
 * its own action, confirmed in a dialog. Every change goes through `usePatchAlert` on the
 * version shown (If-Match): a press while one is pending does nothing, a 412 from a colleague is
 * kept for the conflict dialog, a change already in place is said to be done.
 */
export function useAlertActions(alert: Alert): AlertActions {
  const me = useStaff();
  const canChange = useCan('alerts.change');
  const [dialog, setDialog] = useState<AlertDialog | null>(null);
  const [changeAction, setChangeAction] = useState('');
  const [doneNotice, setDoneNotice] = useState<string | null>(null);

  const change = usePatchAlert((_alert, patch, outcome: VersionedOutcome) => {
    setDoneNotice(outcome === 'already-done' ? doneText(patch) : null);
    setDialog((open) => (open === 'resolve' || open === 'dismiss' ? null : open));
  });

  const send = (action: string, patch: AlertPatch) => {
    if (change.isPending) return;
    setChangeAction(action);
    setDoneNotice(null);
    change.mutate(alert, patch);
  };

  const moves = (to: Alert['status']) => canMoveAlert(alert.status, to);
  const isClosed = alert.status === 'resolved' || alert.status === 'dismissed';
  const offers: AlertOffers = {
    acknowledge: canChange && alert.status === 'new' && moves('acknowledged'),
    escalate: canChange && moves('escalated'),
    resolve: canChange && moves('resolved'),
    dismiss: canChange && moves('dismissed'),
    reopen: canChange && isClosed && moves('acknowledged'),
    assignToMe: canChange && alert.assigneeId !== me.id,
    unassign: canChange && alert.assigneeId !== undefined,
  };

  const acknowledge = () => {
    send('Acknowledge the alert', { status: 'acknowledged' });
  };
  const reopen = () => {
    setDialog(null);
    send('Reopen the alert', { status: 'acknowledged' });
  };
  const assignToMe = () => {
    send('Assign the alert to me', { assigneeId: me.id });
  };
  const unassign = () => {
    send('Unassign the alert', { assigneeId: null });
  };
  const openDialog = (next: AlertDialog) => {
    if (change.isPending) return;
    change.reset();
    setDoneNotice(null);
    setDialog(next);
  };

  const shortcuts: Shortcut[] = [];
  if (offers.assignToMe)
    shortcuts.push({ keys: ['m'], description: 'Assign the alert to me', run: assignToMe });
  if (offers.acknowledge)
    shortcuts.push({ keys: ['a'], description: 'Acknowledge the alert', run: acknowledge });
  if (offers.escalate)
    shortcuts.push({ keys: ['e'], description: 'Escalate the alert', run: () => openDialog('escalate') });
  if (offers.resolve)
    shortcuts.push({ keys: ['r'], description: 'Resolve the alert', run: () => openDialog('resolve') });
  if (offers.dismiss)
    shortcuts.push({ keys: ['d'], description: 'Dismiss the alert', run: () => openDialog('dismiss') });
  if (offers.reopen)
    shortcuts.push({
      keys: ['A'],
      description: 'Reopen the alert (asks first)',
      run: () => openDialog('reopen'),
    });
  useShortcuts(shortcuts);

  return {
    alert,
    canChange,
    offers,
    change,
    changeAction,
    doneNotice,
    dismissDoneNotice: () => {
      setDoneNotice(null);
    },
    dialog,
    openDialog,
    closeDialog: () => {
      setDialog(null);
      change.reset();
    },
    acknowledge,
    reopen,
    assignToMe,
    unassign,
    submitMove: (patch) => {
      if (dialog === 'resolve' || dialog === 'dismiss') send(moveWords[dialog], patch);
    },
  };
}
