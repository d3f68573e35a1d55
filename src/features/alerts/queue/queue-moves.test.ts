import { describe, expect, it } from 'vitest';
import { alertStatuses } from '@/shared/contract/alerts';
import { alertInState } from '../alert-labels';
import { moveApplies, whyMoveSkips, type QueueMove } from './queue-moves';

const moves: QueueMove[] = ['acknowledge', 'escalate', 'resolve', 'dismiss', 'reopen'];

describe('what the queue says when a key does not apply', () => {
  it('names every state with its article', () => {
    expect(alertStatuses.map(alertInState)).toEqual([
      'a new alert',
      'an acknowledged alert',
      'an escalated alert',
      'a resolved alert',
      'a dismissed alert',
    ]);
    for (const move of moves) {
      for (const status of alertStatuses) {
        if (moveApplies(move, status)) continue;
        expect(whyMoveSkips(move, status)).not.toMatch(
          /\bA (acknowledged|escalated)\b|\bAn (new|resolved|dismissed)\b/,
        );
      }
    }
  });

  it('says what to do instead: acknowledge before escalating, reopen a closed alert on purpose', () => {
    expect(whyMoveSkips('escalate', 'new')).toBe(
      'A new alert is not escalated directly: acknowledge it first (a), then escalate (e).',
    );
    expect(whyMoveSkips('acknowledge', 'dismissed')).toBe(
      'A dismissed alert is closed: to work on it again, reopen it with Shift+A (it asks first).',
    );
    expect(whyMoveSkips('dismiss', 'escalated')).toBe(
      'An escalated alert belongs to an incident: resolve it (r) instead of dismissing it.',
    );
    expect(whyMoveSkips('reopen', 'acknowledged')).toBe(
      'An acknowledged alert is still open: there is nothing to reopen.',
    );
  });

  it('lets "a" act on new alerts only, and reopening on closed ones only', () => {
    expect(alertStatuses.filter((status) => moveApplies('acknowledge', status))).toEqual(['new']);
    expect(alertStatuses.filter((status) => moveApplies('reopen', status))).toEqual([
      'resolved',
      'dismissed',
    ]);
  });
});
