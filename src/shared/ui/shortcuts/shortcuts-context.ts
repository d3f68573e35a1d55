import { createContext } from 'react';

export interface Shortcut {
  /** `KeyboardEvent.key` values that fire it, e.g. `['j', 'ArrowDown']`. */
  keys: readonly string[];
  description: string;
  /** Absent for keys a component handles itself (e.g. row movement inside a table): listed, not dispatched. */
  run?: () => void;
  /** Dispatched, but not listed: a second key for something the dialog already lists. */
  hidden?: boolean;
}

export interface ShortcutsRegistry {
  register: (shortcuts: readonly Shortcut[]) => () => void;
  /** A page's explanatory lines, shown at the top of the "?" help while the page is shown. */
  registerHelp: (text: string) => () => void;
  list: () => readonly Shortcut[];
  openHelp: () => void;
}

export const ShortcutsContext = createContext<ShortcutsRegistry | null>(null);
