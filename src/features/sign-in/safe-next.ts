/** Where the console may send a person after signing in when `next` is missing or unsafe. */
const home = '/';

function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The return address after sign-in (`/sign-in?next=…`), reduced to a path of this console: the
 * path, query and hash of a same-origin URL. Anything else — another origin (`https://…`,
 * `//host`), a backslash form the browser reads as one (`/\host`), a `javascript:` URL, control
 * characters — gives the home page. Takes the raw parameter (or `null`) and the console's origin
 * (`location.origin`); returns a path starting with a single `/`. Never throws.
 */
export function safeNext(next: string | null, origin: string): string {
  if (!next?.startsWith('/')) return home;
  // Browsers treat `\` as `/` in special URLs, and strip tabs and newlines: refuse both outright.
  if (next.includes('\\') || hasControlCharacter(next) || next.startsWith('//')) return home;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return home;
  }
  if (url.origin !== new URL(origin).origin) return home;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : home;
}
