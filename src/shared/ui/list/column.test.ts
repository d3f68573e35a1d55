import { describe, expect, it } from 'vitest';
import { collapseBelow, visibleColumns, type Column } from './column';

const column = (id: string, priority?: 1 | 2 | 3): Column<unknown> => ({
  id,
  header: id,
  render: () => id,
  ...(priority === undefined ? {} : { priority }),
});

const columns = [
  column('severity'),
  column('title', 1),
  column('type', 3),
  column('account', 2),
  column('detected'),
];
const ids = (shown: readonly Column<unknown>[]) => shown.map((each) => each.id);

describe('visibleColumns', () => {
  it('shows every column on a wide table and before the table is measured', () => {
    expect(ids(visibleColumns(columns, collapseBelow[3]))).toEqual(ids(columns));
    expect(ids(visibleColumns(columns, undefined))).toEqual(ids(columns));
  });

  it('collapses priority 3 first, then priority 2, keeping the order; priority 1 never collapses', () => {
    expect(ids(visibleColumns(columns, collapseBelow[3] - 1))).toEqual([
      'severity',
      'title',
      'account',
      'detected',
    ]);
    expect(ids(visibleColumns(columns, collapseBelow[2] - 1))).toEqual(['severity', 'title', 'detected']);
    expect(ids(visibleColumns(columns, 200))).toEqual(['severity', 'title', 'detected']);
  });

  it('keeps the columns the queue triages by at 1024×768 (a table about 750 px wide)', () => {
    expect(collapseBelow[2]).toBeLessThanOrEqual(750);
  });
});
