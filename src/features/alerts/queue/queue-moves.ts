import type { Alert, AlertStatus } from '@/shared/contract/alerts';
import { alertInState, alertStatusLabels } from '../alert-labels';

/** The queue's moves that change an alert's status; each key or button means exactly one. */
export type QueueMove = 'acknowledge' | 'escalate' | 'resolve' | 'dismiss' | 'reopen';

/**
 * The states each move acts on. Acknowledging and reopening both send `status: acknowledged`
 * (the contract's only way back from a closed state), so `a` acts only on new alerts: on a
 * resolved one it would reopen it, which is its own confirmed action (Shift+A).
 */
export const queueMoveFrom: Record<QueueMove, readonly AlertStatus[]> = {
  acknowledge: ['new'],
  escalate: ['acknowledged'],
  resolve: ['acknowledged', 'escalated'],
  dismiss: ['new', 'acknowledged'],
  reopen: ['resolved', 'dismissed'],
};

/** Whether `move` means what it says for an alert in `status`. */
export function moveApplies(move: QueueMove, status: AlertStatus): boolean {
  return queueMoveFrom[move].includes(status);
}

const closed = (status: AlertStatus) => status === 'resolved' || status === 'dismissed';

/**
 * Why `move` does not act on an alert in `status`, and what to do instead, as one sentence that
 * begins with the alert ("A resolved alert is closed: …"). Keys are named as the queue offers them.
 */
export function whyMoveSkips(move: QueueMove, status: AlertStatus): string {
  const subject = alertInState(status).replace(/^a/, 'A');
  if (move === 'reopen') return `${subject} is still open: there is nothing to reopen.`;
  if (closed(status)) {
    return move === 'acknowledge'
      ? `${subject} is closed: to work on it again, reopen it with Shift+A (it asks first).`
      : `${subject} is closed: reopen it first with Shift+A (it asks first), then ${move}.`;
  }
  switch (move) {
    case 'acknowledge':
      return `${subject} is already being worked on: nothing to acknowledge.`;
    case 'escalate':
      return status === 'new'
        ? `${subject} is not escalated directly: acknowledge it first (a), then escalate (e).`
        : `${subject} is already linked to an incident.`;
    case 'resolve':
      return `${subject} is not resolved directly: acknowledge it first (a), then resolve — or dismiss it (d).`;
    case 'dismiss':
      return `${subject} belongs to an incident: resolve it (r) instead of dismissing it.`;
  }
}

/** The alerts a move acts on, and those it skips, counted by state. */
export interface MoveSplit {
  applies: Alert[];
  skipped: { status: AlertStatus; count: number }[];
}

export function splitByMove(alerts: readonly Alert[], move: QueueMove): MoveSplit {
  const applies: Alert[] = [];
  const skipped = new Map<AlertStatus, number>();
  for (const alert of alerts) {
    if (moveApplies(move, alert.status)) applies.push(alert);
    else skipped.set(alert.status, (skipped.get(alert.status) ?? 0) + 1);
  }
  return { applies, skipped: [...skipped].map(([status, count]) => ({ status, count })) };
}

/**
 * What the queue says about the selected alerts a move skipped: how many of the selection, in
 * which state, and why ("Skipped 2 of 5 selected alerts. Resolved (2): A resolved alert is
 * closed: …"). `null` when none was skipped.
 */
export function skippedNotice(move: QueueMove, split: MoveSplit): string | null {
  if (split.skipped.length === 0) return null;
  const skipped = split.skipped.reduce((sum, { count }) => sum + count, 0);
  const selected = skipped + split.applies.length;
  const parts = split.skipped.map(
    ({ status, count }) =>
      `${alertStatusLabels[status]} (${count.toLocaleString()}): ${whyMoveSkips(move, status)}`,
  );
  return `Skipped ${skipped.toLocaleString()} of ${selected.toLocaleString()} selected ${selected === 1 ? 'alert' : 'alerts'}. ${parts.join(' ')}`;
}
