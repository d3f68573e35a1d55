import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type RevealedValue = string | readonly string[];

interface RevealStore {
  get: (key: string) => RevealedValue | undefined;
  remember: (key: string, value: RevealedValue) => void;
  forget: (key: string) => void;
}

const RevealContext = createContext<RevealStore | null>(null);

/**
 * Holds the values revealed on one page, in component state only: never in storage or the query
 * cache, and gone when the page (or the record it is keyed by) is left or the person signs out.
 */
export function RevealScope({ children }: { children: ReactNode }) {
  const [values, setValues] = useState<ReadonlyMap<string, RevealedValue>>(() => new Map());
  const remember = useCallback((key: string, value: RevealedValue) => {
    setValues((current) => new Map(current).set(key, value));
  }, []);
  const forget = useCallback((key: string) => {
    setValues((current) => {
      const next = new Map(current);
      next.delete(key);
      return next;
    });
  }, []);
  const store = useMemo<RevealStore>(
    () => ({ get: (key) => values.get(key), remember, forget }),
    [values, remember, forget],
  );
  return <RevealContext value={store}>{children}</RevealContext>;
}

export function useRevealStore(): RevealStore {
  const store = useContext(RevealContext);
  if (!store) throw new Error('A revealable value is shown outside a RevealScope');
  return store;
}
