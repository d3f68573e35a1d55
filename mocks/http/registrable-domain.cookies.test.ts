import { CookieJar } from 'tough-cookie';
import { describe, expect, it, vi } from 'vitest';
import { clearSessionCookieHeader, sessionCookieName, setSessionCookie } from './session-token';

// As in the demo build (`vite.config.ts`): MSW's cookie jar without the public suffix list.
vi.mock('tldts', () => import('./registrable-domain'));

describe('MSW’s cookie jar with the demo build’s stand-in for tldts', () => {
  it.each([
    'http://127.0.0.1:4173',
    'http://localhost:5173',
    'https://console.digfashions.example',
    'https://console.digfashions.co.uk',
  ])('keeps the mock’s session cookie on %s, and only there, until sign-out clears it', async (origin) => {
    const jar = new CookieJar();
    await jar.setCookie(setSessionCookie('token-1'), `${origin}/api/v1/session`);
    expect(await jar.getCookieString(`${origin}/api/v1/accounts?page=2`)).toBe(`${sessionCookieName}=token-1`);
    expect(await jar.getCookieString('https://elsewhere.example/api/v1/accounts')).toBe('');
    await jar.setCookie(clearSessionCookieHeader(), `${origin}/api/v1/session`);
    expect(await jar.getCookieString(`${origin}/api/v1/accounts`)).toBe('');
  });
});
