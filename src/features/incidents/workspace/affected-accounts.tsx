import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Incident } from '@/shared/contract/incidents';
import { paths } from '@/shared/lib/paths';
import { SectionCard } from './section-card';

/** How many account links show before "Show more". */
export const affectedAccountsStep = 50;

/**
 * The incident's affected accounts: how many, and the listed ids (the API lists the first 1,000)
 * as links to each account's page, where personal data stays masked until revealed with a reason.
 * Shows the first 50, then 50 more per press, and says how many more are affected than listed.
 */
export function AffectedAccounts({ incident }: { incident: Incident }) {
  const [shown, setShown] = useState(affectedAccountsStep);
  const ids = incident.affectedAccountIds;
  const count = incident.affectedAccountCount;
  const unlisted = Math.max(0, count - ids.length);
  const hidden = Math.max(0, ids.length - shown);
  return (
    <SectionCard
      title="Affected accounts"
      caption={`${count.toLocaleString()} ${count === 1 ? 'account' : 'accounts'} affected`}
    >
      {ids.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {count === 0 ? 'No affected account is recorded yet.' : 'The affected accounts are not listed.'}
        </Typography>
      ) : (
        <Box
          component="ul"
          sx={{ m: 0, mt: 1, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1 }}
        >
          {ids.slice(0, shown).map((id) => (
            <li key={id}>
              <Link component={RouterLink} to={paths.account(id)}>
                {id}
              </Link>
            </li>
          ))}
        </Box>
      )}
      {hidden > 0 ? (
        <Button
          size="small"
          sx={{ mt: 1 }}
          onClick={() => {
            setShown((before) => before + affectedAccountsStep);
          }}
        >
          {`Show ${Math.min(hidden, affectedAccountsStep).toLocaleString()} more (${hidden.toLocaleString()} not shown yet)`}
        </Button>
      ) : null}
      {unlisted > 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {`and ${unlisted.toLocaleString()} more not listed by id`}
        </Typography>
      ) : null}
    </SectionCard>
  );
}
