import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type Ref } from 'react';
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

/** How long the target id waits for typing to pause before the list asks again (as the queue's search). */
export const targetIdDebounceMs = 250;

/**
 * `apply(value)` once `delayMs` passed without another call; `flush()` applies the waiting value
 * at once (Enter); `cancel()` drops it (Clear filters must not be undone by a late apply). A
 * waiting value is dropped when the component goes.
 */
function useDebouncedCommit(apply: (value: string) => void, delayMs: number) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waiting = useRef<string | undefined>(undefined);
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const flush = () => {
    clearTimeout(timer.current);
    if (waiting.current === undefined) return;
    const value = waiting.current;
    waiting.current = undefined;
    latestApply.current(value);
  };
  const commit = (value: string) => {
    clearTimeout(timer.current);
    waiting.current = value;
    timer.current = setTimeout(flush, delayMs);
  };
  const cancel = () => {
    clearTimeout(timer.current);
    waiting.current = undefined;
  };
  return { commit, flush, cancel };
}
const targetTypeOptions = plainOptions(auditTargetTypes);

export function AuditFilterBar({ view, onChange, onClear, targetIdRef }: AuditFilterBarProps) {
  const staff = useQuery(staffQueries.list());
  const targetId = useDebouncedCommit((value) => {
    onChange({ targetId: value });
  }, targetIdDebounceMs);
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
      {/* Applies as it is typed, once typing pauses (like every list's search); Enter at once. */}
      <TextFilter
        label="Target id"
        placeholder="e.g. acc_000123"
        value={view.targetId}
        commitOn="change"
        inputRef={targetIdRef}
        width={180}
        onCommit={targetId.commit}
        onEnter={targetId.flush}
      />
      <DateRangeFilter from={view.from} to={view.to} onChange={onChange} />
      {hasFilters(view) ? (
        <Button
          onClick={() => {
            targetId.cancel();
            onClear();
          }}
          sx={{ mt: 2.5 }}
        >
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
