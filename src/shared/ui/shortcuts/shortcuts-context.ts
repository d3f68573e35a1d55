import { createContext } from 'react';

export interface Shortcut {
  /** `KeyboardEvent.key` values that fire it, e.g. `['j', 'ArrowDown']`. */
  keys: readonly string[];
  description: string;
  run: () => void;
}

export interface ShortcutsRegistry {
  register: (shortcuts: readonly Shortcut[]) => () => void;
  list: () => readonly Shortcut[];
  openHelp: () => void;
}

export const ShortcutsContext = createContext<ShortcutsRegistry | null>(null);
