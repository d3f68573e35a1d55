import Typography from '@mui/material/Typography';

interface ListCountProps {
  /** Rows matching the view; `undefined` until the first reply (the line keeps its height). */
  total: number | undefined;
  /** Singular and plural, e.g. `['alert', 'alerts']`. */
  noun: readonly [one: string, many: string];
  /** On a table's own line (`PagedTable`'s toolbar): no margin below. */
  inline?: boolean;
}

/** "1,234 alerts" above a list, announced politely when it changes. */
export function ListCount({ total, noun, inline = false }: ListCountProps) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: inline ? 0 : 1 }} aria-live="polite">
      {total === undefined ? ' ' : `${total.toLocaleString()} ${total === 1 ? noun[0] : noun[1]}`}
    </Typography>
  );
}
