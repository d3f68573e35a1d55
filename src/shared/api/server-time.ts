/**
 * Deadlines (72-hour regulator clock, 15-day inquiries, notice periods) run on server time:
 * every reply's `Date` header tells how far the browser's clock is off.
 */
let offsetMs = 0;

export function recordServerDate(dateHeader: string | null, receivedAt: number = Date.now()): void {
  if (!dateHeader) return;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return;
  // The Date header has one-second resolution; ignore sub-second drift so clocks do not jitter.
  const next = serverMs - receivedAt;
  if (Math.abs(next - offsetMs) >= 1000) offsetMs = next;
}

export function serverOffsetMs(): number {
  return offsetMs;
}

/** Now, by the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

export function resetServerTime(): void {
  offsetMs = 0;
}
