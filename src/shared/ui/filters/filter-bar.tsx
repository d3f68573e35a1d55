import FilterAltOff from '@mui/icons-material/FilterAltOff';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useId, useState, type ReactNode, type Ref } from 'react';

/**
 * What a list's filter bar takes from its page, for a list whose URL view is `V`: the view, the
 * search text (kept out of the URL until it settles) and its setters, the view's patcher, "Clear",
 * and the search field's ref (for `/`). Each bar adds its own (counts, `autoFocus`, …).
 */
export interface ListFilterBarProps<V> {
  view: V;
  /** The search text, kept out of the URL until it settles. */
  text: string;
  onTextChange: (text: string) => void;
  /** Enter in the search: search at once rather than after the pause. */
  onSearchNow: () => void;
  onChange: (patch: Partial<V>) => void;
  onClear: () => void;
  searchRef: Ref<HTMLInputElement>;
}

interface FilterBarProps {
  /** The search landmark's name, e.g. "Filter the alerts". */
  label: string;
  /** The filters used every day, on the bar's one line (the search first). */
  children: ReactNode;
  /** The less-used filters, folded behind "More filters"; absent when a list has none. */
  more?: ReactNode;
  /** How many of the folded filters are set: the button says so while they are folded. */
  moreCount?: number;
  /** Clears every filter; the button shows only when `canClear`. */
  onClear?: (() => void) | undefined;
  canClear?: boolean;
}

/**
 * A list's filters in one compact bar (a search landmark): the everyday ones on one line, the
 * rest behind a "More filters" button that counts how many of them are set ("More filters (2)")
 * and unfolds them on a second line; "Clear filters" when any is set. Escape in any of its fields
 * returns to the rows (see `LightField`). Renders a form that never submits.
 */
export function FilterBar({
  label,
  children,
  more,
  moreCount = 0,
  onClear,
  canClear = false,
}: FilterBarProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Box
      component="form"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
      }}
      sx={{ mb: 1 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        {children}
        {more ? (
          <Button
            size="small"
            startIcon={<TuneOutlined fontSize="inherit" />}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {moreCount > 0 ? `More filters (${moreCount.toLocaleString()})` : 'More filters'}
          </Button>
        ) : null}
        {onClear && canClear ? (
          <IconButton size="small" aria-label="Clear filters" title="Clear filters" onClick={onClear}>
            <FilterAltOff fontSize="small" />
          </IconButton>
        ) : null}
      </Box>
      {more ? (
        <Box
          id={panelId}
          role="group"
          aria-label="More filters"
          hidden={!open}
          sx={{ display: open ? 'flex' : 'none', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mt: 1 }}
        >
          {more}
        </Box>
      ) : null}
    </Box>
  );
}
