import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { Ref } from 'react';
import { auditTargetTypes, knownAuditActions } from '@/shared/contract/audit';
import { staffQueries } from '@/shared/staff/staff-queries';
import { DateRangeFilter } from '@/shared/ui/filters/date-range-filter';
import { plainOptions, SelectFilter } from '@/shared/ui/filters/select-filter';
import { TextFilter } from '@/shared/ui/filters/text-filter';
import { hasFilters, type AuditView } from '../audit-filters';

interface AuditFilterBarProps {
  view: AuditView;
  onChange: (patch: Partial<AuditView>) => void;
  onClear: () => void;
  /** The target id field, for the page's "/" shortcut. */
  targetIdRef?: Ref<HTMLInputElement>;
}

const actionOptions = plainOptions(knownAuditActions);
const targetTypeOptions = plainOptions(auditTargetTypes);

export function AuditFilterBar({ view, onChange, onClear, targetIdRef }: AuditFilterBarProps) {
  const staff = useQuery(staffQueries.list());
  const actorOptions = (staff.data ?? []).map((member) => ({ value: member.id, label: member.name }));
  return (
    <Stack
      direction="row"
      useFlexGap
      sx={{ flexWrap: 'wrap', gap: 1.5, mb: 2, alignItems: 'flex-start' }}
      component="form"
      role="search"
      aria-label="Filter the audit log"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <SelectFilter
        label="Actor"
        anyLabel="Anyone"
        value={staff.data ? view.actorId : ''}
        options={actorOptions}
        onChange={(actorId) => {
          onChange({ actorId });
        }}
        width={200}
      />
      <SelectFilter
        label="Action"
        anyLabel="Any action"
        value={view.action}
        options={actionOptions}
        onChange={(action) => {
          onChange({ action });
        }}
        width={220}
      />
      <SelectFilter
        label="Target type"
        anyLabel="Any type"
        value={view.targetType}
        options={targetTypeOptions}
        onChange={(targetType) => {
          onChange({ targetType });
        }}
        width={160}
      />
      {/* An id applies on Enter or when the field is left, so each keystroke is not a request. */}
      <TextFilter
        label="Target id"
        placeholder="e.g. acc_000123"
        value={view.targetId}
        commitOn="enter"
        inputRef={targetIdRef}
        width={180}
        onCommit={(targetId) => {
          onChange({ targetId });
        }}
      />
      <DateRangeFilter from={view.from} to={view.to} onChange={onChange} />
      {hasFilters(view) ? (
        <Button onClick={onClear} sx={{ mt: 2.5 }}>
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
