import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import type { Alert } from '@/shared/contract/alerts';
import { formatDateTime } from '@/shared/lib/format';
import { MaskedValue } from '@/shared/reveal/masked-value';
import { useAccountRevealer } from '@/shared/reveal/use-account-revealer';
import { CopyButton } from '@/shared/ui/copy-button';
import { RelativeTime } from '@/shared/ui/relative-time';
import { FactRow } from '@/shared/ui/fact-row';
import { defangUrl } from './defang';
import { UserText } from '@/shared/ui/user-text';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h3" id={headingId} sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * URLs from phishing evidence, defanged: shown as text that no click, mail client or chat tool
 * turns into a link. The copy button gives the original for the analyst's tools.
 */
function Urls({ urls }: { urls: readonly string[] }) {
  return (
    <Box component="ul" aria-label="URLs (defanged)" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
      {urls.map((url, index) => {
        const defanged = defangUrl(url);
        return (
          <Box
            component="li"
            key={`${String(index)}:${url}`}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
          >
            <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: '0.875rem' }}>
              <UserText>{defanged}</UserText>
            </Box>
            <CopyButton value={url} label={`Copy the original URL ${defanged}`} />
          </Box>
        );
      })}
    </Box>
  );
}

/** What the detection saw: URLs, device, network, the events that led to it and the customer's report. */
export function Evidence({ alert }: { alert: Alert }) {
  const headingId = useId();
  const revealer = useAccountRevealer(alert.accountId);
  const { evidence } = alert;
  const { device } = evidence;

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1.5 }}>
        Evidence
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
        {evidence.urls.length > 0 ? (
          <Part title="URLs">
            <Urls urls={evidence.urls} />
          </Part>
        ) : null}
        <Part title="Network">
          <Table size="small" aria-label="Network">
            <TableBody>
              <FactRow label="IP address">
                <MaskedValue
                  label="IP address"
                  masked={evidence.ip}
                  revealKey={`ip:${alert.id}`}
                  reveal={revealer('ip', alert.id)}
                />
              </FactRow>
              <FactRow label="Location">
                {evidence.location !== undefined ? <UserText>{evidence.location}</UserText> : 'Not known'}
              </FactRow>
            </TableBody>
          </Table>
        </Part>
        {device ? (
          <Part title="Device">
            <Table size="small" aria-label="Device">
              <TableBody>
                <FactRow label="Kind">{device.kind}</FactRow>
                <FactRow label="System · browser">
                  <UserText>{device.os}</UserText> · <UserText>{device.browser}</UserText>
                </FactRow>
                <FactRow label="MAC address">
                  <MaskedValue
                    label="MAC address of the device"
                    masked={device.macAddress}
                    revealKey={`mac:${device.id}`}
                    reveal={revealer('macAddress', device.id)}
                  />
                </FactRow>
                <FactRow label="First seen">
                  <RelativeTime value={device.firstSeenAt} />
                </FactRow>
                <FactRow label="Last seen">
                  <RelativeTime value={device.lastSeenAt} />
                </FactRow>
                <FactRow label="Trusted">{device.trusted ? 'Yes' : 'No'}</FactRow>
              </TableBody>
            </Table>
          </Part>
        ) : null}
        <Part title="Events">
          {evidence.events.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No events recorded.
            </Typography>
          ) : (
            <Box component="ol" aria-label="Events, oldest first" sx={{ m: 0, pl: 3 }}>
              {evidence.events.map((event, index) => (
                <Box component="li" key={`${event.at}:${String(index)}`} sx={{ mb: 0.5 }}>
                  <Typography
                    component="time"
                    dateTime={event.at}
                    variant="body2"
                    color="text.secondary"
                    sx={{ mr: 1 }}
                  >
                    {formatDateTime(event.at)}
                  </Typography>
                  <Typography component="span" variant="body2">
                    <UserText>{event.description}</UserText>
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
        </Part>
        {evidence.reportText !== undefined ? (
          <Part title="The customer’s report">
            {/* The customer's own words, as text: markup in it is shown, never run. */}
            <Box
              component="blockquote"
              sx={{
                m: 0,
                p: 1.5,
                borderLeft: 4,
                borderColor: 'divider',
                bgcolor: 'action.hover',
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
              }}
            >
              <UserText>{evidence.reportText}</UserText>
            </Box>
          </Part>
        ) : null}
      </Box>
    </Paper>
  );
}
