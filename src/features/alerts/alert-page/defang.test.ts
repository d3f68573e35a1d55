import { describe, expect, it } from 'vitest';
import { defangUrl } from './defang';

describe('defangUrl', () => {
  it('defangs the scheme and every dot of the host, and keeps the path as it was', () => {
    expect(defangUrl('https://evil.example/x')).toBe('hxxps://evil[.]example/x');
    expect(defangUrl('http://login.shop.evil.example/a.b/c.php?x=1.2#y.z')).toBe(
      'hxxp://login[.]shop[.]evil[.]example/a.b/c.php?x=1.2#y.z',
    );
    expect(defangUrl('HTTPS://Evil.Example')).toBe('HXXPS://Evil[.]Example');
  });

  it('defangs the host of other schemes and of a URL hidden after the first one', () => {
    expect(defangUrl('ftp://files.evil.example/kit.zip')).toBe('ftp://files[.]evil[.]example/kit.zip');
    expect(defangUrl('javascript:alert(1)//https://digfashions-support.example/')).toBe(
      'javascript:alert(1)//hxxps://digfashions-support[.]example/',
    );
    expect(defangUrl('https://user.name@evil.example:8443/p')).toBe(
      'hxxps://user[.]name@evil[.]example:8443/p',
    );
  });

  it('defangs a bare host without a scheme', () => {
    expect(defangUrl('evil.example/login')).toBe('evil[.]example/login');
    expect(defangUrl('not a url')).toBe('not a url');
  });
});
