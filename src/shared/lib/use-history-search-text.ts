import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { onSessionEnd } from '@/shared/session/session-end';

/**
 * Search texts are often an email or a phone number, so they never go into the URL, history state
 * or storage. They are kept in this tab's memory, keyed by the history entry: Back restores the
 * text that belonged to that entry, a new entry inherits the current one, and the session's end
 * forgets them all.
 */
const memory = new Map<string, string>();
onSessionEnd(() => {
  memory.clear();
});

export function forgetSearchTexts(): void {
  memory.clear();
}

/**
 * The search text of the list `scope` on the current history entry, and its setter. Memory is
 * written only by the setter and after a render commits: a navigation renders in a transition
 * that typing may interrupt, and a discarded render must not leave its (older) text behind.
 */
export function useHistorySearchText(scope: string): [text: string, setText: (text: string) => void] {
  const { key: entry } = useLocation();
  const key = `${scope}:${entry}`;
  const [state, setState] = useState(() => ({ key, text: memory.get(key) ?? '' }));
  let text = state.text;
  if (state.key !== key) {
    // Another history entry: Back finds its own text; a new entry carries the current one over.
    text = memory.get(key) ?? state.text;
    setState({ key, text });
  }
  useEffect(() => {
    memory.set(key, text);
  }, [key, text]);
  const setText = useCallback(
    (next: string) => {
      memory.set(key, next);
      setState({ key, text: next });
    },
    [key],
  );
  return [text, setText];
}
