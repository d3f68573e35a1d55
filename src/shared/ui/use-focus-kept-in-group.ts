import { useEffect, useRef } from 'react';

/**
 * Keeps the keyboard in a group of actions when a change removes the button (or closes the dialog)
 * the person used: when `version` (the record's version, a number) changes and the focus has
 * fallen to the page body, it moves to the group. Returns the ref to put on the group's element,
 * which needs `tabIndex={-1}` to take the focus. Throws nothing. DESIGN.md: focus lands where the
 * person was.
 */
export function useFocusKeptInGroup(version: number) {
  const group = useRef<HTMLDivElement>(null);
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    const active = document.activeElement;
    if (active === null || active === document.body) group.current?.focus();
  }, [version]);
  return group;
}
