import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import Typography from '@mui/material/Typography';
import { roleLabels } from '@/shared/contract/roles';
import type { Staff } from '@/shared/contract/staff';
import { navDrawerId, NavList, sideNavWidth } from './side-nav';

interface NavDrawerProps {
  staff: Staff;
  open: boolean;
  onClose: () => void;
}

/**
 * Below 900 px wide: the same navigation in a temporary drawer, opened by the top bar's menu
 * button. It takes the focus (the current view's item), Escape or a click outside closes it and
 * gives the focus back to the button, and choosing a view navigates and closes it. It also names
 * the signed-in person, whom the narrow top bar has no room for.
 */
export default function NavDrawer({ staff, open, onClose }: NavDrawerProps) {
  return (
    <Drawer
      id={navDrawerId}
      variant="temporary"
      // Over the top bar (which sits above the wide layout's column), so its top is not hidden.
      sx={{ zIndex: (theme) => theme.zIndex.drawer + 2 }}
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          sx: { width: sideNavWidth + 40 },
          role: 'dialog',
          'aria-modal': true,
          'aria-label': 'Navigation',
        },
      }}
    >
      <Box sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
          {staff.name}
        </Typography>
        <Typography variant="caption" component="p">
          {staff.roles.map((role) => roleLabels[role]).join(' · ')}
        </Typography>
      </Box>
      <NavList roles={staff.roles} onNavigate={onClose} focusCurrent />
    </Drawer>
  );
}
