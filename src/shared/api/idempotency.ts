/**
 * One key per user intent (a dialog opening, a form submission): a double click, a retry or a
 * flaky network reuses it, so the API records or sends once.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
