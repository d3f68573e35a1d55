import { useEffect, useState } from 'react';
import type { PolicyVersion } from '@/shared/contract/policies';
import type { PolicyDiff } from './policy-diff';
import { runDiff } from './run-diff';

export type PolicyDiffState =
  | { status: 'pending' }
  | { status: 'done'; diff: PolicyDiff }
  | { status: 'failed'; error: Error; retry: () => void };

interface Settled {
  older: PolicyVersion;
  newer: PolicyVersion;
  ignoreWhitespace: boolean;
  attempt: number;
  diff?: PolicyDiff;
  error?: Error;
}

/**
 * The diff of `newer`'s body against `older`'s (both `GET /policies/{id}` replies), computed off
 * the page's thread (`runDiff`). Pending until both versions are loaded and the diff is ready; a
 * new pair or option cancels the running comparison. A failure offers `retry`.
 */
export function usePolicyDiff(
  older: PolicyVersion | undefined,
  newer: PolicyVersion | undefined,
  ignoreWhitespace: boolean,
): PolicyDiffState {
  const [settled, setSettled] = useState<Settled | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!older || !newer) return undefined;
    const controller = new AbortController();
    const inputs = { older, newer, ignoreWhitespace, attempt };
    runDiff(older.body, newer.body, ignoreWhitespace, controller.signal).then(
      (diff) => {
        performance.mark('policy-diff:computed');
        setSettled({ ...inputs, diff });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled({ ...inputs, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      controller.abort();
    };
  }, [older, newer, ignoreWhitespace, attempt]);

  const current =
    settled !== null &&
    settled.older === older &&
    settled.newer === newer &&
    settled.ignoreWhitespace === ignoreWhitespace &&
    settled.attempt === attempt
      ? settled
      : null;
  if (current?.diff) return { status: 'done', diff: current.diff };
  if (current?.error)
    return {
      status: 'failed',
      error: current.error,
      retry: () => {
        setAttempt((n) => n + 1);
      },
    };
  return { status: 'pending' };
}
