import { useEffect, useState } from 'react';
import { serverNow } from '@/shared/api/server-time';

/** Checks at least this often, so a server-time correction from a later reply is seen. */
const recheckMs = 30_000;

/**
 * Whether the instant `deadlineIso` (ISO UTC) has passed by server time (`serverNow()`, the
 * `Date` header's offset — never the browser's clock alone). Re-renders the caller when it passes:
 * a timer is set for the moment it falls due, and re-checks at least every 30 s. Throws nothing.
 */
export function useDeadlinePassed(deadlineIso: string): boolean {
  const deadline = Date.parse(deadlineIso);
  const [passed, setPassed] = useState(() => serverNow() > deadline);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = deadline - serverNow();
      setPassed(left < 0);
      // One millisecond past the deadline, or the next re-check; never a busy loop.
      timer = setTimeout(check, Math.min(Math.max(left + 1, 250), recheckMs));
    };
    check();
    return () => {
      clearTimeout(timer);
    };
  }, [deadline]);
  return passed;
}
