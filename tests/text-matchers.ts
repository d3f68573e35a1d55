import type { MatcherFunction } from '@testing-library/react';

/**
 * Finds the innermost element whose whole text is `text`, across the elements inside it: for
 * sentences that print part of their words in an isolate of their own (`Locked: <bdi>…</bdi>`),
 * which Testing Library's default matcher, reading only an element's own text nodes, cannot see.
 */
export function withText(text: string): MatcherFunction {
  return (_content, element) =>
    element !== null &&
    element.textContent === text &&
    ![...element.children].some((child) => child.textContent === text);
}
