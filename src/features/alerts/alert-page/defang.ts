/** `scheme://authority` anywhere in the text: a hostile URL may hide a second one after the first. */
const schemeAndAuthority = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*)/gi;

const hasScheme = /[a-z][a-z0-9+.-]*:\/\//i;

/** A bare host at the start (`evil.example/x`), when the text names no scheme. */
const leadingHost = /^([^/?#:\s@]+\.[^/?#:\s@]+)/;

function defangScheme(scheme: string): string {
  // hxxp / hxxps: mail clients and chat tools no longer turn the text into a live link.
  return scheme.replace(
    /^(h)(tt)(p)/i,
    (_, h: string, tt: string, p: string) => `${h}${tt === 'TT' ? 'XX' : 'xx'}${p}`,
  );
}

function defangHost(host: string): string {
  return host.replaceAll('.', '[.]');
}

/**
 * A URL from the evidence, made safe to read and to paste into a ticket: `https://evil.example/x`
 * becomes `hxxps://evil[.]example/x`. Analysts copy the original on purpose (a copy button); the
 * defanged text is what the page shows, so nobody opens a phishing page by accident.
 */
export function defangUrl(url: string): string {
  if (!hasScheme.test(url)) return url.replace(leadingHost, (host: string) => defangHost(host));
  return url.replace(
    schemeAndAuthority,
    (_, scheme: string, authority: string) => `${defangScheme(scheme)}://${defangHost(authority)}`,
  );
}
