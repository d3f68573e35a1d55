import { beforeAll, describe, expect, it } from 'vitest';
import { describeUserAgent as describeWith, loadUserAgentParser, type UserAgentParse } from './user-agent';

let parse: UserAgentParse;
beforeAll(async () => {
  parse = await loadUserAgentParser();
});
const describeUserAgent = (userAgent: string) => describeWith(userAgent, parse);

const chrome = 'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0';

describe('describeUserAgent', () => {
  it('names the browser with its major version and the system', () => {
    expect(
      describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0'),
    ).toBe('Firefox 145 · Windows');
    expect(
      describeUserAgent(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${chrome} Safari/537.36 Edg/142.0.0.0`),
    ).toBe('Microsoft Edge 142 · Windows');
    expect(describeUserAgent(`Mozilla/5.0 (Linux; Android 10; K) ${chrome} Mobile Safari/537.36`)).toBe(
      'Chrome 142 · Android',
    );
  });

  it("names the shop's own app and its system", () => {
    expect(describeUserAgent('DigFashions/6.4.0 (iPhone; iOS 26.1; Scale/3.00)')).toBe('DigFashions 6 · iOS');
  });

  it('says nothing for an empty agent and owns up to one it cannot read', () => {
    expect(describeUserAgent('')).toBeNull();
    expect(describeUserAgent('   ')).toBeNull();
    expect(describeUserAgent('\u0001\u0002')).toBe('Unrecognised agent');
  });
});
