import { within } from '@testing-library/react';

/** The data rows of a list's table (rows with a `data-row-key`), in order. */
export function rows(table: HTMLElement): HTMLTableRowElement[] {
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row-key]')];
}

/** The key (record id) of the row at `index`; throws when there is no such row. */
export function idOf(table: HTMLElement, index: number): string {
  const key = rows(table)[index]?.dataset.rowKey;
  if (!key) throw new Error(`No row ${String(index)}`);
  return key;
}

/** The selection checkbox of the row whose key is `id`; throws when there is no such row. */
export function checkboxOf(table: HTMLElement, id: string): HTMLElement {
  const row = table.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
  if (!row) throw new Error(`No row ${id}`);
  return within(row).getByRole('checkbox');
}
