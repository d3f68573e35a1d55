import Box from '@mui/material/Box';
import type { Incident } from '@/shared/contract/incidents';
import { useCan } from '@/shared/session/use-session';
import { RecordId } from '@/shared/ui/record-facts';
import { PageHeader } from '@/shared/ui/page-header';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { IncidentSeverityChip, IncidentStatusChip } from '../components/incident-chips';
import { RegulatorClock } from '../components/regulator-clock';
import { StatusMoves } from './status-moves';

/**
 * The workspace's header: the incident's title (as UserText), id, severity, status, the live
 * 72-hour regulator clock with its deadline, and — for those who may edit the incident
 * (`incidents.edit`: analysts, privacy officer) — the allowed next status moves.
 */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const canEdit = useCan('incidents.edit');
  return (
    <Box component="section" aria-label="Incident summary" sx={{ mb: 2 }}>
      <PageHeader
        title={incident.title}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <RecordId id={incident.id} label="Copy the incident id" />
            <IncidentSeverityChip severity={incident.severity} />
            <IncidentStatusChip status={incident.status} />
          </Box>
        }
        actions={<HelpButton />}
      />
      <Box
        role="group"
        aria-label="Regulator clock"
        sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, flexWrap: 'wrap' }}
      >
        <RegulatorClock incident={incident} showDeadline />
      </Box>
      {canEdit ? <StatusMoves incident={incident} /> : null}
    </Box>
  );
}
