import { getDomain as publicSuffixListDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from './registrable-domain';

describe('the demo build’s stand-in for tldts', () => {
  it('answers as the public suffix list does for the hosts the demo is served from', () => {
    for (const host of [
      '127.0.0.1',
      'localhost',
      '::1',
      'console.digfashions.example',
      'privacy-console.digfashions.com',
      'digfashions.com',
      'review-42.console.example.org',
    ]) {
      expect(getDomain(host), host).toBe(
        publicSuffixListDomain(host, { allowIcannDomains: true, allowPrivateDomains: true }),
      );
    }
  });
});
