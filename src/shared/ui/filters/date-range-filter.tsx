import TextField from '@mui/material/TextField';

interface DateRangeFilterProps {
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
}

export function isReversedRange({ from, to }: { from: string; to: string }): boolean {
  return Boolean(from && to && from > to);
}

/** A day range (native date fields); a range that ends before it starts is flagged, not sent. */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const reversed = isReversedRange({ from, to });
  return (
    <>
      <TextField
        label="From"
        type="date"
        value={from}
        onChange={(event) => {
          onChange({ from: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true } }}
        error={reversed}
      />
      <TextField
        label="To"
        type="date"
        value={to}
        onChange={(event) => {
          onChange({ to: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true } }}
        error={reversed}
        helperText={reversed ? '“To” must be on or after “From”' : undefined}
      />
    </>
  );
}
