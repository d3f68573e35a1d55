import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError } from '@/shared/api/api-error';
import { useVersionedMutation, type Versioned } from './use-versioned-mutation';

// A record with a version and one state, like an account's lock or an alert's status.
const recordSchema = z.object({ id: z.string(), version: z.number(), state: z.string() });
type Rec = z.infer<typeof recordSchema>;

function problem(status: 409 | 412, current?: Rec): ApiError {
  return new ApiError({
    kind: 'http',
    status,
    title: status === 412 ? 'Changed by someone else' : 'Not allowed now',
    body: current ? { current } : {},
  });
}

/** A tiny server: one record, If-Match checked, each send taking a turn of the event loop. */
function fakeApi(initial: Rec) {
  let record = initial;
  const sent: { base: Versioned; state: string }[] = [];
  return {
    sent,
    get record() {
      return record;
    },
    /** A colleague's change. */
    change(state: string) {
      record = { ...record, state, version: record.version + 1 };
    },
    send: vi.fn(async (base: Versioned, state: string) => {
      sent.push({ base, state });
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (base.version !== record.version) throw problem(412, record);
      record = { ...record, state, version: record.version + 1 };
      return record;
    }),
    readCurrent: vi.fn(() => Promise.resolve(record)),
  };
}

function setup(api: ReturnType<typeof fakeApi>, onCurrent = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const onSuccess = vi.fn();
  const hook = renderHook(
    () =>
      useVersionedMutation<Rec, string>({
        send: api.send,
        schema: recordSchema,
        readCurrent: api.readCurrent,
        isDone: (current, state) => current.state === state,
        onCurrent,
        onSuccess,
      }),
    { wrapper },
  );
  return { ...hook, onSuccess, onCurrent };
}

describe('useVersionedMutation', () => {
  it('sends once for two presses made before the first reply (a double click)', async () => {
    const api = fakeApi({ id: 'r1', version: 1, state: 'open' });
    const { result, onSuccess } = setup(api);
    act(() => {
      result.current.mutate(api.record, 'locked');
      result.current.mutate(api.record, 'locked');
    });
    await waitFor(() => {
      expect(onSuccess).toHaveBeenCalledTimes(1);
    });
    expect(api.sent).toHaveLength(1);
    expect(result.current.conflict).toBeNull();
    expect(result.current.outcome).toBe('saved');
  });

  it('never calls our own earlier change "someone else’s": done when it is as asked, resent when it is not', async () => {
    const api = fakeApi({ id: 'r1', version: 1, state: 'open' });
    const stale = api.record;
    const { result, onSuccess } = setup(api);
    act(() => {
      result.current.mutate(stale, 'locked');
    });
    await waitFor(() => {
      expect(result.current.outcome).toBe('saved');
    });

    // The page still showed version 1 when the same press came again.
    act(() => {
      result.current.mutate(stale, 'locked');
    });
    await waitFor(() => {
      expect(onSuccess).toHaveBeenCalledTimes(2);
    });
    expect(result.current.outcome).toBe('already-done');
    expect(result.current.conflict).toBeNull();

    // Another change on the version only we replaced: nobody else changed it, so it goes through.
    act(() => {
      result.current.mutate(stale, 'closed');
    });
    await waitFor(() => {
      expect(onSuccess).toHaveBeenCalledTimes(3);
    });
    expect(api.record.state).toBe('closed');
    expect(result.current.conflict).toBeNull();
  });

  it('says done when a lost reply left the record as asked (412 or 409), instead of a conflict', async () => {
    const api = fakeApi({ id: 'r1', version: 1, state: 'open' });
    const seen = api.record;
    const { result, onCurrent } = setup(api);
    // The first press reached the API; its reply never came back.
    api.change('locked');
    act(() => {
      result.current.mutate(seen, 'locked');
    });
    await waitFor(() => {
      expect(result.current.outcome).toBe('already-done');
    });
    expect(result.current.conflict).toBeNull();
    expect(onCurrent).toHaveBeenLastCalledWith(api.record);

    api.send.mockRejectedValueOnce(problem(409));
    act(() => {
      result.current.mutate(api.record, 'locked');
    });
    await waitFor(() => {
      expect(api.readCurrent).toHaveBeenCalledTimes(1);
    });
    await waitFor(() => {
      expect(result.current.isPending).toBe(false);
    });
    expect(result.current.outcome).toBe('already-done');
    expect(result.current.error).toBeNull();
  });

  it('keeps a colleague’s different change as a conflict, and applies mine on theirs only when asked', async () => {
    const api = fakeApi({ id: 'r1', version: 1, state: 'open' });
    const seen = api.record;
    const { result } = setup(api);
    api.change('escalated');
    act(() => {
      result.current.mutate(seen, 'locked');
    });
    await waitFor(() => {
      expect(result.current.conflict).not.toBeNull();
    });
    expect(result.current.conflict?.theirs.state).toBe('escalated');
    expect(api.sent).toHaveLength(1);

    act(() => {
      result.current.keepMine();
    });
    await waitFor(() => {
      expect(result.current.outcome).toBe('saved');
    });
    expect(api.sent.at(-1)?.base.version).toBe(2);
    expect(api.record.state).toBe('locked');
  });

  it('explains a 409 whose current record is not as asked, and shows that record', async () => {
    const api = fakeApi({ id: 'r1', version: 1, state: 'closed' });
    const { result, onCurrent } = setup(api);
    api.send.mockRejectedValueOnce(problem(409));
    act(() => {
      result.current.mutate(api.record, 'locked');
    });
    await waitFor(() => {
      expect(result.current.error).not.toBeNull();
    });
    expect(result.current.conflict).toBeNull();
    expect(onCurrent).toHaveBeenCalledWith(api.record);
  });
});
