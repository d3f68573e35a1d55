import { useCallback, useEffect, useState } from 'react';

/**
 * `value`, `delayMs` after it last changed; `flush` applies the latest value at once (Enter in a
 * search field).
 */
export function useDebouncedValue<T>(value: T, delayMs: number): [debounced: T, flush: () => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(value);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  const flush = useCallback(() => {
    setDebounced(value);
  }, [value]);
  return [debounced, flush];
}
