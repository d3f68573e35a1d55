import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { request } from '@/shared/api/http-client';
import { alertSchema, type AlertStatus } from '@/shared/contract/alerts';
import type { Incident } from '@/shared/contract/incidents';
import { paths } from '@/shared/lib/paths';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { useCan } from '@/shared/session/use-session';
import { UserText } from '@/shared/ui/user-text';
import { SectionCard } from './section-card';

// The alerts feature may not be imported here: the workspace reads a linked alert's title and
// status through its own small request (`GET /alerts/{id}`, API.md "Risk alerts").

const alertStatusWords: Record<AlertStatus, string> = {
  new: 'new',
  acknowledged: 'acknowledged',
  escalated: 'escalated',
  resolved: 'resolved',
  dismissed: 'dismissed',
};

/** At most this many linked alerts are read one by one; the rest show by id. */
const maxReadAlerts = 20;

const linkedAlertQuery = (id: string) =>
  queryOptions({
    queryKey: [...incidentQueries.all(), 'linked-alert', id],
    queryFn: ({ signal }) =>
      request({ path: `/alerts/${encodeURIComponent(id)}`, schema: alertSchema, signal }),
    staleTime: 60_000,
    retry: false,
  });

/** One linked alert: its id as a link and, once read, its title and status. */
function LinkedAlert({ id, read }: { id: string; read: boolean }) {
  const alert = useQuery({ ...linkedAlertQuery(id), enabled: read });
  return (
    <li>
      {read ? (
        <Link component={RouterLink} to={paths.alert(id)}>
          {id}
        </Link>
      ) : (
        id
      )}
      {alert.data ? (
        <>
          {': '}
          <UserText>{alert.data.title}</UserText>
          <Typography component="span" variant="body2" color="text.secondary">
            {` (${alertStatusWords[alert.data.status]})`}
          </Typography>
        </>
      ) : null}
    </li>
  );
}

/**
 * The alerts linked to the incident (`linkedAlertIds`), each a link to its alert page with its
 * title and status for those who may read alerts (`alerts.read`: analysts, privacy officer);
 * legal sees the ids only. Takes the incident as last read.
 */
export function LinkedAlerts({ incident }: { incident: Incident }) {
  const canReadAlerts = useCan('alerts.read');
  const ids = incident.linkedAlertIds;
  return (
    <SectionCard title="Linked alerts" caption={`${ids.length.toLocaleString()} linked`}>
      {ids.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          No alert is linked to this incident.
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5, overflowWrap: 'anywhere', typography: 'body2' }}>
          {ids.map((id, index) => (
            <LinkedAlert key={id} id={id} read={canReadAlerts && index < maxReadAlerts} />
          ))}
        </Box>
      )}
    </SectionCard>
  );
}
