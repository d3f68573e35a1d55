import { useQuery } from '@tanstack/react-query';
import {
  alertSeverities,
  alertStatuses,
  alertTypes,
  unassignedFilter,
  type AlertCounts,
} from '@/shared/contract/alerts';
import { hasPermission } from '@/shared/contract/roles';
import { staffQueries } from '@/shared/staff/staff-queries';
import { DateRangeFilter } from '@/shared/ui/filters/date-range-filter';
import { FilterBar, type ListFilterBarProps } from '@/shared/ui/filters/filter-bar';
import { SelectFilter } from '@/shared/ui/filters/select-filter';
import { TextFilter } from '@/shared/ui/filters/text-filter';
import { ToggleChips } from '@/shared/ui/filters/toggle-chips';
import { textLimits } from '@/shared/contract/limits';
import { alertStatusLabels, alertTypeLabels } from '../alert-labels';
import { assignedToMe, hasQueueFilters, type QueueView } from './queue-view';

/** Typing in the search settles this long before the list follows. */
export const queueSearchDebounceMs = 250;

interface QueueFilterBarProps extends ListFilterBarProps<QueueView> {
  counts: AlertCounts | undefined;
}

/**
 * The queue's filters in one compact bar: search and status (with counts) on its line; severity,
 * type, assignee and days folded behind "More filters", which counts those that are set.
 */
export function QueueFilterBar({
  view,
  text,
  onTextChange,
  onSearchNow,
  counts,
  onChange,
  onClear,
  searchRef,
}: QueueFilterBarProps) {
  const staff = useQuery(staffQueries.list());
  const assignable = (staff.data ?? []).filter((member) => hasPermission(member.roles, 'alerts.change'));
  const assigneeOptions = [
    { value: assignedToMe, label: 'Me' },
    { value: unassignedFilter, label: 'Unassigned' },
    ...assignable.map((member) => ({ value: member.id, label: member.name })),
  ];
  const knownAssignee = assigneeOptions.some((option) => option.value === view.assignee);
  const typeValue = view.type.length === 1 ? (view.type[0] ?? '') : '';
  const typeOptions = [
    ...(view.type.length > 1 ? [{ value: 'several', label: `${String(view.type.length)} types` }] : []),
    ...alertTypes.map((type) => ({ value: type, label: alertTypeLabels[type] })),
  ];

  const moreCount =
    (view.severity.length > 0 ? 1 : 0) +
    (view.type.length > 0 ? 1 : 0) +
    (view.assignee ? 1 : 0) +
    (view.from || view.to ? 1 : 0);

  return (
    <FilterBar
      label="Filter the alerts"
      canClear={hasQueueFilters(view, text)}
      onClear={onClear}
      moreCount={moreCount}
      more={
        <>
          <ToggleChips
            label="Severity"
            values={[...alertSeverities].reverse()}
            chosen={view.severity}
            name={(severity) => severity}
            onChange={(severity) => {
              onChange({ severity });
            }}
          />
          <SelectFilter
            label="Type"
            anyLabel="Any type"
            labelPlacement="start"
            width={260}
            value={view.type.length > 1 ? 'several' : typeValue}
            options={typeOptions}
            onChange={(type) => {
              if (type === '') onChange({ type: [] });
              const chosen = alertTypes.find((each) => each === type);
              if (chosen) onChange({ type: [chosen] });
            }}
          />
          <SelectFilter
            label="Assignee"
            anyLabel="Anyone"
            labelPlacement="start"
            width={240}
            value={knownAssignee ? view.assignee : ''}
            options={assigneeOptions}
            onChange={(assignee) => {
              onChange({ assignee });
            }}
          />
          <DateRangeFilter from={view.from} to={view.to} onChange={onChange} labelPlacement="start" />
        </>
      }
    >
      <TextFilter
        label="Search alerts"
        placeholder="Search: title or alr_…"
        value={text}
        onCommit={onTextChange}
        commitOn="change"
        onEnter={onSearchNow}
        inputRef={searchRef}
        search
        maxLength={textLimits.search}
        labelPlacement="hidden"
        width={210}
      />
      <ToggleChips
        label="Status"
        hideLabel
        values={alertStatuses}
        chosen={view.status}
        name={(status) =>
          counts
            ? `${alertStatusLabels[status]} ${counts[status].toLocaleString()}`
            : alertStatusLabels[status]
        }
        onChange={(status) => {
          onChange({ status });
        }}
      />
    </FilterBar>
  );
}
