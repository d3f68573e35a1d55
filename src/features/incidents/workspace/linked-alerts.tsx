import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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

/** How many linked alerts show (and are read one by one) before "Show all". */
export const linkedAlertsShown = 10;

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
 * legal sees the ids only. The first 10 show, the rest on "Show all". Takes the incident as last read.
 */
export function LinkedAlerts({ incident }: { incident: Incident }) {
  const canReadAlerts = useCan('alerts.read');
  const [all, setAll] = useState(false);
  const ids = all ? incident.linkedAlertIds : incident.linkedAlertIds.slice(0, linkedAlertsShown);
  const hidden = incident.linkedAlertIds.length - ids.length;
  return (
    <SectionCard title="Linked alerts" caption={`${incident.linkedAlertIds.length.toLocaleString()} linked`}>
      {ids.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          No alert is linked to this incident.
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5, overflowWrap: 'anywhere', typography: 'body2' }}>
          {ids.map((id) => (
            <LinkedAlert key={id} id={id} read={canReadAlerts} />
          ))}
        </Box>
      )}
      {hidden > 0 ? (
        <Button
          size="small"
          sx={{ mt: 1 }}
          onClick={() => {
            setAll(true);
          }}
        >
          {`Show all ${incident.linkedAlertIds.length.toLocaleString()} (${hidden.toLocaleString()} more)`}
        </Button>
      ) : null}
    </SectionCard>
  );
}
