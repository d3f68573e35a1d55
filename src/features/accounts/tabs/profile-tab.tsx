import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatDateTime } from '@/shared/lib/format';
import { MaskedValue } from '@/shared/reveal/masked-value';
import { useAccountRevealer } from '@/shared/reveal/use-account-revealer';
import { EmptyState } from '@/shared/ui/empty-state';
import { FactRow } from '@/shared/ui/fact-row';
import { RelativeTime } from '@/shared/ui/relative-time';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { UserText } from '@/shared/ui/user-text';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title}>
      <Typography variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** How the account was registered, the devices it used and how long its data is kept. */
export function ProfileTab() {
  const { id = '' } = useParams();
  // The account page above has loaded it; this reads the same cache entry.
  const { data: account } = useQuery(accountQueries.detail(id));
  const revealer = useAccountRevealer(id);
  if (!account) return null;

  return (
    <Stack spacing={2}>
      <Section title="Registration">
        <Table aria-label="Registration">
          <TableBody>
            <FactRow label="Method">{account.registration.method}</FactRow>
            <FactRow label="Verification sent">
              {formatDateTime(account.registration.verificationSentAt)}
            </FactRow>
            <FactRow label="Verified">
              {account.registration.verifiedAt
                ? formatDateTime(account.registration.verifiedAt)
                : 'Not verified'}
            </FactRow>
            <FactRow label="Account created">{formatDateTime(account.createdAt)}</FactRow>
            <FactRow label="Last seen">
              <RelativeTime value={account.lastSeenAt} />
            </FactRow>
          </TableBody>
        </Table>
      </Section>
      <Section title="Devices">
        {account.devices.length === 0 ? (
          <EmptyState
            title="No devices recorded"
            hint="The customer has not signed in from a device the shop remembers."
          />
        ) : (
          <Table aria-label="Devices">
            <TableHead>
              <TableRow>
                <TableCell>Kind</TableCell>
                <TableCell>System · browser</TableCell>
                <TableCell>MAC address</TableCell>
                <TableCell>First seen</TableCell>
                <TableCell>Last seen</TableCell>
                <TableCell>Trusted</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {account.devices.map((device) => (
                <TableRow key={device.id}>
                  <TableCell>{device.kind}</TableCell>
                  <TableCell>
                    <UserText>{device.os}</UserText> · <UserText>{device.browser}</UserText>
                  </TableCell>
                  <TableCell>
                    <MaskedValue
                      label={`MAC address of the ${device.kind} device`}
                      masked={device.macAddress}
                      revealKey={`mac:${device.id}`}
                      reveal={revealer('macAddress', device.id)}
                    />
                  </TableCell>
                  <TableCell>
                    <RelativeTime value={device.firstSeenAt} />
                  </TableCell>
                  <TableCell>
                    <RelativeTime value={device.lastSeenAt} />
                  </TableCell>
                  <TableCell>{device.trusted ? 'Yes' : 'No'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title="Retention">
        <Table aria-label="Retention">
          <TableBody>
            <FactRow label="Delete after">{formatDateTime(account.retention.deleteAfter)}</FactRow>
            <FactRow label="Why it is kept until then">
              <UserText>{account.retention.reason}</UserText>
            </FactRow>
          </TableBody>
        </Table>
      </Section>
    </Stack>
  );
}

export { ProfileTab as Component };
