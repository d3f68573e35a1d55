import { diffPolicyBodies, type PolicyDiff } from './policy-diff';

/** What the page asks the diff worker: the two bodies (older = compared against) and the option. */
export interface DiffRequest {
  /** Echoed in the reply, so a late answer to an earlier question is recognised and dropped. */
  id: number;
  older: string;
  newer: string;
  ignoreWhitespace: boolean;
}

/** What the diff worker answers: the diff, or why it could not be made. */
export type DiffReply =
  { id: number; type: 'done'; diff: PolicyDiff } | { id: number; type: 'failed'; message: string };

/**
 * Answers one request: the same pure function in the worker and, where no worker starts (tests,
 * jsdom), on the page. Never throws: a failure becomes a `failed` reply with its message.
 */
export function answerDiffRequest(request: DiffRequest): DiffReply {
  try {
    const diff = diffPolicyBodies(request.older, request.newer, {
      ignoreWhitespace: request.ignoreWhitespace,
    });
    return { id: request.id, type: 'done', diff };
  } catch (error) {
    return {
      id: request.id,
      type: 'failed',
      message: error instanceof Error ? error.message : 'The versions could not be compared',
    };
  }
}
