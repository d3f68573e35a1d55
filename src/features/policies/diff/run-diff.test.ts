import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerDiffRequest, type DiffReply, type DiffRequest } from './diff-messages';
import { diffPolicyBodies } from './policy-diff';
import { runDiff } from './run-diff';

const older = '# Policy\n\nWe collect your email.\n';
const newer = '# Policy\n\nWe collect your email and phone.\n';

/** A stand-in for the module worker: answers with the shared function, as diff.worker.ts does. */
class FakeDiffWorker {
  static started: FakeDiffWorker[] = [];
  onmessage: ((event: MessageEvent<DiffReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: DiffRequest[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeDiffWorker.started.push(this);
  }
  postMessage(request: DiffRequest) {
    this.received.push(request);
    queueMicrotask(() => {
      // A stray answer to another request first: it must be ignored.
      this.onmessage?.(new MessageEvent('message', { data: { id: -1, type: 'failed', message: 'stale' } }));
      this.onmessage?.(new MessageEvent('message', { data: answerDiffRequest(request) }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeDiffWorker.started = [];
});

describe('the diff worker protocol', () => {
  it('answers a request with its id and the same diff as the pure function', () => {
    const reply = answerDiffRequest({ id: 7, older, newer, ignoreWhitespace: false });
    expect(reply).toEqual({
      id: 7,
      type: 'done',
      diff: diffPolicyBodies(older, newer, { ignoreWhitespace: false }),
    });
  });

  it('answers a request it cannot compute with a failure, never by throwing', () => {
    const reply = answerDiffRequest({
      id: 3,
      older: null as unknown as string,
      newer,
      ignoreWhitespace: false,
    });
    expect(reply).toMatchObject({ id: 3, type: 'failed' });
  });

  it('keeps the option in the request: whitespace ignored on request', () => {
    const spaced = newer.replace('your email', 'your  email');
    const reply = answerDiffRequest({ id: 1, older: newer, newer: spaced, ignoreWhitespace: true });
    expect(reply.type === 'done' && reply.diff.changeCount).toBe(0);
  });
});

describe('running a diff', () => {
  it('computes on the page where no worker can start (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const diff = await runDiff(older, newer, false);
    expect(diff).toEqual(diffPolicyBodies(older, newer, { ignoreWhitespace: false }));
  });

  it('sends the bodies to a module worker, takes its answer to this request and ends it', async () => {
    vi.stubGlobal('Worker', FakeDiffWorker);
    const diff = await runDiff(older, newer, true);
    const [worker] = FakeDiffWorker.started;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/diff\.worker\.ts$/);
    expect(worker?.received).toEqual([expect.objectContaining({ older, newer, ignoreWhitespace: true })]);
    expect(worker?.terminated).toBe(true);
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
  });

  it('rejects with the worker’s failure message', async () => {
    vi.stubGlobal('Worker', FakeDiffWorker);
    await expect(runDiff(null as unknown as string, newer, false)).rejects.toThrow(/./);
    expect(FakeDiffWorker.started[0]?.terminated).toBe(true);
  });

  it('ends the worker and rejects with an AbortError when cancelled', async () => {
    vi.stubGlobal('Worker', FakeDiffWorker);
    const controller = new AbortController();
    const pending = runDiff(older, newer, false, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeDiffWorker.started[0]?.terminated).toBe(true);
  });
});
