import { useContext, useEffect, useRef } from 'react';
import { ShortcutsContext, type Shortcut } from './shortcuts-context';

/**
 * Registers the current page's keyboard shortcuts while it is shown; they appear in the "?"
 * dialog and never fire while the person types in a field.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const registry = useContext(ShortcutsContext);
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  const signature = shortcuts.map((s) => `${s.keys.join('+')}:${s.description}`).join('|');
  useEffect(() => {
    if (!registry) return undefined;
    const stable = latest.current.map((shortcut, index) =>
      shortcut.run ? { ...shortcut, run: () => latest.current[index]?.run?.() } : shortcut,
    );
    return registry.register(stable);
  }, [registry, signature]);
}

export function useShortcutsHelp(): () => void {
  const registry = useContext(ShortcutsContext);
  return registry?.openHelp ?? (() => undefined);
}

/**
 * Puts a page's explanatory lines (what the page is for, how to work it) at the top of its "?"
 * help while the page is shown, instead of under its heading where they push the rows down.
 */
export function usePageHelp(text: string): void {
  const registry = useContext(ShortcutsContext);
  useEffect(() => registry?.registerHelp(text), [registry, text]);
}
