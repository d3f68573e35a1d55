/**
 * Account ids pasted or typed as a list: split on spaces, commas, semicolons and line breaks,
 * trimmed, each once in the order first seen. `ids` are those shaped like an account id
 * (`acc_…`); `malformed` the rest, to be named back to the person. Throws nothing.
 */
export function parseAccountIds(text: string): { ids: string[]; malformed: string[] } {
  const seen = new Set<string>();
  const ids: string[] = [];
  const malformed: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (token === '' || seen.has(token)) continue;
    seen.add(token);
    if (/^acc_[A-Za-z0-9_-]+$/.test(token)) ids.push(token);
    else malformed.push(token);
  }
  return { ids, malformed };
}
