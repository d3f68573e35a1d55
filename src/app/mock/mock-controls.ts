/**
 * The one way the demo's settings panel reaches the embedded mock API: a small typed object that
 * `main.tsx` (the composition root, the only console file that loads the mock) builds from the
 * mock's modules. The panel never imports `mocks/`, so the mock can reorganise freely.
 */

/** A fault the panel can switch on for an endpoint family (the mock's own type is wider). */
export type MockFault =
  | { kind: 'status'; status: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'malformed' }
  | { kind: 'network-error' };

export interface MockControls {
  /** The endpoint families faults can be injected into, e.g. `accounts`, `alerts`. */
  families: readonly string[];
  /** The latency every reply waits, in milliseconds. */
  latencyMs: () => number;
  /** The fault switched on for `family`, if any (kind and its figures only). */
  faultOf: (family: string) => MockFault | undefined;
  setLatency: (ms: number) => void;
  /** `null` makes the family healthy again. */
  setFault: (family: string, fault: MockFault | null) => void;
  clearFaults: () => void;
  /** Drops every change made in this browser and reseeds; the page reloads afterwards. */
  resetDemoData: () => Promise<void>;
}
