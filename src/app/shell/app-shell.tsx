import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Toolbar from '@mui/material/Toolbar';
import useMediaQuery from '@mui/material/useMediaQuery';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import type { Staff } from '@/shared/contract/staff';
import { navRoutes } from '../route-table';
import { AppTopBar } from './app-top-bar';
import { IdleGuard } from './idle-guard';
import { NavViewsContext } from './nav-views';
import { SideNav, sideNavWidth } from './side-nav';
import { useSessionSync } from './use-session-sync';
import { useSignOut } from './use-sign-out';

// Only narrow screens need the drawer (and MUI's modal machinery for it): not in every first page.
const NavDrawer = lazy(() => import('./nav-drawer'));

/**
 * The signed-in frame of every page: top bar, navigation (a side column from 900 px wide, a menu
 * button with a drawer below), the page in `main`, and the idle guard. Takes the signed-in person.
 */
export function AppShell({ staff }: { staff: Staff }) {
  const signOut = useSignOut();
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  // Widened past 900 px with the drawer open: it must not pop open again when the window narrows.
  const [layoutWasNarrow, setLayoutWasNarrow] = useState(narrow);
  if (layoutWasNarrow !== narrow) {
    setLayoutWasNarrow(narrow);
    setMenuOpen(false);
  }
  useSessionSync(staff.id);
  useEffect(() => {
    performance.mark('shell:ready');
  }, []);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppTopBar
        staff={staff}
        onSignOut={signOut}
        menu={
          narrow
            ? {
                open: menuOpen,
                onOpen: () => {
                  setMenuOpen(true);
                },
              }
            : undefined
        }
      />
      {narrow ? (
        <Suspense fallback={null}>
          <NavDrawer
            staff={staff}
            open={menuOpen}
            onClose={() => {
              setMenuOpen(false);
            }}
          />
        </Suspense>
      ) : (
        <SideNav roles={staff.roles} />
      )}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, ml: narrow ? 0 : `${String(sideNavWidth)}px` }}
      >
        <Toolbar variant="dense" />
        <NavViewsContext value={navRoutes}>
          <Outlet />
        </NavViewsContext>
      </Box>
      <IdleGuard onTimeout={() => void signOut()} />
    </Box>
  );
}
