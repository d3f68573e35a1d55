import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { accountStatuses } from '@/shared/contract/accounts';
import { LightField } from '@/shared/ui/filters/light-field';
import { plainOptions, SelectFilter } from '@/shared/ui/filters/select-filter';
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
    <LightField
      label="Min. risk score"
      width={170}
      error={!valid}
      helperText={valid ? undefined : 'Enter a whole number from 0 to 100'}
    >
      {(id, describedBy) => (
        <input
          id={id}
          type="number"
          min={0}
          max={100}
          step={1}
          value={draft}
          aria-invalid={!valid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </LightField>
  );
}

const statusOptions = plainOptions(accountStatuses);
const countryOptions = markets.map((market) => ({ value: market.code, label: market.name }));

export function AccountsFilterBar({ view, onChange, onClear }: AccountsFilterBarProps) {
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
      <SelectFilter
        label="Status"
        anyLabel="Any status"
        value={view.status}
        options={statusOptions}
        onChange={(status) => {
          onChange({ status });
        }}
        width={150}
      />
      <SelectFilter
        label="Country"
        anyLabel="Any country"
        value={view.country}
        options={countryOptions}
        onChange={(country) => {
          onChange({ country });
        }}
      />
      <RiskMinField
        key={view.riskMin}
        value={view.riskMin}
        onCommit={(riskMin) => {
          onChange({ riskMin });
        }}
      />
      {hasAccountFilters(view) ? (
        <Button onClick={onClear} sx={{ mt: 2.5 }}>
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
