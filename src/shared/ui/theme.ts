import { createTheme } from '@mui/material/styles';

/**
 * Status colours, defined once and used the same way everywhere: severity of an alert or
 * incident, time left on a deadline, state of a record.
 */
export type StatusTone = 'error' | 'warning' | 'info' | 'success' | 'default';

export const severityTone: Record<'low' | 'medium' | 'high' | 'critical', StatusTone> = {
  critical: 'error',
  high: 'warning',
  medium: 'info',
  low: 'default',
};

/** Record states, the same colour wherever they appear (accounts, consents, consent events). */
export type RecordState =
  | 'active'
  | 'locked'
  | 'closed'
  | 'anonymized'
  | 'granted'
  | 'withdrawn'
  | 'not_asked'
  | 'reconsent_requested'
  | 'expired';

export const stateTone: Record<RecordState, StatusTone> = {
  active: 'success',
  locked: 'error',
  closed: 'default',
  anonymized: 'default',
  granted: 'success',
  withdrawn: 'warning',
  not_asked: 'default',
  reconsent_requested: 'info',
  expired: 'default',
};

/** A deadline with less than a day left is urgent, less than three days is close. */
export function deadlineTone(msLeft: number): StatusTone {
  if (msLeft <= 0) return 'error';
  if (msLeft < 24 * 3_600_000) return 'error';
  if (msLeft < 3 * 24 * 3_600_000) return 'warning';
  return 'success';
}

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        // Text on a filled colour (chips, buttons) is picked to reach WCAG AA, not MUI's 3:1.
        contrastThreshold: 4.5,
        primary: { main: '#1f4b99' },
        secondary: { main: '#6b3fa0' },
        // Darker than MUI's defaults so white text on a filled chip meets WCAG AA (4.5:1).
        warning: { main: '#a34e05' },
        info: { main: '#0369a1' },
        success: { main: '#1b6e2a' },
        background: { default: '#f6f7f9' },
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#8ab4ff' },
        secondary: { main: '#c9a7f5' },
      },
    },
  },
  spacing: 8,
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
  },
  components: {
    MuiTable: { defaultProps: { size: 'small' } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});
