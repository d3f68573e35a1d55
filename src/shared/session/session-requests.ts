import { isApiError } from '@/shared/api/api-error';
import { request, setCsrfToken } from '@/shared/api/http-client';
import { sessionSchema, type Session, type SignInRequest } from '@/shared/contract/session';

/** The current session, or `null` when nobody is signed in (a 401 is an answer here, not a fault). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await request({ path: '/session', schema: sessionSchema, signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.isUnauthenticated) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signIn(body: SignInRequest): Promise<Session> {
  const session = await request({ method: 'POST', path: '/session', body, schema: sessionSchema });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await request({ method: 'DELETE', path: '/session' });
  } finally {
    setCsrfToken(null);
  }
}
