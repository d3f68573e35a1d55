import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRef } from 'react';
import type { AuditEvent } from '@/shared/contract/audit';
import { listPrefetch, useListController } from '@/shared/lists/use-list-controller';
import { staffQueries } from '@/shared/staff/staff-queries';
import { StaffName, StaffNamesProvider } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import { PageHeader } from '@/shared/ui/page-header';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import type { Column } from '@/shared/ui/list/column';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { usePageHelp, useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { auditQueries } from '../api/queries';
import { auditUrlSpec, hasFilters, hasRangeError, toAuditQuery } from '../audit-filters';
import { AuditFilterBar } from '../components/audit-filter-bar';
import { AuditTarget } from '../components/audit-target';
import { LongText } from '../components/long-text';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

const columns: readonly Column<AuditEvent>[] = [
  {
    id: 'at',
    header: 'When',
    sortField: 'at',
    render: (event) => <RelativeTime value={event.at} />,
    width: 140,
  },
  { id: 'actor', header: 'Who', render: (event) => <StaffName id={event.actorId} />, width: 170 },
  {
    id: 'action',
    header: 'Action',
    render: (event) => (
      <Box component="code" sx={{ fontSize: '0.85em' }}>
        {event.action}
      </Box>
    ),
  },
  { id: 'target', header: 'Target', render: (event) => <AuditTarget event={event} /> },
  {
    id: 'reason',
    header: 'Reason',
    render: (event) =>
      event.reason !== undefined ? (
        <LongText name="reason" maxWidth={320}>
          {event.reason}
        </LongText>
      ) : (
        '—'
      ),
  },
  {
    id: 'summary',
    header: 'Summary',
    render: (event) => <LongText name="summary">{event.summary}</LongText>,
  },
];

const emptyView = {
  actorId: '',
  action: '',
  targetType: '',
  targetId: '',
  from: '',
  to: '',
} as const;

const auditHelp =
  'Every staff action on customer data: sign-ins, reveals, changes and exports, with the reason given. Targets link to their records; Escape in a filter returns to the rows.';

export function AuditPage() {
  const list = useListController({
    label: 'Audit events',
    spec: auditUrlSpec,
    query: (view) => auditQueries.list(toAuditQuery(view)),
    enabled: (view) => !hasRangeError(view),
    rowKey: (event) => event.id,
    sortField: 'at',
  });
  const { view, setView } = list;
  const hasRows = Boolean(list.query.data);
  const targetIdRef = useRef<HTMLInputElement>(null);

  useShortcuts([
    { keys: ['/'], description: 'Search by target id', run: () => targetIdRef.current?.focus() },
  ]);
  usePageHelp(auditHelp);

  usePerformanceMark('audit:first-rows', hasRows);

  const clear = () => {
    setView(emptyView);
  };
  return (
    <>
      <PageHeader title="Audit log" actions={<HelpButton />} />
      <AuditFilterBar view={view} targetIdRef={targetIdRef} onChange={setView} onClear={clear} />
      <StaffNamesProvider>
        <PagedTable
          {...list.table}
          columns={columns}
          empty={
            <EmptyState
              title="No audit events match these filters"
              hint={
                hasFilters(view)
                  ? 'Widen the date range or clear a filter.'
                  : 'Nothing has been recorded yet.'
              }
              action={hasFilters(view) ? <Button onClick={clear}>Clear filters</Button> : undefined}
            />
          }
        />
      </StaffNamesProvider>
    </>
  );
}

export { AuditPage as Component };

export const prefetch = listPrefetch(auditUrlSpec, (view, { queryClient }) => {
  queryClient.query(staffQueries.list()).catch(() => undefined);
  return hasRangeError(view) ? undefined : auditQueries.list(toAuditQuery(view));
});
