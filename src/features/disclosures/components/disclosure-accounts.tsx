import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { Disclosure } from '@/shared/contract/disclosures';
import { paths } from '@/shared/lib/paths';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { UserText } from '@/shared/ui/user-text';
import { formatDay } from './disclosure-columns';

/** Accounts shown with their masked email; past this many, the rest are listed by id only. */
export const accountDetailsShown = 25;

/**
 * The masked email of one account (the API serves it masked; nothing here reveals it); a failed
 * read says so with Retry, an account removed since says it is no longer on file.
 */
function MaskedEmail({ accountId }: { accountId: string }) {
  const account = useQuery(accountQueries.detail(accountId));
  if (account.isPending) return <span aria-label="Loading">…</span>;
  if (account.isError) {
    if (isApiError(account.error) && account.error.status === 404) {
      return (
        <Typography variant="body2" component="span" color="text.secondary">
          No longer on file
        </Typography>
      );
    }
    return (
      <Typography variant="body2" component="span" color="error">
        Could not be loaded{' '}
        <Button
          size="small"
          onClick={() => void account.refetch()}
          aria-label={`Retry the email of ${accountId}`}
        >
          Retry
        </Button>
      </Typography>
    );
  }
  return (
    <Box component="code" aria-label="Email (masked)" sx={{ fontFamily: 'monospace' }}>
      <UserText>{account.data.email}</UserText>
    </Box>
  );
}

/**
 * The accounts an entry names, each a link to its account page with its masked email and, for a
 * consent-basis entry, when its consent was withdrawn since. Masked data only: nothing here
 * reveals anything. A de-identified entry names none, and says why.
 */
export function DisclosureAccounts({ disclosure }: { disclosure: Disclosure }) {
  const { accountIds } = disclosure;
  const withdrawn = new Map(
    (disclosure.consentWithdrawnSince ?? []).map((withdrawal) => [withdrawal.accountId, withdrawal]),
  );
  const detailed = accountIds.slice(0, accountDetailsShown);
  const rest = accountIds.slice(accountDetailsShown);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="accounts-heading">
      <Typography
        id="accounts-heading"
        variant="h2"
        sx={{ fontSize: '1rem', fontWeight: 600, p: 1.5, pb: 0 }}
      >
        Accounts ({accountIds.length.toLocaleString()})
      </Typography>
      {accountIds.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          {disclosure.deidentified
            ? 'De-identified data names no accounts.'
            : 'This entry names no accounts; it concerns the data subjects counted above.'}
        </Typography>
      ) : (
        <>
          <Table size="small" aria-labelledby="accounts-heading">
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>Account</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>Email</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>Consent since</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {detailed.map((accountId) => {
                const withdrawal = withdrawn.get(accountId);
                return (
                  <TableRow key={accountId}>
                    <TableCell>
                      <Link component={RouterLink} to={paths.account(accountId)}>
                        <UserText>{accountId}</UserText>
                      </Link>
                    </TableCell>
                    <TableCell>
                      <MaskedEmail accountId={accountId} />
                    </TableCell>
                    <TableCell>
                      {withdrawal ? (
                        <strong>
                          <span aria-hidden>⚠ </span>Withdrawn on {formatDay(withdrawal.withdrawnAt)}
                        </strong>
                      ) : disclosure.legalBasis === 'consent' ? (
                        'Not withdrawn'
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {rest.length > 0 ? (
            <Box sx={{ p: 1.5 }}>
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                And {rest.length.toLocaleString()} more:
              </Typography>
              <Box
                component="ul"
                sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1.5 }}
              >
                {rest.map((accountId) => (
                  <li key={accountId}>
                    <Link component={RouterLink} to={paths.account(accountId)}>
                      <UserText>{accountId}</UserText>
                    </Link>
                    {withdrawn.has(accountId) ? ' (⚠ consent withdrawn since)' : null}
                  </li>
                ))}
              </Box>
            </Box>
          ) : null}
        </>
      )}
    </Paper>
  );
}
