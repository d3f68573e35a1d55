import { setFault, type FaultTarget, type HttpMethod } from '@mocks/settings';

/**
 * One-line fault injection for tests, per endpoint family (`'*'` for all):
 * `failing('alerts', 503)`, `rateLimited('audit', 2)`, `networkError('session', { times: 1 })`.
 * Faults last until `times` requests have hit them, or until the test ends (tests/setup.ts).
 */

export interface FaultOptions {
  /** Hit only this many requests, then answer normally again (e.g. fail once, then recover). */
  times?: number;
  /** Hit only requests with this method (e.g. break the save, not the load). */
  method?: HttpMethod;
}

/**
 * Replies with this status and a problem+json body (5xx: server fault; 4xx: that problem). A 503
 * carries `Retry-After` (`retryAfterSeconds`, default 1 s).
 */
export function failing(
  family: FaultTarget,
  status = 500,
  options: FaultOptions & { retryAfterSeconds?: number } = {},
): void {
  setFault(family, { kind: 'status', status, ...options });
}

/** 429 with `Retry-After: <seconds>`. */
export function rateLimited(family: FaultTarget, retryAfterSeconds = 1, options: FaultOptions = {}): void {
  setFault(family, { kind: 'rate-limit', retryAfterSeconds, ...options });
}

/** A 200 whose JSON does not match the contract's schema. */
export function malformed(family: FaultTarget, options: FaultOptions = {}): void {
  setFault(family, { kind: 'malformed', ...options });
}

/** The connection fails: `fetch` rejects with a TypeError. */
export function networkError(family: FaultTarget, options: FaultOptions = {}): void {
  setFault(family, { kind: 'network-error', ...options });
}

/** Answers normally, `delayMs` later than the usual latency. */
export function slow(family: FaultTarget, delayMs: number, options: FaultOptions = {}): void {
  setFault(family, { kind: 'slow', delayMs, ...options });
}

/** Ends the fault of one family early. */
export function healthy(family: FaultTarget): void {
  setFault(family, null);
}
