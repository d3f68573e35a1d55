import { signInRequestSchema, type Session } from '@/shared/contract/session';
import { anonymousActorId } from '@mocks/db/audit/templates';
import { demoPassword, staffByEmail } from '@mocks/db/staff';
import { api } from '@mocks/http/handler';
import { unauthenticated } from '@mocks/http/problems';
import { json, noContent } from '@mocks/http/responses';
import { clearSessionCookieHeader, endSession, issueSession, setSessionCookie } from '@mocks/http/session-token';

export const sessionHandlers = [
  api.get('/session', { family: 'session' }, ({ session }) => {
    const body: Session = { staff: session.staff, csrfToken: session.csrfToken };
    return json(body);
  }),

  // Signing in needs no session and no CSRF token: it is how one gets both.
  api.post('/session', { family: 'session', auth: 'optional', csrf: false }, async (context) => {
    const { email, password } = await context.body(signInRequestSchema);
    const staff = staffByEmail(email);
    if (!staff || password !== demoPassword) {
      // Never the password; and an unknown address is not stored either — people type their
      // password into the email field by mistake.
      context.audit({
        actorId: staff?.id ?? anonymousActorId,
        action: 'session.sign_in_failed',
        targetType: 'session',
        targetId: 'ses_none',
        summary: staff ? 'Failed sign-in: wrong password' : 'Failed sign-in: the email is not a staff account',
      });
      throw unauthenticated('The email or the password is wrong.');
    }
    const session = issueSession(staff);
    context.audit({
      actorId: staff.id,
      action: 'session.sign_in',
      targetType: 'session',
      targetId: session.sessionId,
      summary: 'Signed in',
    });
    const body: Session = { staff, csrfToken: session.csrfToken };
    return json(body, { headers: { 'Set-Cookie': setSessionCookie(session.token) } });
  }),

  // Without a session this still clears the cookie and answers 204: signing out always works.
  api.delete('/session', { family: 'session', auth: 'optional' }, ({ session, audit }) => {
    if (session) {
      endSession(session);
      audit({ action: 'session.sign_out', targetType: 'session', targetId: session.sessionId, summary: 'Signed out' });
    }
    return noContent({ headers: { 'Set-Cookie': clearSessionCookieHeader() } });
  }),
];
