import { createContext, use, useEffect, useState, type ReactNode } from 'react';

/** Where a dev-only tool's button sits: in the top bar, or floating where no page content is. */
export type DevToolPlacement = 'top-bar' | 'floating';

/**
 * The demo's dev-only tools (the mock API's settings), given by `main.tsx` so the shell imports
 * nothing of the mock: renders their buttons for a placement. `null` in the real build.
 */
export const DevToolsContext = createContext<((placement: DevToolPlacement) => ReactNode) | null>(null);

/** Set by the shell's top bar while it is shown: the tools then dock there instead of floating. */
const DockContext = createContext<((docked: boolean) => void) | null>(null);

/**
 * Hosts the dev tools for every page: while the top bar is on screen they sit in it (`DevToolsInTopBar`),
 * so nothing floats over a table; on pages without it (sign-in, "the console could not start") they
 * float in the bottom right corner, where those pages have no content.
 */
export function DevToolsHost({ children }: { children: ReactNode }) {
  const renderTools = use(DevToolsContext);
  const [docked, setDocked] = useState(false);
  return (
    <DockContext value={setDocked}>
      {children}
      {renderTools && !docked ? renderTools('floating') : null}
    </DockContext>
  );
}

/** The dev tools' buttons in the top bar (nothing in the real build). */
export function DevToolsInTopBar() {
  const renderTools = use(DevToolsContext);
  const dock = use(DockContext);
  useEffect(() => {
    dock?.(true);
    return () => {
      dock?.(false);
    };
  }, [dock]);
  return renderTools ? renderTools('top-bar') : null;
}
