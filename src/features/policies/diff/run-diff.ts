import type { DiffReply, DiffRequest } from './diff-messages';
import type { PolicyDiff } from './policy-diff';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Written out whole: the form the bundler builds a worker from.
    return new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

let nextId = 1;

/**
 * The diff of two policy bodies (`older` is the version compared against), computed in a Web
 * Worker of its own that ends once it answered, so the page stays responsive; where no worker can
 * start (tests, jsdom) the same function runs on the page, loaded on demand. `signal` ends the
 * work: the promise then rejects with an `AbortError`. Rejects with an `Error` when the worker
 * fails or the diff cannot be made.
 */
export function runDiff(
  older: string,
  newer: string,
  ignoreWhitespace: boolean,
  signal?: AbortSignal,
): Promise<PolicyDiff> {
  const request: DiffRequest = { id: nextId++, older, newer, ignoreWhitespace };
  const settle = (reply: DiffReply): PolicyDiff => {
    if (reply.type === 'failed') throw new Error(reply.message);
    return reply.diff;
  };
  const aborted = () => new DOMException('Comparison cancelled', 'AbortError');
  const worker = startWorker();
  if (!worker) {
    return import('./diff-messages').then(({ answerDiffRequest }) => {
      if (signal?.aborted) throw aborted();
      return settle(answerDiffRequest(request));
    });
  }
  return new Promise<PolicyDiff>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(aborted());
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<DiffReply>) => {
      if (event.data.id !== request.id) return;
      stop();
      try {
        resolve(settle(event.data));
      } catch (error) {
        reject(error instanceof Error ? error : new Error('The versions could not be compared'));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || 'The versions could not be compared'));
    };
    worker.postMessage(request);
  });
}
