import Box from '@mui/material/Box';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  NavigationType,
  Outlet,
  useLocation,
  useMatches,
  useNavigationType,
  type Params,
} from 'react-router';
import { hasBidiControls, isolatedPlainText } from '@/shared/lib/bidi';
import { createListTrail, ListTrailContext } from '@/shared/lib/list-trail';
import { hasRememberedRow } from '@/shared/ui/list/row-keyboard';
import { DevToolsHost } from './dev-tools';

/** A page's route carries its browser-tab title in its `handle`. */
export interface PageHandle {
  /** The title for the tab: the view's name, or a record's id (never a customer's name). */
  title: (params: Params) => string;
}

function isPageHandle(handle: unknown): handle is PageHandle {
  return (
    typeof handle === 'object' && handle !== null && 'title' in handle && typeof handle.title === 'function'
  );
}

/** How long a new page may take to show its heading (its record still loading) before the focus stays put. */
const headingWaitMs = 15_000;

/**
 * After a change of page, puts the focus on the new page's heading (`h1`, made focusable), so a
 * screen reader announces where the person is and Tab continues from the top of the page. The
 * page decides first: when it has put the focus inside itself (a search field, the row the person
 * comes Back to) it keeps it, and `announce` says the page's name instead. A page whose heading
 * waits for its record gets the focus once the heading is shown, unless the person has moved the
 * focus elsewhere meanwhile. Returns the cleanup (another page change stops the wait).
 */
function focusNewPage({
  returning,
  entryKey,
  announce,
}: {
  returning: boolean;
  entryKey: string;
  announce: () => void;
}): () => void {
  const settle = (): boolean => {
    const main = document.querySelector('main');
    if (!main) return false;
    const active = document.activeElement;
    if (active && active !== main && main.contains(active)) {
      announce();
      return true;
    }
    // Back to a list: its row keyboard gives the focus to the row that was opened.
    const tables = main.querySelectorAll<HTMLTableElement>('table[aria-label]');
    if (
      returning &&
      [...tables].some((table) => hasRememberedRow(table.getAttribute('aria-label') ?? '', entryKey))
    ) {
      announce();
      return true;
    }
    const heading = main.querySelector('h1');
    if (!heading) return false;
    heading.tabIndex = -1;
    heading.focus();
    return true;
  };
  if (settle()) return () => undefined;

  const observer = new MutationObserver(() => {
    if (settle()) stop();
  });
  // The person moved the focus themselves (the top bar, the nav): theirs wins.
  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof Node) || !document.querySelector('main')?.contains(event.target)) stop();
  };
  const timer = window.setTimeout(stop, headingWaitMs);
  function stop() {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', onFocusIn);
  return stop;
}

/**
 * The root of every route: sets the browser tab's title from the page's route (a record by its
 * id: `acc_000123 · Privacy Console`), moves the focus to the new page's heading after a change of
 * page (not on the first load, where the focus stays at the document's start, nor between a
 * page's tabs or filters), keeps the trail of lists for back links (`list-trail.ts`) and hosts the
 * demo's dev tools.
 */
export function PageChangeLayout() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const matches = useMatches();
  const [trail] = useState(createListTrail);
  // Noted while rendering, so the page rendered below already reads where it came from.
  trail.note(location, navigationType);

  const page = [...matches].reverse().find((match) => isPageHandle(match.handle));
  const pageTitle = page && isPageHandle(page.handle) ? page.handle.title(page.params) : undefined;
  const pageKey = page?.pathname ?? location.pathname;
  const documentTitle = pageTitle
    ? `${hasBidiControls(pageTitle) ? isolatedPlainText(pageTitle) : pageTitle} · Privacy Console`
    : 'Privacy Console';
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  const [announcement, setAnnouncement] = useState('');
  const shownPage = useRef<string | null>(null);
  // Read when the page changes: Back/Forward (a list then gives the focus to its remembered row).
  const onPageChange = useEffectEvent(() =>
    focusNewPage({
      returning: navigationType === NavigationType.Pop,
      entryKey: location.key,
      announce: () => {
        setAnnouncement(pageTitle ?? '');
      },
    }),
  );
  useEffect(() => {
    if (shownPage.current === null || shownPage.current === pageKey) {
      shownPage.current = pageKey;
      return undefined;
    }
    shownPage.current = pageKey;
    setAnnouncement('');
    return onPageChange();
  }, [pageKey]);

  return (
    <ListTrailContext value={trail}>
      <DevToolsHost>
        <Outlet />
      </DevToolsHost>
      <Box role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </Box>
    </ListTrailContext>
  );
}
