import * as z from 'zod/mini';

/**
 * Runtime knobs of the mock: latency, the seed and injected faults per endpoint family. Tests
 * change them through `mocks/scenarios/`; the demo keeps them in localStorage so a presenter's
 * "slow network" survives a reload. Nothing here is personal data.
 */

export const endpointFamilies = [
  'session',
  'staff',
  'audit',
  'accounts',
  'consent',
  'alerts',
  'disclosures',
  'policies',
  'incidents',
  'inquiries',
  'stats',
] as const;
export type EndpointFamily = (typeof endpointFamilies)[number];
/** `'*'` applies to every family that has no fault of its own. */
export type FaultTarget = EndpointFamily | '*';

const httpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
export type HttpMethod = z.infer<typeof httpMethod>;

const faultBase = {
  /** How many requests it hits before it clears itself; absent = until cleared. */
  times: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** Only requests with this method (e.g. fail the writes, not the reads). */
  method: z.optional(httpMethod),
};

export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().check(z.int(), z.minimum(400), z.maximum(599)),
    /** 503 only: the `Retry-After` it sends (default 1 s), as the API's 503 does. */
    retryAfterSeconds: z.optional(z.number().check(z.minimum(0))),
    ...faultBase,
  }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.number().check(z.minimum(0)), ...faultBase }),
  z.object({ kind: z.literal('slow'), delayMs: z.number().check(z.minimum(0)), ...faultBase }),
  /** A 200 whose JSON does not match the contract. */
  z.object({ kind: z.literal('malformed'), ...faultBase }),
  /** The connection fails (`HttpResponse.error()`): fetch rejects with a TypeError. */
  z.object({ kind: z.literal('network-error'), ...faultBase }),
]);
export type Fault = z.infer<typeof faultSchema>;

const settingsSchema = z.object({
  latencyMs: z.number().check(z.minimum(0)),
  seed: z.number().check(z.int()),
  faults: z.partialRecord(z.enum([...endpointFamilies, '*']), faultSchema),
});
export type MockSettings = z.infer<typeof settingsSchema>;

export const defaultSeed = 20261125;
export const defaultLatencyMs = 100;
export const settingsStorageKey = 'privacy-console-mock-settings';

function defaults(): MockSettings {
  return { latencyMs: defaultLatencyMs, seed: defaultSeed, faults: {} };
}

/** The live settings; read them freely, change them through the functions below. */
export const settings: MockSettings = defaults();

let persistent = false;

function save(): void {
  if (!persistent || typeof localStorage === 'undefined') return;
  try {
    localStorage.setItem(settingsStorageKey, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the demo just forgets its settings on reload.
  }
}

/** Browser only: load the demo's settings from localStorage and keep saving changes there. Idempotent. */
export function persistSettings(): void {
  if (persistent) return;
  persistent = true;
  if (typeof localStorage === 'undefined') return;
  const raw = localStorage.getItem(settingsStorageKey);
  if (!raw) return;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) Object.assign(settings, parsed.data);
  } catch {
    // A corrupt entry is ignored and overwritten by the next change.
  }
}

export function setLatency(ms: number): void {
  settings.latencyMs = Math.max(0, ms);
  save();
}

export function setFault(target: FaultTarget, fault: Fault | null): void {
  const faults: MockSettings['faults'] = {};
  for (const key of [...endpointFamilies, '*'] as const) {
    const kept = key === target ? fault && faultSchema.parse(fault) : settings.faults[key];
    if (kept) faults[key] = kept;
  }
  settings.faults = faults;
  save();
}

export function clearFaults(): void {
  settings.faults = {};
  save();
}

/** The seed takes effect at the next `resetDb()`. */
export function setSeed(seed: number): void {
  settings.seed = seed;
  save();
}

export function resetSettings(overrides: Partial<MockSettings> = {}): void {
  Object.assign(settings, defaults(), overrides);
  save();
}

/**
 * The fault that applies to this request, if any; counts it against `times`. Called once per
 * request by the handler wrapper.
 */
export function takeFault(family: EndpointFamily, method: string): Fault | undefined {
  for (const target of [family, '*'] as const) {
    const fault = settings.faults[target];
    if (!fault || (fault.method && fault.method !== method.toUpperCase())) continue;
    if (fault.times !== undefined) {
      setFault(target, fault.times > 1 ? { ...fault, times: fault.times - 1 } : null);
    }
    return fault;
  }
  return undefined;
}
