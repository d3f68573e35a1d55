import ReportOutlined from '@mui/icons-material/ReportOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Alert } from '@/shared/contract/alerts';
import { paths } from '@/shared/lib/paths';
import { useCan } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { PageHeader } from '@/shared/ui/page-header';
import { Fact, RecordId } from '@/shared/ui/record-facts';
import { RelativeTime } from '@/shared/ui/relative-time';
import { alertResolutionLabels, alertTypeLabels } from '../alert-labels';
import { AlertStatusChip, SeverityChip } from '../components/alert-chips';

interface AlertHeaderProps {
  alert: Alert;
  /** The changes the signed-in person may make, top right. */
  actions: ReactNode;
}

/**
 * Title, state and the facts triage starts from, with links to the account and the incident. An
 * alert escalated to an incident (`incidentId`) offers "Open incident", into the incident's
 * workspace, to those who may read incidents (`incidents.read`).
 */
export function AlertHeader({ alert, actions }: AlertHeaderProps) {
  const canReadIncidents = useCan('incidents.read');
  const openIncident =
    alert.incidentId && canReadIncidents ? (
      <Button
        component={RouterLink}
        to={paths.incident(alert.incidentId)}
        variant="outlined"
        startIcon={<ReportOutlined />}
      >
        Open incident
      </Button>
    ) : null;
  return (
    <>
      <PageHeader
        title={alert.title}
        subtitle={<RecordId id={alert.id} label="Copy the alert id" />}
        actions={
          openIncident || actions ? (
            <>
              {openIncident}
              {actions}
            </>
          ) : undefined
        }
      />
      <Stack
        direction="row"
        useFlexGap
        sx={{ flexWrap: 'wrap', gap: 4, mb: 2 }}
        component="section"
        aria-label="Alert summary"
      >
        <Fact label="Severity">
          <SeverityChip severity={alert.severity} />
        </Fact>
        <Fact label="Status">
          <AlertStatusChip status={alert.status} />
        </Fact>
        {alert.resolution ? (
          <Fact label="Resolution">{alertResolutionLabels[alert.resolution].label}</Fact>
        ) : null}
        <Fact label="Type">{alertTypeLabels[alert.type]}</Fact>
        <Fact label="Assignee">{alert.assigneeId ? <StaffName id={alert.assigneeId} /> : 'Unassigned'}</Fact>
        <Fact label="Risk score">{alert.riskScore}</Fact>
        <Fact label="Detected">
          <RelativeTime value={alert.detectedAt} />
        </Fact>
        <Fact label="Updated">
          <RelativeTime value={alert.updatedAt} />
        </Fact>
        <Fact label="Account">
          <Link component={RouterLink} to={paths.account(alert.accountId)}>
            {alert.accountId}
          </Link>
        </Fact>
        {alert.incidentId ? (
          <Fact label="Incident">
            <Link component={RouterLink} to={paths.incident(alert.incidentId)}>
              {alert.incidentId}
            </Link>
          </Fact>
        ) : null}
      </Stack>
    </>
  );
}
