import type { Incident } from '@/shared/contract/incidents';
import { paths } from '@/shared/lib/paths';
import type { Column } from '@/shared/ui/list/column';
import { RowLink } from '@/shared/ui/row-link';
import { IncidentSeverityChip, IncidentStatusChip } from '../components/incident-chips';
import { RegulatorClock } from '../components/regulator-clock';

/**
 * The incidents list's columns, one line each: the title (the row's link, printed as UserText by
 * `RowLink`, whole on hover and focus), id, severity, status, affected accounts and the live
 * regulator clock. Id and affected accounts collapse first on a narrow table.
 */
export const incidentColumns: readonly Column<Incident>[] = [
  {
    id: 'title',
    header: 'Title',
    width: '34%',
    fullText: (incident) => incident.title,
    render: (incident) => <RowLink to={paths.incident(incident.id)}>{incident.title}</RowLink>,
  },
  {
    id: 'id',
    header: 'Id',
    priority: 3,
    noWrap: true,
    render: (incident) => incident.id,
  },
  {
    id: 'severity',
    header: 'Severity',
    sortField: 'severity',
    noWrap: true,
    render: (incident) => <IncidentSeverityChip severity={incident.severity} />,
  },
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    noWrap: true,
    render: (incident) => <IncidentStatusChip status={incident.status} />,
  },
  {
    id: 'affected',
    header: 'Affected accounts',
    align: 'right',
    priority: 2,
    noWrap: true,
    render: (incident) => incident.affectedAccountCount.toLocaleString(),
  },
  {
    id: 'clock',
    header: 'Regulator clock',
    sortField: 'regulatorDeadlineAt',
    noWrap: true,
    render: (incident) => <RegulatorClock incident={incident} />,
  },
];
