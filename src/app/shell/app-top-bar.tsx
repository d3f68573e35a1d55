import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { roleLabels } from '@/shared/contract/roles';
import type { Staff } from '@/shared/contract/staff';
import { useShortcutsHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { DevToolsInTopBar } from './dev-tools';
import { navDrawerId } from './side-nav';

interface AppTopBarProps {
  staff: Staff;
  onSignOut: () => Promise<void>;
  /** Below 900 px wide: the navigation drawer's state and its menu button's handler. */
  menu?: { open: boolean; onOpen: () => void } | undefined;
}

function ColorSchemeSwitch() {
  const { mode, systemMode, setMode } = useColorScheme();
  const current = mode === 'system' ? systemMode : mode;
  const next = current === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} theme`;
  return (
    <IconButton
      color="inherit"
      aria-label={label}
      title={label}
      onClick={() => {
        setMode(next);
      }}
    >
      {current === 'dark' ? <LightModeOutlined /> : <DarkModeOutlined />}
    </IconButton>
  );
}

/**
 * The console's top bar: its name, the signed-in person, the shortcuts help, the theme switch,
 * the demo's dev tools and "Sign out"; below 900 px wide also the menu button of the navigation
 * drawer (`menu`), so nothing of the side nav is out of reach on a narrow screen.
 */
export function AppTopBar({ staff, onSignOut, menu }: AppTopBarProps) {
  const openHelp = useShortcutsHelp();
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        {menu ? (
          <IconButton
            color="inherit"
            edge="start"
            aria-label="Menu"
            title="Menu"
            aria-haspopup="dialog"
            aria-expanded={menu.open}
            aria-controls={menu.open ? navDrawerId : undefined}
            onClick={menu.onOpen}
          >
            <MenuOutlined />
          </IconButton>
        ) : null}
        <Typography variant="h6" component="p" sx={{ fontWeight: 600, flexGrow: 1 }} noWrap>
          Privacy Console
        </Typography>
        <Box sx={{ textAlign: 'right', mr: 1, display: { xs: 'none', sm: 'block' } }}>
          <Typography variant="body2" component="p" sx={{ fontWeight: 600 }} data-testid="signed-in-name">
            {staff.name}
          </Typography>
          <Typography variant="caption" component="p" data-testid="signed-in-roles">
            {staff.roles.map((role) => roleLabels[role]).join(' · ')}
          </Typography>
        </Box>
        <IconButton
          color="inherit"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={openHelp}
        >
          <KeyboardOutlined />
        </IconButton>
        <ColorSchemeSwitch />
        <DevToolsInTopBar />
        <Button color="inherit" variant="outlined" size="small" onClick={() => void onSignOut()}>
          Sign out
        </Button>
      </Toolbar>
    </AppBar>
  );
}
