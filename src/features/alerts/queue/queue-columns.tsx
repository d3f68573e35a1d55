import type { Alert } from '@/shared/contract/alerts';
import { StaffName } from '@/shared/staff/staff-name';
import type { Column } from '@/shared/ui/list/column';
import { RelativeTime } from '@/shared/ui/relative-time';
import { RowLink } from '@/shared/ui/row-link';
import { alertTypeLabels } from '../alert-labels';
import { AlertStatusChip, SeverityChip } from '../components/alert-chips';
import { paths } from '@/shared/lib/paths';

export const queueColumns: readonly Column<Alert>[] = [
  {
    id: 'severity',
    header: 'Severity',
    sortField: 'severity',
    render: (alert) => <SeverityChip severity={alert.severity} />,
  },
  {
    id: 'title',
    header: 'Title',
    render: (alert) => <RowLink to={paths.alert(alert.id)}>{alert.title}</RowLink>,
  },
  { id: 'type', header: 'Type', render: (alert) => alertTypeLabels[alert.type] },
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    render: (alert) => <AlertStatusChip status={alert.status} />,
  },
  {
    id: 'account',
    header: 'Account',
    render: (alert) => (
      <RowLink to={paths.account(alert.accountId)} underline>
        {alert.accountId}
      </RowLink>
    ),
  },
  {
    id: 'assignee',
    header: 'Assignee',
    render: (alert) => (alert.assigneeId ? <StaffName id={alert.assigneeId} /> : 'Unassigned'),
  },
  { id: 'risk', header: 'Risk', sortField: 'riskScore', align: 'right', render: (alert) => alert.riskScore },
  {
    id: 'detected',
    header: 'Detected',
    sortField: 'detectedAt',
    render: (alert) => <RelativeTime value={alert.detectedAt} />,
  },
];
