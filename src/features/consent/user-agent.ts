import Bowser from 'bowser';

/**
 * A user agent as a person reads it at a glance: browser (or app) and major version, then the
 * operating system, e.g. "Firefox 145 · Windows", "DigFashions 6 · iOS", "Chrome 142 · Android".
 * Parsed by bowser (docs/decisions.md: a maintained parser, no hand-written rules). Takes the
 * string as the API gave it; returns `null` for an empty one (the event came from no device) and
 * "Unrecognised agent" when bowser names neither a browser nor a system. Throws nothing.
 */
export function describeUserAgent(userAgent: string): string | null {
  if (userAgent.trim() === '') return null;
  const { browser, os } = Bowser.parse(userAgent);
  const major = browser.version?.split('.')[0];
  const browserPart = browser.name ? [browser.name, major].filter(Boolean).join(' ') : undefined;
  const parts = [browserPart, os.name].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? 'Unrecognised agent' : parts.join(' · ');
}
