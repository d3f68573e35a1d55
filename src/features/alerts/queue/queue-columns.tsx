import Link from '@mui/material/Link';
import type { MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Alert } from '@/shared/contract/alerts';
import { StaffName } from '@/shared/staff/staff-name';
import type { Column } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { alertTypeLabels } from '../alert-labels';
import { AlertStatusChip, SeverityChip } from '../components/alert-chips';

// A link inside a row goes where it says; the row's own click (open the alert) must not follow.
const keepToLink = (event: MouseEvent) => {
  event.stopPropagation();
};

export const alertPath = (id: string) => `/alerts/${encodeURIComponent(id)}`;

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
    render: (alert) => (
      <Link
        component={RouterLink}
        to={alertPath(alert.id)}
        onClick={keepToLink}
        tabIndex={-1}
        underline="hover"
      >
        {alert.title}
      </Link>
    ),
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
      <Link
        component={RouterLink}
        to={`/accounts/${encodeURIComponent(alert.accountId)}`}
        onClick={keepToLink}
        tabIndex={-1}
      >
        {alert.accountId}
      </Link>
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
