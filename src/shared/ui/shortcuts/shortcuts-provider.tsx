import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isTypingTarget } from './is-typing-target';
import { ShortcutsContext, type Shortcut, type ShortcutsRegistry } from './shortcuts-context';

// The help loads when "?" is first pressed.
const ShortcutsHelpDialog = lazy(() =>
  import('./shortcuts-help-dialog').then((module) => ({ default: module.ShortcutsHelpDialog })),
);

const helpShortcut: Shortcut = { keys: ['?'], description: 'Show keyboard shortcuts' };

function listShortcuts(layers: ReadonlySet<readonly Shortcut[]>): readonly Shortcut[] {
  return [helpShortcut, ...[...layers].flat().filter((shortcut) => !shortcut.hidden)];
}

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const layers = useRef(new Set<readonly Shortcut[]>());
  // A snapshot of the shortcuts in force when the help opens; `null` while it is closed.
  const [help, setHelp] = useState<readonly Shortcut[] | null>(null);

  const registry = useMemo<ShortcutsRegistry>(
    () => ({
      register: (shortcuts) => {
        layers.current.add(shortcuts);
        return () => {
          layers.current.delete(shortcuts);
        };
      },
      list: () => listShortcuts(layers.current),
      openHelp: () => {
        setHelp(listShortcuts(layers.current));
      },
    }),
    [],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // A key held down repeats its keydown: an action key acts once per press, never per repeat.
      if (event.repeat) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"]') && event.key !== '?') return;
      if (event.key === '?') {
        event.preventDefault();
        setHelp(listShortcuts(layers.current));
        return;
      }
      // The most recently registered layer wins, so a page's keys override the shell's.
      const shortcut = [...layers.current]
        .reverse()
        .flat()
        .find((candidate) => candidate.run && candidate.keys.includes(event.key));
      if (!shortcut?.run) return;
      event.preventDefault();
      shortcut.run();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <ShortcutsContext value={registry}>
      {children}
      {help ? (
        <Suspense fallback={null}>
          <ShortcutsHelpDialog
            shortcuts={help}
            onClose={() => {
              setHelp(null);
            }}
          />
        </Suspense>
      ) : null}
    </ShortcutsContext>
  );
}
