import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type * as ClockModule from '@mocks/clock';
import type * as DatabaseModule from '@mocks/db/database';
import type * as SeedingModule from '@mocks/start-seeding';

/**
 * The demo's times stay put: the seed anchor and the clock's offset are kept in the browser with
 * the data, so a record seeded "3 days ago" names the same instant on every reload and in every
 * tab, and only "Reset demo data" starts a new anchor. Each "page" here is a fresh copy of the
 * mock's modules (as a reload or another tab has), sharing this window's localStorage.
 */

interface Page {
  clock: typeof ClockModule;
  database: typeof DatabaseModule;
  startSeeding: typeof SeedingModule.startSeeding;
  /** The anchor this page's `probe` family was seeded with (what every seeded time is offset from). */
  seededAnchor(): number;
}

const anchoredSchema = z.object({ anchor: z.number() });

/** A fresh page load at `now` (the clock pinned there), with the browser's persistence on. */
async function loadPage(now: string): Promise<Page> {
  vi.resetModules();
  const clock = await import('@mocks/clock');
  const database = await import('@mocks/db/database');
  const { startSeeding } = await import('@mocks/start-seeding');
  clock.clock.pin(now);
  const probe = database.defineFamily({
    name: 'probe',
    seed: (context) => ({ anchor: context.anchor }),
    record: z.never(),
    apply: () => undefined,
  });
  return { clock, database, startSeeding, seededAnchor: () => anchoredSchema.parse(probe.state()).anchor };
}

const channels: BroadcastChannel[] = [];

/** A stand-in for the seed worker: records what the page asks it for, answers nothing. */
class RecordingWorker extends EventTarget {
  static requests: unknown[] = [];
  postMessage(message: unknown): void {
    RecordingWorker.requests.push(message);
  }
  terminate(): void {
    // Nothing runs.
  }
}

beforeEach(() => {
  localStorage.clear();
  RecordingWorker.requests = [];
  vi.stubGlobal('Worker', RecordingWorker);
  // Keep hold of the pages' journal channels so they can be closed after the test.
  const Channel = globalThis.BroadcastChannel;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends Channel {
      constructor(name: string) {
        super(name);
        channels.push(this);
      }
    },
  );
});

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  vi.unstubAllGlobals();
  localStorage.clear();
  vi.resetModules();
});

describe('the demo seed anchor', () => {
  it('stays the first page’s on a reload days later, while the clock reads real time', async () => {
    const first = await loadPage('2026-11-25T09:00:00Z');
    first.startSeeding();
    expect(first.seededAnchor()).toBe(Date.parse('2026-11-25T09:00:00Z'));

    const reload = await loadPage('2026-11-28T09:00:00Z');
    reload.startSeeding();
    // The seed worker is asked for the packs of the stored anchor, not of the reload's time.
    expect(RecordingWorker.requests.at(-1)).toMatchObject({ anchor: Date.parse('2026-11-25T09:00:00Z') });
    expect(reload.seededAnchor()).toBe(Date.parse('2026-11-25T09:00:00Z'));
    expect(reload.clock.clock.now()).toBe(Date.parse('2026-11-28T09:00:00Z'));
  });

  it('is shared by a second tab opened later', async () => {
    const first = await loadPage('2026-11-25T09:00:00Z');
    first.startSeeding();
    first.seededAnchor();

    const otherTab = await loadPage('2026-11-25T17:30:00Z');
    otherTab.startSeeding();
    expect(otherTab.seededAnchor()).toBe(Date.parse('2026-11-25T09:00:00Z'));
  });

  it('starts again from now after "Reset demo data", in this tab and the other open ones', async () => {
    const tab = await loadPage('2026-11-25T09:00:00Z');
    tab.startSeeding();
    await tab.database.openDb({ persist: true });
    tab.seededAnchor();

    const otherTab = await loadPage('2026-11-25T09:00:00Z');
    otherTab.startSeeding();
    await otherTab.database.openDb({ persist: true });
    expect(otherTab.seededAnchor()).toBe(Date.parse('2026-11-25T09:00:00Z'));

    tab.clock.clock.pin('2026-11-27T12:00:00Z');
    await tab.database.resetDemoData();
    expect(tab.seededAnchor()).toBe(Date.parse('2026-11-27T12:00:00Z'));
    // The other tab's own clock is not asked: it takes the anchor the resetting tab fixed.
    otherTab.clock.clock.pin('2026-11-27T12:00:05Z');
    await expect.poll(() => otherTab.database.isDbSeeded()).toBe(false);
    expect(otherTab.seededAnchor()).toBe(Date.parse('2026-11-27T12:00:00Z'));

    const reload = await loadPage('2026-11-30T08:00:00Z');
    reload.startSeeding();
    expect(reload.seededAnchor()).toBe(Date.parse('2026-11-27T12:00:00Z'));
  });

  it('is not kept outside the browser entry: a reset in tests anchors at the clock’s time then', async () => {
    const page = await loadPage('2026-11-25T09:00:00Z');
    expect(page.seededAnchor()).toBe(Date.parse('2026-11-25T09:00:00Z'));
    page.clock.clock.pin('2026-12-01T09:00:00Z');
    page.database.resetDb();
    page.clock.clock.advance(60_000);
    expect(page.seededAnchor()).toBe(Date.parse('2026-12-01T09:01:00Z'));
    expect(localStorage.getItem(page.database.seedAnchorStorageKey)).toBeNull();
  });
});

describe('the demo clock', () => {
  it('keeps a presenter’s advance across a reload and runs on in real time from it', async () => {
    const first = await loadPage('2026-11-25T09:00:00Z');
    first.startSeeding();
    first.clock.clock.reset();
    first.clock.clock.advance(3 * 86_400_000);
    const advancedAt = Date.now();
    expect(first.clock.clock.now()).toBeGreaterThanOrEqual(advancedAt + 3 * 86_400_000);

    const reload = await loadPage('2026-11-25T09:00:00Z');
    reload.clock.clock.reset();
    reload.startSeeding();
    // Not pinned: real time plus the kept offset.
    expect(reload.clock.clock.isPinned()).toBe(false);
    const now = reload.clock.clock.now() - Date.now();
    expect(Math.abs(now - 3 * 86_400_000)).toBeLessThan(5_000);
  });
});
