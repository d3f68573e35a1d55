import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockControls } from './mock-controls';
import { MockSettingsPanel } from './mock-settings-panel';

function fakeControls(): MockControls & { latency: number } {
  const controls = {
    latency: 100,
    families: ['accounts', 'alerts'],
    latencyMs: () => controls.latency,
    faultOf: (family: string) => (family === 'alerts' ? { kind: 'status' as const, status: 503 } : undefined),
    setLatency: vi.fn((ms: number) => {
      controls.latency = ms;
    }),
    setFault: vi.fn(),
    clearFaults: vi.fn(),
    resetDemoData: vi.fn(() => Promise.resolve()),
  };
  return controls;
}

describe('the demo’s mock settings panel', () => {
  it('shows and changes the mock only through the controls it is given', async () => {
    const user = userEvent.setup();
    const controls = fakeControls();
    render(<MockSettingsPanel controls={controls} />);
    await user.click(screen.getByRole('button', { name: 'Mock API settings' }));

    expect(screen.getByRole('spinbutton', { name: 'Latency (ms)' })).toHaveValue(100);
    expect(screen.getByRole('combobox', { name: 'alerts' })).toHaveTextContent('Unavailable (503)');
    expect(screen.getByRole('combobox', { name: 'accounts' })).toHaveTextContent('Healthy');

    await user.type(screen.getByRole('spinbutton', { name: 'Latency (ms)' }), '0');
    expect(controls.setLatency).toHaveBeenLastCalledWith(1000);
    await user.click(screen.getByRole('button', { name: 'Clear all faults' }));
    expect(controls.clearFaults).toHaveBeenCalledTimes(1);
  });
});
