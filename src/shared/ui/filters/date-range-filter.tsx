import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { timeZoneLabel } from '@/shared/lib/format';
import { LightField, type LabelPlacement } from './light-field';

interface DateRangeFilterProps {
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
  /** `start` in a compact bar: each label before its field, on one line. */
  labelPlacement?: LabelPlacement | undefined;
}

export function isReversedRange({ from, to }: { from: string; to: string }): boolean {
  return Boolean(from && to && from > to);
}

/**
 * A day range (native date fields, `YYYY-MM-DD`); a range that ends before it starts is flagged,
 * not sent. Days are the staff member's days in the browser's time zone, which a caption names.
 */
export function DateRangeFilter({ from, to, onChange, labelPlacement }: DateRangeFilterProps) {
  const inline = labelPlacement === 'start';
  const reversed = isReversedRange({ from, to });
  // The zone's offset as of opening the view (a daylight-saving change mid-session is rare).
  const [zone] = useState(() => timeZoneLabel(Date.now()));
  return (
    <>
      <LightField label="From" width={inline ? 200 : 160} error={reversed} labelPlacement={labelPlacement}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={from}
            aria-invalid={reversed || undefined}
            onChange={(event) => {
              onChange({ from: event.target.value });
            }}
          />
        )}
      </LightField>
      <LightField
        label="To"
        width={inline ? 200 : 160}
        labelPlacement={labelPlacement}
        error={reversed}
        helperText={reversed ? '“To” must be on or after “From”' : undefined}
      >
        {(id, describedBy) => (
          <input
            id={id}
            type="date"
            value={to}
            aria-invalid={reversed || undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({ to: event.target.value });
            }}
          />
        )}
      </LightField>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ mt: inline ? 0 : 3, alignSelf: inline ? 'center' : undefined }}
      >
        Days and times in {zone}
      </Typography>
    </>
  );
}
