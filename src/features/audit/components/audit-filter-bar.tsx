import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { auditTargetTypes, knownAuditActions } from '@/shared/contract/audit';
import { staffQueries } from '@/shared/staff/staff-queries';
import { hasFilters, hasRangeError, type AuditView } from '../audit-filters';

interface AuditFilterBarProps {
  view: AuditView;
  /** The target id field, for the page's "/" shortcut. */
  targetIdRef?: Ref<HTMLInputElement>;
  onChange: (patch: Partial<AuditView>) => void;
  onClear: () => void;
}

/** Typed ids apply on Enter or when the field is left, so each keystroke is not a request. */
interface TargetIdFieldProps {
  value: string;
  onCommit: (value: string) => void;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

function TargetIdField({ value, onCommit, inputRef }: TargetIdFieldProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <TextField
      label="Target id"
      inputRef={inputRef}
      placeholder="e.g. acc_000123"
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      sx={{ width: 180 }}
    />
  );
}

export function AuditFilterBar({ view, onChange, onClear, targetIdRef }: AuditFilterBarProps) {
  const staff = useQuery(staffQueries.list());
  const rangeError = hasRangeError(view);
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
      <TextField
        select
        label="Actor"
        value={staff.data ? view.actorId : ''}
        onChange={(event) => {
          onChange({ actorId: event.target.value });
        }}
        sx={{ width: 200 }}
        helperText={staff.isError ? 'Staff list unavailable' : undefined}
      >
        <MenuItem value="">Anyone</MenuItem>
        {staff.data?.map((member) => (
          <MenuItem key={member.id} value={member.id}>
            {member.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Action"
        value={view.action}
        onChange={(event) => {
          onChange({ action: event.target.value as AuditView['action'] });
        }}
        sx={{ width: 220 }}
      >
        <MenuItem value="">Any action</MenuItem>
        {knownAuditActions.map((action) => (
          <MenuItem key={action} value={action}>
            {action}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Target type"
        value={view.targetType}
        onChange={(event) => {
          onChange({ targetType: event.target.value as AuditView['targetType'] });
        }}
        sx={{ width: 160 }}
      >
        <MenuItem value="">Any type</MenuItem>
        {auditTargetTypes.map((type) => (
          <MenuItem key={type} value={type}>
            {type}
          </MenuItem>
        ))}
      </TextField>
      <TargetIdField
        key={view.targetId}
        value={view.targetId}
        inputRef={targetIdRef}
        onCommit={(targetId) => {
          onChange({ targetId });
        }}
      />
      <TextField
        label="From"
        type="date"
        value={view.from}
        onChange={(event) => {
          onChange({ from: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true } }}
        error={rangeError}
      />
      <TextField
        label="To"
        type="date"
        value={view.to}
        onChange={(event) => {
          onChange({ to: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true } }}
        error={rangeError}
        helperText={rangeError ? '“To” must be on or after “From”' : undefined}
      />
      {hasFilters(view) ? (
        <Button onClick={onClear} sx={{ mt: 0.5 }}>
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
