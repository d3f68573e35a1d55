import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Alert } from '@/shared/contract/alerts';
import { paths } from '@/shared/lib/paths';
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

/** Title, state and the facts triage starts from, with links to the account and the incident. */
export function AlertHeader({ alert, actions }: AlertHeaderProps) {
  return (
    <>
      <PageHeader
        title={alert.title}
        subtitle={<RecordId id={alert.id} label="Copy the alert id" />}
        actions={actions ?? undefined}
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
