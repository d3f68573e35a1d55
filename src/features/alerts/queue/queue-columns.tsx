import type { Alert } from '@/shared/contract/alerts';
import { StaffName } from '@/shared/staff/staff-name';
import type { Column } from '@/shared/ui/list/column';
import { RelativeTime } from '@/shared/ui/relative-time';
import { RowLink } from '@/shared/ui/row-link';
import { alertTypeLabels } from '../alert-labels';
import { AlertStatusChip, SeverityChip } from '../components/alert-chips';
import { paths } from '@/shared/lib/paths';

/** An alert's type: collapses first on a narrow table; the label whole on hover and focus. */
export const alertTypeColumn: Column<Alert> = {
  id: 'type',
  header: 'Type',
  priority: 3,
  width: '14%',
  fullText: (alert) => alertTypeLabels[alert.type],
  render: (alert) => alertTypeLabels[alert.type],
};

/**
 * The queue's columns, one line each: the title truncates (whole on hover and on the focused
 * row); type and risk collapse first on a narrow table, the account next.
 */
export const queueColumns: readonly Column<Alert>[] = [
  {
    id: 'severity',
    header: 'Severity',
    sortField: 'severity',
    noWrap: true,
    render: (alert) => <SeverityChip severity={alert.severity} />,
  },
  {
    id: 'title',
    header: 'Title',
    width: '36%',
    fullText: (alert) => alert.title,
    render: (alert) => <RowLink to={paths.alert(alert.id)}>{alert.title}</RowLink>,
  },
  alertTypeColumn,
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    noWrap: true,
    render: (alert) => <AlertStatusChip status={alert.status} />,
  },
  {
    id: 'account',
    header: 'Account',
    priority: 2,
    noWrap: true,
    render: (alert) => (
      <RowLink to={paths.account(alert.accountId)} underline>
        {alert.accountId}
      </RowLink>
    ),
  },
  {
    id: 'assignee',
    header: 'Assignee',
    noWrap: true,
    render: (alert) => (alert.assigneeId ? <StaffName id={alert.assigneeId} /> : 'Unassigned'),
  },
  {
    id: 'risk',
    header: 'Risk',
    sortField: 'riskScore',
    align: 'right',
    priority: 3,
    render: (alert) => alert.riskScore,
  },
  {
    id: 'detected',
    header: 'Detected',
    sortField: 'detectedAt',
    noWrap: true,
    render: (alert) => <RelativeTime value={alert.detectedAt} />,
  },
];
