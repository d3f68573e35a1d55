import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInViews } from './saved-views';

// An analyst in Tokyo half an hour after local midnight: the UTC day is still the previous one.
const previousZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = previousZone;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('"New today"', () => {
  it('starts at the analyst’s own midnight, not at UTC midnight', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T15:30:00Z'), toFake: ['Date'] });
    const newToday = builtInViews().find((view) => view.id === 'new-today');
    expect(newToday?.filters).toMatchObject({ status: ['new'], from: '2026-11-26' });
  });
});
