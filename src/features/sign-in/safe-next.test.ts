import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const origin = 'https://console.digfashions.example';

describe('safeNext', () => {
  it('keeps a path of the console with its query and hash', () => {
    expect(safeNext('/alerts?status=new#top', origin)).toBe('/alerts?status=new#top');
    expect(safeNext('/accounts/acc_ele67v/consent', origin)).toBe('/accounts/acc_ele67v/consent');
  });

  it.each([
    ['absent', null],
    ['another origin', 'https://evil.example/x'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash the browser reads as a slash', '/\\evil.example/x'],
    ['a backslash after the slashes', '/\\/evil.example'],
    ['a tab inside the slashes', '/\t/evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'alerts'],
    ['an empty value', ''],
  ])('sends %s to the home page', (_label, next) => {
    expect(safeNext(next, origin)).toBe('/');
  });
});
