import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Fab from '@mui/material/Fab';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { DevToolPlacement } from '../shell/dev-tools';
import type { MockControls, MockFault } from './mock-controls';

/** Faults a presenter or tester can switch on per endpoint family, in words. */
const faultChoices = {
  none: { label: 'Healthy', fault: null },
  '500': { label: 'Server error (500)', fault: { kind: 'status', status: 500 } },
  '503': { label: 'Unavailable (503)', fault: { kind: 'status', status: 503 } },
  '429': {
    label: 'Rate limited (429, retry after 2 s)',
    fault: { kind: 'rate-limit', retryAfterSeconds: 2 },
  },
  slow: { label: 'Slow (3 s more)', fault: { kind: 'slow', delayMs: 3000 } },
  malformed: { label: 'Malformed reply', fault: { kind: 'malformed' } },
  network: { label: 'Network error', fault: { kind: 'network-error' } },
} as const satisfies Record<string, { label: string; fault: MockFault | null }>;
type FaultChoice = keyof typeof faultChoices;

function choiceOf(fault: MockFault | undefined): FaultChoice {
  const found = Object.entries(faultChoices).find(
    ([, choice]) => JSON.stringify(choice.fault) === JSON.stringify(fault ?? null),
  );
  return (found?.[0] as FaultChoice | undefined) ?? 'none';
}

/**
 * Only in the demo build: the embedded mock API's latency, injected faults and "reset demo data",
 * so error and loading states can be shown and tried without a real backend misbehaving. Takes the
 * mock's narrow `MockControls`; imports nothing from the mock. Its button sits in the top bar
 * (`placement="top-bar"`) so it never covers a table; on pages without a top bar it floats.
 */
export function MockSettingsPanel({
  controls,
  placement = 'floating',
}: {
  controls: MockControls;
  placement?: DevToolPlacement;
}) {
  const [open, setOpen] = useState(false);
  // The mock's settings live outside React; this copy re-renders the panel after a change.
  const [, setVersion] = useState(0);
  const changed = () => {
    setVersion((version) => version + 1);
  };
  const [confirmReset, setConfirmReset] = useState(false);

  return (
    <>
      {placement === 'top-bar' ? (
        <IconButton
          color="inherit"
          aria-label="Mock API settings"
          title="Mock API settings"
          onClick={() => {
            setOpen(true);
          }}
        >
          <TuneOutlined />
        </IconButton>
      ) : (
        <Fab
          size="small"
          color="secondary"
          aria-label="Mock API settings"
          title="Mock API settings"
          onClick={() => {
            setOpen(true);
          }}
          sx={{ position: 'fixed', right: 16, bottom: 16, zIndex: (theme) => theme.zIndex.drawer + 2 }}
        >
          <TuneOutlined />
        </Fab>
      )}
      <Drawer
        anchor="right"
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        slotProps={{ paper: { sx: { width: 360, p: 2 } }, root: { 'aria-label': 'Mock API settings' } }}
      >
        <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
          Mock API
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          The demo runs on a mock of the Privacy API in this browser. These settings are kept in this browser
          until changed.
        </Typography>
        <TextField
          label="Latency (ms)"
          type="number"
          value={controls.latencyMs()}
          onChange={(event) => {
            const ms = Number(event.target.value);
            if (Number.isFinite(ms) && ms >= 0) {
              controls.setLatency(ms);
              changed();
            }
          }}
          slotProps={{ htmlInput: { min: 0, step: 50 } }}
          fullWidth
          sx={{ mb: 2 }}
        />
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Faults per endpoint family
        </Typography>
        <Stack spacing={1.5} sx={{ mb: 2 }}>
          {controls.families.map((family) => (
            <TextField
              key={family}
              select
              label={family}
              value={choiceOf(controls.faultOf(family))}
              onChange={(event) => {
                controls.setFault(family, faultChoices[event.target.value as FaultChoice].fault);
                changed();
              }}
              fullWidth
            >
              {Object.entries(faultChoices).map(([key, choice]) => (
                <MenuItem key={key} value={key}>
                  {choice.label}
                </MenuItem>
              ))}
            </TextField>
          ))}
        </Stack>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            onClick={() => {
              controls.clearFaults();
              changed();
            }}
          >
            Clear all faults
          </Button>
          <Button
            color="error"
            variant="outlined"
            onClick={() => {
              setConfirmReset(true);
            }}
          >
            Reset demo data
          </Button>
        </Box>
        {confirmReset ? (
          <Alert
            severity="warning"
            sx={{ mt: 2 }}
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  void controls.resetDemoData().then(() => {
                    window.location.reload();
                  });
                }}
              >
                Reset
              </Button>
            }
          >
            Every change made in this browser (locks, withdrawals, audit entries) is dropped and the seeded
            data comes back.
          </Alert>
        ) : null}
      </Drawer>
    </>
  );
}
