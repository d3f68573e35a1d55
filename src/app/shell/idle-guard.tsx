import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { lastSharedActivity, noteSharedActivity } from '@/shared/session/shared-activity';
import { IdleWarningDialog } from './idle-warning-dialog';

/** DESIGN "Session hygiene": after 30 minutes idle the console warns, then signs out. */
export const idleWarningAfterMs = 30 * 60_000;
export const idleSignOutAfterWarningMs = 2 * 60_000;

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => {
    document.removeEventListener('visibilitychange', onChange);
  };
}

const isVisible = () => document.visibilityState !== 'hidden';

interface IdleGuardProps {
  /** Called once when the warning has run out unanswered: the shell signs out. */
  onTimeout: () => void;
}

/**
 * The idle clock of one tab (DESIGN "Session hygiene"). Activity in any tab of the console counts
 * (`shared-activity.ts`), so a forgotten tab never signs out the one in use. When every tab has
 * been idle for 30 minutes, the warning is shown in the tab the person is looking at (hidden tabs
 * keep counting silently); answering it in any tab, or activity in another tab, withdraws it
 * everywhere. Unanswered for 2 minutes, `onTimeout` runs.
 */
export function IdleGuard({ onTimeout }: IdleGuardProps) {
  const [warningSince, setWarningSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const lastActivity = useRef(0);
  const timeoutRef = useRef(onTimeout);
  const visible = useSyncExternalStore(subscribeVisibility, isVisible, () => true);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  });

  const warning = warningSince !== null;

  useEffect(() => {
    if (warning) return undefined;
    const started = Date.now();
    lastActivity.current = started;
    noteSharedActivity(started);
    function onActivity() {
      const at = Date.now();
      lastActivity.current = at;
      noteSharedActivity(at);
    }
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const current = Date.now();
      const last = Math.max(lastActivity.current, lastSharedActivity());
      if (current - last < idleWarningAfterMs) return;
      setNow(current);
      setWarningSince(current);
    }, 1000);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity);
      window.clearInterval(timer);
    };
  }, [warning]);

  useEffect(() => {
    if (warningSince === null) return undefined;
    const timer = window.setInterval(() => {
      const current = Date.now();
      // Someone answered the warning in another tab, or is working there: withdraw it here.
      if (lastSharedActivity() > warningSince) {
        window.clearInterval(timer);
        setWarningSince(null);
        return;
      }
      setNow(current);
      if (current - warningSince >= idleSignOutAfterWarningMs) {
        window.clearInterval(timer);
        timeoutRef.current();
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [warningSince]);

  const secondsLeft =
    warningSince === null
      ? 0
      : Math.max(0, Math.ceil((warningSince + idleSignOutAfterWarningMs - now) / 1000));
  const stay = () => {
    noteSharedActivity(Date.now(), { force: true });
    setWarningSince(null);
  };

  if (warningSince === null || !visible) return null;
  return <IdleWarningDialog secondsLeft={secondsLeft} onStay={stay} />;
}
