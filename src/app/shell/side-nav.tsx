import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { NavLink, useLocation } from 'react-router';
import { hasPermission, type Role } from '@/shared/contract/roles';
import { findRoute, navRoutes } from '../route-table';

export const sideNavWidth = 220;

/** The id of the narrow screens' navigation drawer (the menu button controls it). */
export const navDrawerId = 'nav-drawer';

export interface NavListProps {
  roles: readonly Role[];
  /** Called when an item is chosen (the drawer closes). */
  onNavigate?: () => void;
  /** The drawer puts the focus on its current (or first) item when it opens. */
  focusCurrent?: boolean;
}

/** The views the person's roles open, as the "Main" navigation; the current one is marked. */
export function NavList({ roles, onNavigate, focusCurrent = false }: NavListProps) {
  const { pathname } = useLocation();
  const current = findRoute(pathname);
  const visible = navRoutes.filter((route) => hasPermission(roles, route.permission));
  const focused = visible.find((route) => route.path === current?.path) ?? visible[0];
  return (
    <nav aria-label="Main">
      <List dense>
        {visible.map((route) => {
          const Icon = route.icon;
          const active = current?.path === route.path;
          return (
            <ListItem key={route.path} disablePadding>
              <ListItemButton
                component={NavLink}
                to={route.path}
                selected={active}
                aria-current={active ? 'page' : undefined}
                autoFocus={focusCurrent && route === focused}
                onClick={onNavigate}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={route.title} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}

/** From 900 px wide: only the views the person's roles open, in a column beside the page. */
export function SideNav({ roles }: { roles: readonly Role[] }) {
  return (
    // A plain fixed column: MUI's Drawer modal machinery is only for the narrow screens' menu.
    <Box
      component="aside"
      sx={{
        position: 'fixed',
        top: 0,
        bottom: 0,
        left: 0,
        width: sideNavWidth,
        overflowY: 'auto',
        bgcolor: 'background.paper',
        borderRight: 1,
        borderColor: 'divider',
      }}
    >
      <Toolbar variant="dense" />
      <NavList roles={roles} />
    </Box>
  );
}
