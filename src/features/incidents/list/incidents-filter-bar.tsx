import {
  incidentSeverities,
  incidentStatuses,
  type IncidentSeverity,
  type IncidentStatus,
} from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { FilterBar, type ListFilterBarProps } from '@/shared/ui/filters/filter-bar';
import { TextFilter } from '@/shared/ui/filters/text-filter';
import { ToggleChips } from '@/shared/ui/filters/toggle-chips';
import { incidentSeverityLabels, incidentStatusLabels } from '../incident-labels';
import { hasIncidentFilters, type IncidentListView } from './incident-list-view';

/** Typing in the search settles this long before the list follows. */
export const incidentSearchDebounceMs = 250;

interface IncidentsFilterBarProps extends ListFilterBarProps<IncidentListView> {
  autoFocus?: boolean;
}

/**
 * The incidents list's filters: search and status on the bar's line (no status chosen: every
 * status), severity behind "More filters". Statuses and severities go to the URL.
 */
export function IncidentsFilterBar({
  view,
  text,
  onTextChange,
  onSearchNow,
  onChange,
  onClear,
  searchRef,
  autoFocus = false,
}: IncidentsFilterBarProps) {
  return (
    <FilterBar
      label="Filter the incidents"
      canClear={hasIncidentFilters(view, text)}
      onClear={onClear}
      moreCount={view.severity.length > 0 ? 1 : 0}
      more={
        <ToggleChips<IncidentSeverity>
          hideLabel
          label="Severity"
          values={[...incidentSeverities].reverse()}
          chosen={view.severity}
          name={(severity) => incidentSeverityLabels[severity]}
          onChange={(severity) => {
            onChange({ severity });
          }}
        />
      }
    >
      <TextFilter
        label="Search incidents"
        placeholder="Search: title or inc_…"
        value={text}
        onCommit={onTextChange}
        commitOn="change"
        onEnter={onSearchNow}
        inputRef={searchRef}
        search
        autoFocus={autoFocus}
        maxLength={textLimits.search}
        labelPlacement="hidden"
        width={220}
      />
      <ToggleChips<IncidentStatus>
        hideLabel
        label="Status"
        values={incidentStatuses}
        chosen={view.status}
        name={(status) => incidentStatusLabels[status]}
        onChange={(status) => {
          onChange({ status });
        }}
      />
    </FilterBar>
  );
}
