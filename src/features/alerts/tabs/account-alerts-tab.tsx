import { useNavigate, useParams } from 'react-router';
import type { Alert } from '@/shared/contract/alerts';
import type { UrlValues } from '@/shared/lib/use-url-state';
import { listPrefetch, pagingParams, useListController } from '@/shared/lists/use-list-controller';
import { useCan } from '@/shared/session/use-session';
import { StaffName, StaffNamesProvider } from '@/shared/staff/staff-name';
import { EmptyState } from '@/shared/ui/empty-state';
import type { Column } from '@/shared/ui/list/column';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { alertQueries } from '../api/queries';
import { AlertStatusChip, SeverityChip } from '../components/alert-chips';
import { alertTypeColumn } from '../queue/queue-columns';
import { paths } from '@/shared/lib/paths';
import { UserText } from '@/shared/ui/user-text';

const accountAlertsUrlSpec = pagingParams(25);

function listQuery(accountId: string, view: UrlValues<typeof accountAlertsUrlSpec>) {
  return alertQueries.list({ accountId, sort: 'detectedAt:desc', page: view.page, pageSize: view.pageSize });
}

const columns: readonly Column<Alert>[] = [
  {
    id: 'severity',
    header: 'Severity',
    noWrap: true,
    render: (alert) => <SeverityChip severity={alert.severity} />,
  },
  {
    id: 'title',
    header: 'Title',
    width: '38%',
    fullText: (alert) => alert.title,
    render: (alert) => <UserText>{alert.title}</UserText>,
  },
  alertTypeColumn,
  {
    id: 'status',
    header: 'Status',
    noWrap: true,
    render: (alert) => <AlertStatusChip status={alert.status} />,
  },
  {
    id: 'assignee',
    header: 'Assignee',
    noWrap: true,
    render: (alert) => (alert.assigneeId ? <StaffName id={alert.assigneeId} /> : 'Unassigned'),
  },
  { id: 'risk', header: 'Risk', align: 'right', priority: 3, render: (alert) => alert.riskScore },
  {
    id: 'detected',
    header: 'Detected',
    noWrap: true,
    render: (alert) => <RelativeTime value={alert.detectedAt} />,
  },
];

/** The risk alerts raised on one account, newest first (support may read them here). */
export function AccountAlertsTab() {
  const { id = '' } = useParams();
  const list = useListController({
    label: 'Alerts on this account',
    spec: accountAlertsUrlSpec,
    query: (view) => listQuery(id, view),
    rowKey: (alert) => alert.id,
  });
  const navigate = useNavigate();
  // Analysts and the privacy officer open an alert from here; support reads the list only.
  const canOpen = useCan('alerts.read');
  return (
    <StaffNamesProvider>
      <PagedTable
        {...list.table}
        columns={columns}
        onRowOpen={
          canOpen
            ? (alert) => {
                void navigate(paths.alert(alert.id));
              }
            : undefined
        }
        empty={
          <EmptyState title="No risk alerts on this account" hint="Nothing suspicious has been detected." />
        }
      />
    </StaffNamesProvider>
  );
}

export { AccountAlertsTab as Component };

export const prefetch = listPrefetch(accountAlertsUrlSpec, (view, { params }) =>
  params.id ? listQuery(params.id, view) : undefined,
);
