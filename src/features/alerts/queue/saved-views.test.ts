import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { noQueueFilters } from './queue-view';
import { builtInViews, savedViewsStorageKey, useOwnViews } from './saved-views';

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

describe('own views kept in the browser', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('keep their statuses across the queue opening on the open alerts: a view stored without status meant every status', () => {
    const staffId = 'stf_test01';
    // Stored before the queue opened on the open alerts: no `status` meant "every status".
    localStorage.setItem(
      savedViewsStorageKey(staffId),
      JSON.stringify([{ id: 'v1', name: 'Critical', filters: 'severity=critical' }]),
    );
    const { result } = renderHook(() => useOwnViews(staffId));
    expect(result.current.views[0]?.filters).toMatchObject({ status: [], severity: ['critical'] });

    // A view saved on the open alerts stays on the open alerts, and one on every status stays there.
    act(() => {
      result.current.save('Open criticals', { ...noQueueFilters, severity: ['critical'] });
      result.current.save('All criticals', { ...noQueueFilters, status: [], severity: ['critical'] });
    });
    const byName = new Map(result.current.views.map((view) => [view.name, view.filters.status]));
    expect(byName.get('Open criticals')).toEqual(['new', 'acknowledged', 'escalated']);
    expect(byName.get('All criticals')).toEqual([]);
  });
});
