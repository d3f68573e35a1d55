import { describe, expect, it } from 'vitest';
import { enumListParam, readUrlState } from './use-url-state';

const statuses = ['new', 'acknowledged', 'escalated', 'resolved', 'dismissed'] as const;

describe('a list of values in the URL', () => {
  it('keeps every value of a repeated key, and of comma-separated values, in the set’s order', () => {
    const spec = { status: enumListParam(statuses) };
    expect(readUrlState(spec, new URLSearchParams('status=escalated&status=new')).status).toEqual([
      'new',
      'escalated',
    ]);
    expect(readUrlState(spec, new URLSearchParams('status=new,resolved&status=escalated')).status).toEqual([
      'new',
      'escalated',
      'resolved',
    ]);
    expect(readUrlState(spec, new URLSearchParams('status=bogus&status=new')).status).toEqual(['new']);
    expect(spec.status.serialize(['escalated', 'new'])).toBe('new,escalated');
  });

  it('with a fallback, reads an absent key as the fallback and writes "every value" as its own token', () => {
    const status = enumListParam(statuses, { fallback: ['new', 'acknowledged', 'escalated'] });
    const spec = { status };
    expect(readUrlState(spec, new URLSearchParams('')).status).toEqual(['new', 'acknowledged', 'escalated']);
    expect(readUrlState(spec, new URLSearchParams('status=all')).status).toEqual([]);
    expect(status.serialize([])).toBe('all');
    expect(status.serialize(['escalated', 'acknowledged', 'new'])).toBeUndefined();
    expect(status.serialize(['new'])).toBe('new');
  });
});
