import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { PressedButton } from '../pressed-button';

export interface ToggleChipsProps<V extends string> {
  label: string;
  /** The group's name is for screen readers only (the chips say what they filter). */
  hideLabel?: boolean;
  values: readonly V[];
  chosen: readonly V[];
  name: (value: V) => string;
  onChange: (next: V[]) => void;
}

/**
 * A multi-value filter as a named group of toggle buttons (`aria-pressed`), one per value of
 * `values` in their order, each named by `name(value)`; `chosen` are those pressed (none pressed:
 * the list is not filtered by it). A press calls `onChange` with the next choice, in the order
 * pressed. The group's `label` shows before the buttons unless `hideLabel`. Throws nothing.
 */
export function ToggleChips<V extends string>({
  label,
  values,
  chosen,
  name,
  onChange,
  hideLabel = false,
}: ToggleChipsProps<V>) {
  return (
    <Box
      role="group"
      aria-label={label}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center' }}
    >
      {hideLabel ? null : (
        <Typography variant="body2" component="span" color="text.secondary" sx={{ mr: 0.5 }} aria-hidden>
          {label}
        </Typography>
      )}
      {values.map((value) => {
        const on = chosen.includes(value);
        return (
          <PressedButton
            key={value}
            type="button"
            aria-pressed={on}
            onClick={() => {
              onChange(on ? chosen.filter((each) => each !== value) : [...chosen, value]);
            }}
          >
            {name(value)}
          </PressedButton>
        );
      })}
    </Box>
  );
}
