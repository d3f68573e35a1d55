import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import type { Column } from './column';

/** The latest callbacks of the table, read by memoized rows at event time. */
export interface RowHandlers<T> {
  open?: ((row: T) => void) | undefined;
  toggle: (key: string, range: boolean) => void;
}

interface ListRowProps<T> {
  row: T;
  rowId: string;
  columns: readonly Column<T>[];
  selected: boolean;
  /** The keyboard cursor is on this row (marked `data-cursor`, outlined by the theme). */
  cursor: boolean;
  /** The checkbox's name; absent when the list has no selection. */
  selectLabel: string | undefined;
  keyboard: boolean;
  openable: boolean;
  checkboxStyle: CSSProperties;
  handlers: RefObject<RowHandlers<T>>;
}

function ListRowBody<T>({
  row,
  rowId,
  columns,
  selected,
  cursor,
  selectLabel,
  keyboard,
  openable,
  checkboxStyle,
  handlers,
}: ListRowProps<T>) {
  const selectable = selectLabel !== undefined;
  return (
    <TableRow
      data-row-key={rowId}
      hover
      selected={selected}
      data-cursor={cursor || undefined}
      aria-selected={selectable ? selected : undefined}
      tabIndex={keyboard ? 0 : undefined}
      sx={openable ? { cursor: 'pointer' } : undefined}
      onClick={
        openable
          ? () => {
              handlers.current.open?.(row);
            }
          : undefined
      }
      onKeyDown={
        openable
          ? (event) => {
              // Only the row itself: Enter on a link inside it follows the link.
              if (event.target !== event.currentTarget) return;
              if (event.key === 'Enter' || event.key === 'o') handlers.current.open?.(row);
            }
          : undefined
      }
    >
      {selectable ? (
        <TableCell
          padding="checkbox"
          onClick={(event: MouseEvent) => {
            // The checkbox cell selects; it never opens the row.
            event.stopPropagation();
          }}
        >
          <input
            type="checkbox"
            style={checkboxStyle}
            checked={selected}
            tabIndex={-1}
            aria-label={selectLabel}
            onClick={(event: MouseEvent) => {
              handlers.current.toggle(rowId, event.shiftKey);
            }}
            // The click above decides (it knows about Shift); the change only follows it.
            onChange={() => undefined}
          />
        </TableCell>
      ) : null}
      {columns.map((column, index) => {
        const full = column.fullText?.(row);
        return full === undefined ? (
          <TableCell key={column.id} align={column.align} data-nowrap={column.noWrap ? '' : undefined}>
            {column.render(row)}
          </TableCell>
        ) : (
          <TableCell key={column.id} align={column.align} title={full} data-truncate="">
            {/* On the focused row the whole text shows over the cells after it (see PagedTable). */}
            <span style={{ zIndex: columns.length - index }}>{column.render(row)}</span>
          </TableCell>
        );
      })}
    </TableRow>
  );
}

/**
 * One row of a list: re-renders only when its own data or selection changes (a page of 200 stays
 * cheap while counts arrive or the selection moves) and reaches the latest callbacks through
 * `handlers`. Click or Enter/`o` on the row opens it; the checkbox (when selectable) toggles it.
 */
export const ListRow = memo(ListRowBody) as typeof ListRowBody;
