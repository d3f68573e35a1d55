import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { accountStatuses } from '@/shared/contract/accounts';
import { hasAccountFilters, type AccountsView } from '../account-filters';
import { markets } from '../markets';

interface AccountsFilterBarProps {
  view: AccountsView;
  onChange: (patch: Partial<AccountsView>) => void;
  onClear: () => void;
}

/** A threshold applies on Enter or when the field is left; out-of-range input is refused with a message. */
function RiskMinField({ value, onCommit }: { value: number; onCommit: (value: number) => void }) {
  const [draft, setDraft] = useState(value > 0 ? String(value) : '');
  const parsed = draft.trim() === '' ? 0 : Number(draft);
  const valid = Number.isInteger(parsed) && parsed >= 0 && parsed <= 100;
  const commit = () => {
    if (valid && parsed !== value) onCommit(parsed);
  };
  return (
    <TextField
      label="Min. risk score"
      type="number"
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      error={!valid}
      helperText={valid ? undefined : 'Enter a whole number from 0 to 100'}
      slotProps={{ htmlInput: { min: 0, max: 100, step: 1 } }}
      sx={{ width: 170 }}
    />
  );
}

export function AccountsFilterBar({ view, onChange, onClear }: AccountsFilterBarProps) {
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
      <TextField
        select
        label="Status"
        value={view.status}
        onChange={(event) => {
          onChange({ status: event.target.value as AccountsView['status'] });
        }}
        sx={{ width: 150 }}
      >
        <MenuItem value="">Any status</MenuItem>
        {accountStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {status}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Country"
        value={view.country}
        onChange={(event) => {
          onChange({ country: event.target.value });
        }}
        sx={{ width: 180 }}
      >
        <MenuItem value="">Any country</MenuItem>
        {markets.map((market) => (
          <MenuItem key={market.code} value={market.code}>
            {market.name}
          </MenuItem>
        ))}
      </TextField>
      <RiskMinField
        key={view.riskMin}
        value={view.riskMin}
        onCommit={(riskMin) => {
          onChange({ riskMin });
        }}
      />
      {hasAccountFilters(view) ? (
        <Button onClick={onClear} sx={{ mt: 0.5 }}>
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
