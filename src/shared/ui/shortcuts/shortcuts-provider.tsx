import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isTypingTarget } from './is-typing-target';
import { ShortcutsContext, type Shortcut, type ShortcutsRegistry } from './shortcuts-context';

// The help loads when "?" is first pressed.
const ShortcutsHelpDialog = lazy(() =>
  import('./shortcuts-help-dialog').then((module) => ({ default: module.ShortcutsHelpDialog })),
);

const helpShortcut: Shortcut = { keys: ['?'], description: 'Show keyboard shortcuts' };

/**
 * The shortcuts the help lists: one line per key set, the most recently registered (the one that
 * runs) when a page and a shared piece both register it (e.g. `/` for a list's search).
 */
function listShortcuts(layers: ReadonlySet<readonly Shortcut[]>): readonly Shortcut[] {
  const seen = new Set<string>();
  const latestFirst = [...layers]
    .flat()
    .filter((shortcut) => !shortcut.hidden)
    .reverse()
    .filter((shortcut) => {
      const keys = shortcut.keys.join(' ');
      if (seen.has(keys)) return false;
      seen.add(keys);
      return true;
    });
  return [helpShortcut, ...latestFirst.reverse()];
}

interface HelpSnapshot {
  shortcuts: readonly Shortcut[];
  about: readonly string[];
}

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const layers = useRef(new Set<readonly Shortcut[]>());
  const about = useRef(new Set<{ text: string }>());
  // A snapshot of the shortcuts and page help in force when the help opens; `null` while closed.
  const [help, setHelp] = useState<HelpSnapshot | null>(null);
  const snapshot = (): HelpSnapshot => ({
    shortcuts: listShortcuts(layers.current),
    about: [...about.current].map((entry) => entry.text),
  });

  const registry = useMemo<ShortcutsRegistry>(
    () => ({
      register: (shortcuts) => {
        layers.current.add(shortcuts);
        return () => {
          layers.current.delete(shortcuts);
        };
      },
      registerHelp: (text) => {
        const entry = { text };
        about.current.add(entry);
        return () => {
          about.current.delete(entry);
        };
      },
      list: () => listShortcuts(layers.current),
      openHelp: () => {
        setHelp(snapshot());
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
        setHelp(snapshot());
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
            shortcuts={help.shortcuts}
            about={help.about}
            onClose={() => {
              setHelp(null);
            }}
          />
        </Suspense>
      ) : null}
    </ShortcutsContext>
  );
}
