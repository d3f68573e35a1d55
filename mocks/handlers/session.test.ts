import { describe, expect, it } from 'vitest';
import { auditPageSchema } from '@/shared/contract/audit';
import { problemTypes } from '@/shared/contract/common';
import { sessionSchema, type Session } from '@/shared/contract/session';
import type { Page } from '@/shared/contract/common';
import type { AuditEvent } from '@/shared/contract/audit';
import { reloadDb } from '@mocks/db/database';
import { revokeAllSessions } from '@mocks/http/session-token';
import { callApi } from '@mocks/scenarios/call-api';
import { pinClock } from '@mocks/scenarios/clock';
import { signedInAs } from '@mocks/scenarios/session';

async function signIn(email: string, password = 'demo') {
  return callApi<Session>('/session', { method: 'POST', body: { email, password } });
}

async function auditAsDpo(query: string): Promise<Page<AuditEvent>> {
  const dpo = await signIn('dpo@digfashions.example');
  const reply = await callApi(`/audit-events?${query}`, { csrfToken: dpo.body.csrfToken });
  expect(reply.status).toBe(200);
  return auditPageSchema.parse(reply.body);
}

describe('session', () => {
  it('answers 401 problem+json without a session', async () => {
    const reply = await callApi<{ type: string; status: number }>('/session');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('Content-Type')).toContain('application/problem+json');
    expect(reply.body.type).toBe(problemTypes.unauthenticated);
  });

  it('signs in, keeps the session for later requests, and signs out everywhere', async () => {
    const signedIn = await signIn('Analyst@DigFashions.example');
    expect(signedIn.status).toBe(200);
    const session = sessionSchema.parse(signedIn.body);
    expect(session.staff).toMatchObject({ email: 'analyst@digfashions.example', roles: ['security_analyst'] });
    expect(document.cookie).toMatch(/pc_session=stf_/);

    const current = await callApi<Session>('/session');
    expect(current.status).toBe(200);
    expect(current.body).toEqual(session);

    const staff = await callApi('/staff');
    expect(staff.status).toBe(200);

    const signedOut = await callApi('/session', { method: 'DELETE', csrfToken: session.csrfToken });
    expect(signedOut.status).toBe(204);
    expect(document.cookie).not.toMatch(/pc_session=/);
    expect((await callApi('/session')).status).toBe(401);
  });

  it('refuses sign-out without the CSRF token while signed in', async () => {
    await signIn('legal@digfashions.example');
    const reply = await callApi<{ type: string }>('/session', { method: 'DELETE' });
    expect(reply.status).toBe(403);
    expect(reply.body.type).toBe(problemTypes.csrf);
    expect((await callApi('/session')).status).toBe(200);
  });

  it('answers 401 on a wrong password or an unknown email, and sets no cookie', async () => {
    expect((await signIn('support@digfashions.example', 'wrong')).status).toBe(401);
    expect((await signIn('nobody@digfashions.example')).status).toBe(401);
    expect(document.cookie).not.toMatch(/pc_session=/);
  });

  it('answers 400 with field errors when the email is missing', async () => {
    const reply = await callApi<{ errors: { field: string }[] }>('/session', { method: 'POST', body: { password: 'demo' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((error) => error.field)).toContain('email');
  });

  it('audits sign-in, failed sign-in (without the password) and sign-out', async () => {
    pinClock('2026-11-25T09:00:00Z');
    await signIn('support@digfashions.example', 'hunter2-secret');
    const support = await signIn('support@digfashions.example');
    await callApi('/session', { method: 'DELETE', csrfToken: support.body.csrfToken });
    await signIn('someone@elsewhere.example', 'typed-by-mistake');

    const log = await auditAsDpo('from=2026-11-25T08:59:00Z&sort=at:asc');
    const actions = log.items.map((event) => [event.action, event.actorId]);
    expect(actions).toEqual([
      ['session.sign_in_failed', support.body.staff.id],
      ['session.sign_in', support.body.staff.id],
      ['session.sign_out', support.body.staff.id],
      ['session.sign_in_failed', 'anonymous'],
      ['session.sign_in', 'stf_6f4w8x'],
    ]);
    const [, signInEvent, signOutEvent] = log.items;
    expect(signInEvent?.at).toBe('2026-11-25T09:00:00.000Z');
    expect(signOutEvent?.targetId).toBe(signInEvent?.targetId);
    const written = JSON.stringify(log.items);
    expect(written).not.toContain('hunter2');
    expect(written).not.toContain('typed-by-mistake');
    expect(written).not.toContain('someone@elsewhere');
  });

  it('survives a rebuild of the mock (a reload or another tab): the cookie carries the session', async () => {
    const session = await signIn('dpo@digfashions.example');
    reloadDb();
    const current = await callApi<Session>('/session');
    expect(current.status).toBe(200);
    expect(current.body.csrfToken).toBe(session.body.csrfToken);
    // What was written before the rebuild is replayed from the journal.
    const log = await callApi<Page<AuditEvent>>('/audit-events?action=session.sign_in&pageSize=1');
    expect(log.body.items[0]?.targetId).toMatch(/^ses_/);
  });

  it('rejects a forged or revoked cookie', async () => {
    document.cookie = 'pc_session=stf_6f4w8x.ses_000000.0.forged; Path=/';
    expect((await callApi('/session')).status).toBe(401);

    await signIn('dpo@digfashions.example');
    revokeAllSessions();
    expect((await callApi('/session')).status).toBe(401);
  });

  it('sends no session for credentials: omit', async () => {
    await signIn('dpo@digfashions.example');
    const response = await fetch('/api/v1/session', { credentials: 'omit' });
    expect(response.status).toBe(401);
  });

  it('signedInAs starts a test signed in without a request', async () => {
    const session = await signedInAs('privacy_officer');
    expect(session.staff.email).toBe('dpo@digfashions.example');
    const current = await callApi<Session>('/session');
    expect(current.body).toEqual(session);
  });
});
