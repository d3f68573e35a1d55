import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { filter, parseListQuery } from '@mocks/http/list-query';
import { reloadDb, resetDb } from './database';
import { defineTable } from './table';

/** A toy small family: the template's behaviour, apart from any one resource's rules. */
interface Recipient {
  id: string;
  name: string;
  category: 'processor' | 'authority';
  since: number;
}

const recipientRecord = z.object({ type: z.literal('rename'), id: z.string(), name: z.string() });

const recipients = defineTable({
  name: 'test-recipients',
  schema: z.discriminatedUnion('type', [
    recipientRecord,
    z.object({
      type: z.literal('add'),
      recipient: z.object({
        id: z.string(),
        name: z.string(),
        category: z.enum(['processor', 'authority']),
        since: z.number(),
      }),
    }),
  ]),
  seed: (context): Recipient[] => {
    const random = context.random('recipients');
    return ['Émile Logistics', 'emma payments', 'Zeta Mail', 'Alpha Hosting', 'Tax office'].map(
      (name, index) => ({
        id: `rcp_${String(index)}`,
        name,
        category: name === 'Tax office' ? 'authority' : 'processor',
        since: random.int(0, 2) * 1000,
      }),
    );
  },
  apply(state, record) {
    if (record.type === 'add') {
      state.insert({ ...record.recipient });
      return;
    }
    const row = state.byId.get(record.id);
    if (row) row.name = record.name;
  },
  list: {
    filters: { category: filter.oneOf(['processor', 'authority']), q: filter.text() },
    sortable: ['name', 'since'],
    defaultSort: { field: 'name', direction: 'asc' },
    match: (row, { category, q }) =>
      (category === undefined || row.category === category) &&
      (q === undefined || row.name.toLowerCase().includes(q.toLowerCase())),
    sortKeys: { name: (row) => row.name, since: (row) => row.since },
    tieOrder: (a, b) => b.id.localeCompare(a.id),
  },
});

function query(search: string) {
  return recipients.query(parseListQuery(new URL(`http://mock/list${search}`), recipients.listSpec));
}

describe('defineTable', () => {
  it('seeds plain rows on first use and finds one by id', () => {
    expect(recipients.rows().map((row) => row.id)).toEqual(['rcp_0', 'rcp_1', 'rcp_2', 'rcp_3', 'rcp_4']);
    expect(recipients.find('rcp_4')?.name).toBe('Tax office');
    expect(recipients.find('rcp_9')).toBeUndefined();
  });

  it('answers the contract’s page shape: filters, the default sort (names as English readers sort them), paging', () => {
    expect(query('').items.map((row) => row.name)).toEqual([
      'Alpha Hosting',
      'Émile Logistics',
      'emma payments',
      'Tax office',
      'Zeta Mail',
    ]);
    expect(query('?category=processor&pageSize=2&page=2')).toMatchObject({
      items: [{ name: 'emma payments' }, { name: 'Zeta Mail' }],
      page: 2,
      pageSize: 2,
      total: 4,
    });
    expect(query('?q=MAIL').items.map((row) => row.id)).toEqual(['rcp_2']);
    expect(query('?page=9')).toMatchObject({ items: [], total: 5 });
  });

  it('keeps ties in the tie order, in either direction', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const rows = query(`?sort=since:${direction}`).items;
      const since = rows.map((row) => row.since);
      expect(since).toEqual([...since].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
      rows.forEach((row, index) => {
        const next = rows[index + 1];
        if (next?.since === row.since) expect(row.id > next.id).toBe(true);
      });
    }
  });

  it('changes rows only through commit, and a reload replays the journal in order', () => {
    recipients.commit({ type: 'rename', id: 'rcp_0', name: 'Emile Freight' });
    recipients.commit({
      type: 'add',
      recipient: { id: 'rcp_5', name: 'Beta Analytics', category: 'processor', since: 0 },
    });
    recipients.commit({
      type: 'add',
      recipient: { id: 'rcp_5', name: 'A duplicate', category: 'processor', since: 0 },
    });
    reloadDb();
    expect(recipients.find('rcp_0')?.name).toBe('Emile Freight');
    expect(recipients.rows()).toHaveLength(6);
    expect(recipients.find('rcp_5')?.name).toBe('Beta Analytics');
    resetDb();
    expect(recipients.find('rcp_0')?.name).toBe('Émile Logistics');
    expect(recipients.rows()).toHaveLength(5);
  });
});
