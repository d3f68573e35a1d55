/**
 * The demo build's stand-in for `tldts` (aliased in `vite.config.ts`, demo mode only). MSW keeps
 * mocked cookies with `tough-cookie`, whose only use of `tldts` is `getDomain`: which part of a
 * host name a cookie may be scoped to. `tldts` answers that from the whole public suffix list,
 * 257 KB of the mock's 557 KB chunk, parsed on the page's main thread before the mock can start.
 *
 * The mock's one cookie (`mocks/http/session-token.ts`) is host-only (no `Domain` attribute), set
 * and read on the host the demo is served from, so the list never decides anything there: this
 * answers like `tldts` for IP addresses, single-label hosts (`localhost`) and names under a
 * one-label suffix (`console.digfashions.example` → `digfashions.example`), and for a name under a
 * multi-label suffix (`a.b.co.uk`) gives `co.uk` where `tldts` gives `b.co.uk` — only a `Domain`
 * attribute naming such a suffix would be judged differently, and the mock sets none.
 * Tests (`msw/node`) and the real build keep `tldts` itself.
 *
 * Takes a host name (lower case, no port) and returns its registrable domain or `null`, like
 * `tldts.getDomain`; never throws.
 */
export function getDomain(hostname: string): string | null {
  if (hostname.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return null;
  const labels = hostname.split('.').filter((label) => label.length > 0);
  return labels.length >= 2 ? labels.slice(-2).join('.') : null;
}
