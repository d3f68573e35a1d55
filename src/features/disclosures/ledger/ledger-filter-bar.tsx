import { useQuery } from '@tanstack/react-query';
import { disclosureKinds, legalBases, recipientCategories } from '@/shared/contract/disclosures';
import { textLimits } from '@/shared/contract/limits';
import { DateRangeFilter } from '@/shared/ui/filters/date-range-filter';
import { FilterBar, type ListFilterBarProps } from '@/shared/ui/filters/filter-bar';
import { SelectFilter } from '@/shared/ui/filters/select-filter';
import { TextFilter } from '@/shared/ui/filters/text-filter';
import { focusFirstRow } from '@/shared/ui/list/row-keyboard';
import { disclosureQueries } from '../api/queries';
import { disclosureKindLabels, legalBasisLabels, recipientCategoryLabels } from '../disclosure-labels';
import { hasLedgerFilters, type LedgerView } from './ledger-view';

/** Typing in the search settles this long before the list follows; Enter searches at once. */
export const ledgerSearchDebounceMs = 250;

const categoryOptions = recipientCategories.map((value) => ({
  value,
  label: recipientCategoryLabels[value],
}));
const kindOptions = disclosureKinds.map((value) => ({ value, label: disclosureKindLabels[value] }));
const basisOptions = legalBases.map((value) => ({ value, label: legalBasisLabels[value] }));
const crossBorderOptions = [
  { value: 'yes', label: 'Cross-border only' },
  { value: 'no', label: 'Within the country' },
] as const;

interface LedgerFilterBarProps extends ListFilterBarProps<LedgerView> {
  /** Coming Back to a row, the search must not take the focus. */
  autoFocus: boolean;
}

/**
 * The ledger's filters in one compact bar: the search, the recipient and the legal basis on the
 * bar's line (one line at 1024 px); the recipient's category, kind, cross border and the days
 * folded behind "More filters", which counts those that are set.
 */
export function LedgerFilterBar({
  view,
  text,
  onTextChange,
  onSearchNow,
  onChange,
  onClear,
  searchRef,
  autoFocus,
}: LedgerFilterBarProps) {
  const recipients = useQuery(disclosureQueries.recipients());
  const recipientOptions = (recipients.data ?? []).map((recipient) => ({
    value: recipient.id,
    label: recipient.name,
  }));
  const knownRecipient = recipientOptions.some((option) => option.value === view.recipientId);
  const moreCount =
    (view.recipientCategory ? 1 : 0) +
    (view.kind ? 1 : 0) +
    (view.crossBorder ? 1 : 0) +
    (view.from || view.to ? 1 : 0);
  return (
    <FilterBar
      label="Filter the disclosures"
      canClear={hasLedgerFilters(view, text)}
      onClear={onClear}
      moreCount={moreCount}
      more={
        <>
          <SelectFilter
            label="Recipient category"
            anyLabel="Any category"
            labelPlacement="start"
            width={280}
            value={view.recipientCategory}
            options={categoryOptions}
            onChange={(recipientCategory) => {
              onChange({ recipientCategory });
            }}
          />
          <SelectFilter
            label="Kind"
            anyLabel="Any kind"
            labelPlacement="start"
            width={220}
            value={view.kind}
            options={kindOptions}
            onChange={(kind) => {
              onChange({ kind });
            }}
          />
          <SelectFilter
            label="Cross-border"
            anyLabel="Either"
            labelPlacement="start"
            width={240}
            value={view.crossBorder}
            options={crossBorderOptions}
            onChange={(crossBorder) => {
              onChange({ crossBorder });
            }}
          />
          <DateRangeFilter from={view.from} to={view.to} onChange={onChange} labelPlacement="start" />
        </>
      }
    >
      <TextFilter
        label="Search disclosures"
        placeholder="Search: recipient, purpose or dis_…"
        value={text}
        onCommit={onTextChange}
        commitOn="change"
        onEnter={onSearchNow}
        inputRef={searchRef}
        autoFocus={autoFocus}
        search
        maxLength={textLimits.search}
        labelPlacement="hidden"
        width={220}
        onArrowDown={() => focusFirstRow('Disclosures')}
      />
      <SelectFilter
        label="Recipient"
        anyLabel="Any recipient"
        labelPlacement="hidden"
        width={180}
        // A recipient id the list does not hold (yet) keeps its filter; the select shows "any".
        value={knownRecipient ? view.recipientId : ''}
        options={recipientOptions}
        onChange={(recipientId) => {
          onChange({ recipientId });
        }}
      />
      <SelectFilter
        label="Legal basis"
        anyLabel="Any legal basis"
        labelPlacement="hidden"
        width={170}
        value={view.legalBasis}
        options={basisOptions}
        onChange={(legalBasis) => {
          onChange({ legalBasis });
        }}
      />
    </FilterBar>
  );
}
