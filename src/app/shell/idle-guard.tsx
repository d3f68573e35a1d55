import { useEffect, useRef, useState } from 'react';
import { IdleWarningDialog } from './idle-warning-dialog';

/** DESIGN "Session hygiene": after 30 minutes idle the console warns, then signs out. */
export const idleWarningAfterMs = 30 * 60_000;
export const idleSignOutAfterWarningMs = 2 * 60_000;

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;

interface IdleGuardProps {
  onTimeout: () => void;
}

export function IdleGuard({ onTimeout }: IdleGuardProps) {
  const [warningSince, setWarningSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const lastActivity = useRef(0);
  const timeoutRef = useRef(onTimeout);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  });

  const warning = warningSince !== null;

  useEffect(() => {
    if (warning) return undefined;
    lastActivity.current = Date.now();
    function onActivity() {
      lastActivity.current = Date.now();
    }
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const current = Date.now();
      if (current - lastActivity.current < idleWarningAfterMs) return;
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
    setWarningSince(null);
  };

  if (warningSince === null) return null;
  return <IdleWarningDialog secondsLeft={secondsLeft} onStay={stay} />;
}
