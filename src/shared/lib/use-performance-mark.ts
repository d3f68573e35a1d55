import { useEffect } from 'react';

/**
 * Sets the User Timing mark `name` (e.g. `accounts:first-rows`) when `reached` turns true, and again
 * each time it turns true anew. `npm run bench` reads these marks to time what a person waits for
 * (first rows, first data) from the navigation's start. Returns nothing; throws nothing.
 */
export function usePerformanceMark(name: string, reached: boolean): void {
  useEffect(() => {
    if (reached) performance.mark(name);
  }, [name, reached]);
}
