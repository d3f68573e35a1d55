import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import type { Staff } from '@/shared/contract/staff';
import { navRoutes } from '../route-table';
import { AppTopBar } from './app-top-bar';
import { IdleGuard } from './idle-guard';
import { NavViewsContext } from './nav-views';
import { SideNav, sideNavWidth } from './side-nav';
import { useSessionSync } from './use-session-sync';
import { useSignOut } from './use-sign-out';

export function AppShell({ staff }: { staff: Staff }) {
  const signOut = useSignOut();
  useSessionSync(staff.id);
  useEffect(() => {
    performance.mark('shell:ready');
  }, []);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppTopBar staff={staff} onSignOut={signOut} />
      <SideNav roles={staff.roles} />
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, ml: { md: `${String(sideNavWidth)}px` } }}
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
