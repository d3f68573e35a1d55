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

/** Only the views the person's roles open. */
export function SideNav({ roles }: { roles: readonly Role[] }) {
  const { pathname } = useLocation();
  const current = findRoute(pathname);
  const visible = navRoutes.filter((route) => hasPermission(roles, route.permission));
  return (
    // A plain fixed column: MUI's Drawer would bring its modal machinery into every first page.
    <Box
      component="aside"
      sx={{
        display: { xs: 'none', md: 'block' },
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
    </Box>
  );
}
