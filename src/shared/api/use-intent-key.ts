import { useCallback, useState } from 'react';
import { newIdempotencyKey } from './idempotency';

/**
 * The idempotency key of one user intent. It lives as long as the component that asks for it (a
 * dialog's form), so every retry of that intent reuses it; `renew` starts a new intent.
 */
export function useIntentKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => {
    setKey(newIdempotencyKey());
  }, []);
  return [key, renew];
}
