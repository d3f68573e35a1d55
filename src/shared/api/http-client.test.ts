import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { ApiError } from './api-error';
import { configureClient, request, retryDelayMs, setCsrfToken } from './http-client';
import { newIdempotencyKey } from './idempotency';
import { resetServerTime, serverNow } from './server-time';

const thing = z.object({ id: z.string(), version: z.number() });
const url = '*/api/v1/things/1';

beforeEach(() => {
  configureClient({ retries: 3, retryBaseDelayMs: 1, retryMaxDelayMs: 50 });
});
afterEach(() => {
  setCsrfToken(null);
  resetServerTime();
  configureClient({ retryBaseDelayMs: 400, retryMaxDelayMs: 30_000 });
});

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'https://api.digfashions.example/problems/x', title: 'Problem', status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

describe('request', () => {
  it('parses a reply with the contract schema', async () => {
    server.use(http.get(url, () => HttpResponse.json({ id: 'thing_1', version: 3 })));
    await expect(request({ path: '/things/1', schema: thing })).resolves.toEqual({
      id: 'thing_1',
      version: 3,
    });
  });

  it('turns problem+json into a typed ApiError with field errors and required roles', async () => {
    server.use(
      http.post(url, () =>
        problem(403, {
          type: 'https://api.digfashions.example/problems/role-required',
          title: 'Role required',
          detail: 'Only the privacy officer may read the audit log.',
          requiredRoles: ['privacy_officer'],
          errors: [{ field: 'reason', message: 'Too short' }],
        }),
      ),
    );
    const error = await request({ method: 'POST', path: '/things/1', body: {}, schema: thing }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.isRoleRequired).toBe(true);
    expect(apiError.requiredRoles).toEqual(['privacy_officer']);
    expect(apiError.fieldErrors).toEqual([{ field: 'reason', message: 'Too short' }]);
    expect(apiError.detail).toBe('Only the privacy officer may read the audit log.');
  });

  it('names the field when a reply does not match the contract', async () => {
    server.use(http.get(url, () => HttpResponse.json({ id: 'thing_1', version: 'three' })));
    const error = (await request({ path: '/things/1', schema: thing }).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('schema');
    expect(error.detail).toContain('version');
  });

  it('sends CSRF, If-Match and Idempotency-Key on writes', async () => {
    const seen: Headers[] = [];
    server.use(
      http.patch(url, ({ request: req }) => {
        seen.push(req.headers);
        return HttpResponse.json({ id: 'thing_1', version: 4 });
      }),
    );
    setCsrfToken('csrf-123');
    await request({
      method: 'PATCH',
      path: '/things/1',
      body: { a: 1 },
      schema: thing,
      ifMatch: 3,
      idempotencyKey: 'key-1',
    });
    expect(seen[0]?.get('X-CSRF-Token')).toBe('csrf-123');
    expect(seen[0]?.get('If-Match')).toBe('"3"');
    expect(seen[0]?.get('Idempotency-Key')).toBe('key-1');
    expect(seen[0]?.get('Content-Type')).toBe('application/json');
  });

  it('retries a GET after 5xx and 429 and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(url, () => {
        calls += 1;
        if (calls === 1) return problem(503, { title: 'Unavailable' });
        if (calls === 2) return problem(429, { title: 'Slow down' }, { 'Retry-After': '0' });
        return HttpResponse.json({ id: 'thing_1', version: 1 });
      }),
    );
    await expect(request({ path: '/things/1', schema: thing })).resolves.toMatchObject({ id: 'thing_1' });
    expect(calls).toBe(3);
  });

  it('retries a GET after a network error, and gives up after the configured retries', async () => {
    let calls = 0;
    server.use(
      http.get(url, () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    const error = (await request({ path: '/things/1', schema: thing }).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
    expect(calls).toBe(4);
  });

  it('does not retry 4xx answers other than 429', async () => {
    let calls = 0;
    server.use(
      http.get(url, () => {
        calls += 1;
        return problem(404, { title: 'Not found' });
      }),
    );
    await expect(request({ path: '/things/1', schema: thing })).rejects.toMatchObject({ status: 404 });
    expect(calls).toBe(1);
  });

  it('never retries a mutation on its own', async () => {
    let calls = 0;
    server.use(
      http.post(url, () => {
        calls += 1;
        return problem(503, { title: 'Unavailable' });
      }),
    );
    await expect(
      request({ method: 'POST', path: '/things/1', body: {}, schema: thing }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(calls).toBe(1);
  });

  it('reuses one idempotency key when the person retries the same intent', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(url, ({ request: req }) => {
        keys.push(req.headers.get('Idempotency-Key'));
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json({ id: 'thing_1', version: 1 });
      }),
    );
    const key = newIdempotencyKey();
    const send = () =>
      request({ method: 'POST', path: '/things/1', body: { a: 1 }, schema: thing, idempotencyKey: key });
    await expect(send()).rejects.toMatchObject({ kind: 'network' });
    await expect(send()).resolves.toMatchObject({ id: 'thing_1' });
    expect(keys).toEqual([key, key]);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it('learns the server clock from the Date header', async () => {
    const serverTime = Date.now() + 3 * 3_600_000;
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { id: 'thing_1', version: 1 },
          { headers: { Date: new Date(serverTime).toUTCString() } },
        ),
      ),
    );
    await request({ path: '/things/1', schema: thing });
    expect(Math.abs(serverNow() - serverTime)).toBeLessThan(2000);
  });

  it('aborts without retrying when the caller cancels', async () => {
    server.use(http.get(url, () => problem(503, { title: 'Unavailable' })));
    const controller = new AbortController();
    const pending = request({ path: '/things/1', schema: thing, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});

describe('retryDelayMs', () => {
  it('honours a Retry-After longer than the backoff', () => {
    configureClient({ retryBaseDelayMs: 100, retryMaxDelayMs: 60_000 });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const rateLimited = new ApiError({ kind: 'http', status: 429, title: 'Slow down', retryAfterSeconds: 7 });
    expect(retryDelayMs(0, rateLimited)).toBe(7000);
  });

  it('grows exponentially and stays under the cap', () => {
    configureClient({ retryBaseDelayMs: 100, retryMaxDelayMs: 1000 });
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const fault = new ApiError({ kind: 'http', status: 503, title: 'Unavailable' });
    expect(retryDelayMs(0, fault)).toBe(100);
    expect(retryDelayMs(2, fault)).toBe(400);
    expect(retryDelayMs(10, fault)).toBe(1000);
  });
});
