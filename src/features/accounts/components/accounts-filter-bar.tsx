import { useState, type ReactNode } from 'react';
import { accountStatuses } from '@/shared/contract/accounts';
import { FilterBar } from '@/shared/ui/filters/filter-bar';
import { LightField } from '@/shared/ui/filters/light-field';
import { plainOptions, SelectFilter } from '@/shared/ui/filters/select-filter';
import { hasAccountFilters, type AccountsView } from '../account-filters';
import { markets } from '../markets';

interface AccountsFilterBarProps {
  view: AccountsView;
  onChange: (patch: Partial<AccountsView>) => void;
  onClear: () => void;
  /** The search field, first on the bar. */
  search: ReactNode;
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
      width={200}
      labelPlacement="start"
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

/**
 * The accounts list's one filter bar: search, status and country on its line; the risk threshold
 * folded behind "More filters" (counted when set).
 */
export function AccountsFilterBar({ view, onChange, onClear, search }: AccountsFilterBarProps) {
  return (
    <FilterBar
      label="Filter the accounts"
      canClear={hasAccountFilters(view)}
      onClear={onClear}
      moreCount={view.riskMin > 0 ? 1 : 0}
      more={
        <RiskMinField
          key={view.riskMin}
          value={view.riskMin}
          onCommit={(riskMin) => {
            onChange({ riskMin });
          }}
        />
      }
    >
      {search}
      <SelectFilter
        labelPlacement="start"
        label="Status"
        anyLabel="Any status"
        value={view.status}
        options={statusOptions}
        onChange={(status) => {
          onChange({ status });
        }}
        width={200}
      />
      <SelectFilter
        labelPlacement="start"
        label="Country"
        anyLabel="Any country"
        value={view.country}
        options={countryOptions}
        onChange={(country) => {
          onChange({ country });
        }}
        width={240}
      />
    </FilterBar>
  );
}
