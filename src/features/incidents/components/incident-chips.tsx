import type { IncidentSeverity, IncidentStatus } from '@/shared/contract/incidents';
import { StatusChip } from '@/shared/ui/status-chip';
import { severityTone } from '@/shared/ui/theme';
import { incidentSeverityLabels, incidentStatusLabels, incidentStatusTones } from '../incident-labels';

/** An incident's severity, in the colour the console gives severities everywhere. */
export function IncidentSeverityChip({ severity }: { severity: IncidentSeverity }) {
  return <StatusChip label={incidentSeverityLabels[severity]} tone={severityTone[severity]} />;
}

/** An incident's status (open … closed), coloured by how much it still asks for. */
export function IncidentStatusChip({ status }: { status: IncidentStatus }) {
  return <StatusChip label={incidentStatusLabels[status]} tone={incidentStatusTones[status]} />;
}
