import { useCallback, useState } from 'react';
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

export function useHistorySearchText(scope: string): [text: string, setText: (text: string) => void] {
  const { key: entry } = useLocation();
  const key = `${scope}:${entry}`;
  const [state, setState] = useState(() => ({ key, text: memory.get(key) ?? '' }));
  if (state.key !== key) {
    // Another history entry: Back finds its own text; a new entry carries the current one over.
    const text = memory.get(key) ?? state.text;
    memory.set(key, text);
    setState({ key, text });
  }
  const setText = useCallback(
    (text: string) => {
      memory.set(key, text);
      setState({ key, text });
    },
    [key],
  );
  return [state.key === key ? state.text : (memory.get(key) ?? state.text), setText];
}
