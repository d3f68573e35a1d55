import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { problemTypes, type FieldError } from '@/shared/contract/common';
import { api, noteArrival, remainingLatency } from '@mocks/http/handler';
import { conflict } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';
import { server } from '@mocks/node';
import { callApi } from '@mocks/scenarios/call-api';
import { advanceClock, pinClock } from '@mocks/scenarios/clock';
import { failing, malformed, networkError, rateLimited, slow } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';

interface ProblemReply {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  current?: { id: string; version: number; title: string };
}

/** A throwaway editable resource, to exercise the machinery the way a real family uses it. */
function withDraftRoutes() {
  const draft = { id: 'pol_test01', version: 3, title: 'Before' };
  let created = 0;
  const patchSchema = z.object({ title: z.string().check(z.minLength(3)) });
  server.use(
    api.patch('/test/drafts/:id', { family: 'policies', permission: 'policies.manage' }, async (context) => {
      if (context.param('id') !== draft.id) throw conflict('No such draft.');
      context.ifMatch(draft);
      const { title } = await context.body(patchSchema);
      Object.assign(draft, { title, version: draft.version + 1 });
      context.audit({ action: 'policy.update', targetType: 'policy', targetId: draft.id, summary: `Edited ${draft.id}` });
      return json(draft, { etag: draft.version });
    }),
    api.post('/test/drafts', { family: 'policies', permission: 'policies.manage' }, (context) =>
      context.idempotent(async () => {
        const { title } = await context.body(patchSchema);
        // Long enough for a second request to arrive while this one is being handled.
        await new Promise((resolve) => setTimeout(resolve, 20));
        created += 1;
        return json({ id: `pol_new${String(created)}`, title, version: 1 }, { status: 201, etag: 1 });
      }),
    ),
    api.get('/test/boom', { family: 'policies' }, () => {
      throw new Error('handler bug');
    }),
  );
  return { draft, created: () => created };
}

describe('CSRF', () => {
  it('answers 403 csrf on a mutation without the token or with a wrong one, and accepts the right one', async () => {
    withDraftRoutes();
    const session = await signedInAs('legal');
    const missing = await callApi<ProblemReply>('/test/drafts/pol_test01', { method: 'PATCH', ifMatch: 3, body: { title: 'After' } });
    expect(missing.status).toBe(403);
    expect(missing.body.type).toBe(problemTypes.csrf);
    const wrong = await callApi<ProblemReply>('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'After' },
      csrfToken: 'not-the-token',
    });
    expect(wrong.body.type).toBe(problemTypes.csrf);
    const right = await callApi('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'After' },
      csrfToken: session.csrfToken,
    });
    expect(right.status).toBe(200);
  });
});

describe('roles', () => {
  it('answers 403 role-required with the roles that hold the permission', async () => {
    withDraftRoutes();
    const session = await signedInAs('analyst');
    const reply = await callApi<ProblemReply & { requiredRoles: string[] }>('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'After' },
      csrfToken: session.csrfToken,
    });
    expect(reply.status).toBe(403);
    expect(reply.body.type).toBe(problemTypes.roleRequired);
    expect(reply.body.requiredRoles).toEqual(['legal', 'privacy_officer']);
  });
});

describe('If-Match', () => {
  it('answers 428 without If-Match and changes nothing', async () => {
    const { draft } = withDraftRoutes();
    const session = await signedInAs('legal');
    const reply = await callApi<ProblemReply>('/test/drafts/pol_test01', {
      method: 'PATCH',
      body: { title: 'After' },
      csrfToken: session.csrfToken,
    });
    expect(reply.status).toBe(428);
    expect(reply.body.type).toBe(problemTypes.preconditionRequired);
    expect(draft).toMatchObject({ version: 3, title: 'Before' });
  });

  it('answers 412 with the current resource and its ETag on a stale version', async () => {
    withDraftRoutes();
    const session = await signedInAs('legal');
    const saved = await callApi('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'Theirs' },
      csrfToken: session.csrfToken,
    });
    expect(saved.headers.get('ETag')).toBe('"4"');

    const stale = await callApi<ProblemReply>('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'Mine' },
      csrfToken: session.csrfToken,
    });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe(problemTypes.preconditionFailed);
    expect(stale.body.current).toEqual({ id: 'pol_test01', version: 4, title: 'Theirs' });
    expect(stale.headers.get('ETag')).toBe('"4"');
  });

  it('lets exactly one of two simultaneous writes on the same version through; the other gets 412', async () => {
    const { draft } = withDraftRoutes();
    const session = await signedInAs('legal');
    for (let pair = 0; pair < 12; pair += 1) {
      const version = draft.version;
      const send = (title: string) =>
        callApi<ProblemReply>('/test/drafts/pol_test01', {
          method: 'PATCH',
          ifMatch: version,
          body: { title },
          csrfToken: session.csrfToken,
        });
      const replies = await Promise.all([send(`Mine ${String(pair)}`), send(`Theirs ${String(pair)}`)]);
      expect(replies.map((reply) => reply.status).sort(), `pair ${String(pair)}`).toEqual([200, 412]);
      const refused = replies.find((reply) => reply.status === 412);
      expect(refused?.body.current?.version).toBe(version + 1);
      expect(draft.version).toBe(version + 1);
    }
  });

  it('answers 400 with the field that failed the request schema', async () => {
    withDraftRoutes();
    const session = await signedInAs('legal');
    const reply = await callApi<ProblemReply>('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'x' },
      csrfToken: session.csrfToken,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.map((error) => error.field)).toEqual(['title']);
    expect(reply.body.errors?.[0]?.message).toMatch(/3 characters/);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first reply for a repeat and creates once', async () => {
    const routes = withDraftRoutes();
    const session = await signedInAs('legal');
    const send = (body: unknown) =>
      callApi<{ id: string }>('/test/drafts', { method: 'POST', body, idempotencyKey: 'key-1', csrfToken: session.csrfToken });
    const first = await send({ title: 'Autumn update' });
    expect(first.status).toBe(201);
    const repeat = await send({ title: 'Autumn update' });
    expect(repeat.status).toBe(201);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('ETag')).toBe('"1"');
    expect(routes.created()).toBe(1);
  });

  it('answers one creation to two simultaneous requests with the same key', async () => {
    const routes = withDraftRoutes();
    const session = await signedInAs('legal');
    const send = () =>
      callApi<{ id: string }>('/test/drafts', {
        method: 'POST',
        body: { title: 'Double click' },
        idempotencyKey: 'key-2',
        csrfToken: session.csrfToken,
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.body).toEqual(b.body);
    expect(routes.created()).toBe(1);
  });

  it('answers 422 for the same key with another body, and 428 without a key', async () => {
    const routes = withDraftRoutes();
    const session = await signedInAs('legal');
    await callApi('/test/drafts', { method: 'POST', body: { title: 'First' }, idempotencyKey: 'key-3', csrfToken: session.csrfToken });
    const different = await callApi<ProblemReply>('/test/drafts', {
      method: 'POST',
      body: { title: 'Second' },
      idempotencyKey: 'key-3',
      csrfToken: session.csrfToken,
    });
    expect(different.status).toBe(422);
    expect(different.body.type).toBe(problemTypes.idempotencyMismatch);
    const missing = await callApi<ProblemReply>('/test/drafts', {
      method: 'POST',
      body: { title: 'Third' },
      csrfToken: session.csrfToken,
    });
    expect(missing.status).toBe(428);
    expect(routes.created()).toBe(1);
  });

  it('keeps no reply that failed, so the fixed form can be sent with the same key', async () => {
    const routes = withDraftRoutes();
    const session = await signedInAs('legal');
    const send = (title: string) =>
      callApi('/test/drafts', { method: 'POST', body: { title }, idempotencyKey: 'key-4', csrfToken: session.csrfToken });
    expect((await send('x')).status).toBe(400);
    expect((await send('Fixed title')).status).toBe(201);
    expect(routes.created()).toBe(1);
  });
});

describe('clock', () => {
  it('stamps every reply, problems included, with the mock clock in the Date header', async () => {
    pinClock('2026-11-25T09:00:00Z');
    const reply = await callApi('/session');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('Date')).toBe('Wed, 25 Nov 2026 09:00:00 GMT');
    advanceClock(90 * 60_000);
    expect((await callApi('/session')).headers.get('Date')).toBe('Wed, 25 Nov 2026 10:30:00 GMT');
  });
});

describe('faults', () => {
  it('replies with an injected status as problem+json, for the given number of requests', async () => {
    await signedInAs('dpo');
    failing('audit', 503, { times: 1 });
    const failed = await callApi<ProblemReply>('/audit-events');
    expect(failed.status).toBe(503);
    expect(failed.body.type).toBe(problemTypes.serverError);
    expect((await callApi('/audit-events')).status).toBe(200);
    // Other families are not affected.
    failing('audit', 500);
    expect((await callApi('/staff')).status).toBe(200);
  });

  it('rate-limits with Retry-After', async () => {
    await signedInAs('dpo');
    rateLimited('audit', 2);
    const reply = await callApi<ProblemReply>('/audit-events');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('Retry-After')).toBe('2');
    expect(reply.body.type).toBe(problemTypes.rateLimited);
  });

  it('says when to come back on an injected 503 (Retry-After), by default and as asked', async () => {
    await signedInAs('dpo');
    failing('audit', 503, { times: 1 });
    const unavailable = await callApi<ProblemReply>('/audit-events');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
    failing('*', 503, { times: 1, retryAfterSeconds: 7 });
    const asked = await callApi<ProblemReply>('/staff');
    expect(asked.status).toBe(503);
    expect(asked.headers.get('Retry-After')).toBe('7');
    // A plain server error is no promise that waiting helps: no Retry-After there.
    failing('audit', 500, { times: 1 });
    expect((await callApi('/audit-events')).headers.get('Retry-After')).toBeNull();
  });

  it('sends a 200 whose body fails the contract', async () => {
    const { auditPageSchema } = await import('@/shared/contract/audit');
    await signedInAs('dpo');
    malformed('audit');
    const reply = await callApi('/audit-events');
    expect(reply.status).toBe(200);
    expect(auditPageSchema.safeParse(reply.body).success).toBe(false);
  });

  it('fails the connection', async () => {
    networkError('session');
    await expect(fetch('/api/v1/session')).rejects.toThrow(TypeError);
  });

  it('slows a family down', async () => {
    slow('session', 60);
    const started = performance.now();
    await callApi('/session');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('can fail only one method', async () => {
    withDraftRoutes();
    const session = await signedInAs('legal');
    failing('policies', 500, { method: 'PATCH' });
    const reply = await callApi('/test/drafts/pol_test01', {
      method: 'PATCH',
      ifMatch: 3,
      body: { title: 'After' },
      csrfToken: session.csrfToken,
    });
    expect(reply.status).toBe(500);
    const created = await callApi('/test/drafts', {
      method: 'POST',
      body: { title: 'Still works' },
      idempotencyKey: 'key-5',
      csrfToken: session.csrfToken,
    });
    expect(created.status).toBe(201);
  });
});

describe('handler errors', () => {
  it('turns an unexpected exception into a 500 problem', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    withDraftRoutes();
    await signedInAs('dpo');
    const reply = await callApi<ProblemReply>('/test/boom');
    expect(reply.status).toBe(500);
    expect(reply.headers.get('Content-Type')).toContain('application/problem+json');
    expect(reply.body.type).toBe(problemTypes.serverError);
    expect(logged).toHaveBeenCalled();
  });
});

describe('the mock’s latency', () => {
  it('counts from the request’s arrival, so a wait for the seed is part of it, not added to it', () => {
    const request = new Request('http://localhost/api/v1/accounts');
    expect(remainingLatency(request, 100, 1_000)).toBe(100);
    const arrived = 5_000;
    noteArrival(request, arrived);
    expect(remainingLatency(request, 100, arrived + 30)).toBe(70);
    expect(remainingLatency(request, 100, arrived + 250)).toBe(0);
    expect(remainingLatency(new Request('http://localhost/api/v1/accounts'), 100, arrived + 30)).toBe(100);
  });
});
