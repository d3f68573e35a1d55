import { useSyncExternalStore } from 'react';

/** A boolean one component sets and another reads, without re-rendering what holds both. */
export interface BusyFlag {
  get: () => boolean;
  set: (busy: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A new flag, `false`. */
export function createBusyFlag(): BusyFlag {
  let busy = false;
  const listeners = new Set<() => void>();
  return {
    get: () => busy,
    set: (next) => {
      if (next === busy) return;
      busy = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The flag's value; re-renders the caller alone when it changes. */
export function useBusyFlag(flag: BusyFlag): boolean {
  return useSyncExternalStore(flag.subscribe, flag.get);
}
