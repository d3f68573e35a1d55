import HelpOutline from '@mui/icons-material/HelpOutlined';
import IconButton from '@mui/material/IconButton';
import { useShortcutsHelp } from './use-shortcuts';

/**
 * The page's `?` button: opens the help (the page's explanatory lines and its keys), as the `?`
 * key does. Takes nothing; renders a small icon button named "Help and keyboard shortcuts".
 */
export function HelpButton() {
  const openHelp = useShortcutsHelp();
  return (
    <IconButton
      size="small"
      aria-label="Help and keyboard shortcuts"
      title="Help and keyboard shortcuts (?)"
      aria-keyshortcuts="?"
      onClick={openHelp}
    >
      <HelpOutline fontSize="small" />
    </IconButton>
  );
}
