import type Bowser from 'bowser';
import { useEffect, useState } from 'react';

/** bowser's `parse`: the browser and system a user agent names. */
export type UserAgentParse = typeof Bowser.parse;

let loaded: UserAgentParse | undefined;
let loading: Promise<UserAgentParse> | undefined;

/**
 * Loads the user-agent parser (bowser, ~7 KB gzip) as a chunk of its own, once; the consent tab's
 * prefetch starts it with the route, so it is here before the timeline's rows. Resolves with
 * bowser's `parse`; rejects if the chunk cannot be loaded (the cells then keep their plain label).
 */
export function loadUserAgentParser(): Promise<UserAgentParse> {
  loading ??= import('bowser').then((module) => {
    loaded = (userAgent) => module.default.parse(userAgent);
    return loaded;
  });
  return loading;
}

/** The parser once loaded (at once if it already is), `undefined` until then. Starts the load. */
export function useUserAgentParser(): UserAgentParse | undefined {
  const [parse, setParse] = useState<UserAgentParse | undefined>(() => loaded);
  useEffect(() => {
    if (parse) return;
    let current = true;
    loadUserAgentParser()
      .then((next) => {
        if (current) setParse(() => next);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [parse]);
  return parse;
}

export function describeUserAgent(userAgent: string, parse: UserAgentParse): string | null {
  if (userAgent.trim() === '') return null;
  const { browser, os } = parse(userAgent);
  const major = browser.version?.split('.')[0];
  const browserPart = browser.name ? [browser.name, major].filter(Boolean).join(' ') : undefined;
  const parts = [browserPart, os.name].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? 'Unrecognised agent' : parts.join(' · ');
}
