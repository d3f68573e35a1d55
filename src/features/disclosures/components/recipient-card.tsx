import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { isSensitiveDataCategory } from '@/shared/contract/disclosures';
import { ErrorState } from '@/shared/ui/error-state';
import { Fact } from '@/shared/ui/record-facts';
import { RelativeTime } from '@/shared/ui/relative-time';
import { UserText } from '@/shared/ui/user-text';
import { disclosureQueries } from '../api/queries';
import { dataCategoryLabels, legalBasisLabels, recipientCategoryLabels } from '../disclosure-labels';

/** One line of counts: "Consent 1,204 · Contract 310". */
function Counts({
  label,
  items,
}: {
  label: string;
  items: { name: string; entries: number; strong?: boolean }[];
}) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="h3" sx={{ fontWeight: 400 }}>
        {label}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2">None</Typography>
      ) : (
        <Box
          component="ul"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', columnGap: 2 }}
        >
          {items.map((item) => (
            <Typography key={item.name} variant="body2" component="li" sx={{ whiteSpace: 'nowrap' }}>
              {item.strong ? (
                <strong>
                  <span aria-hidden>⚠ </span>
                  {item.name}
                </strong>
              ) : (
                item.name
              )}{' '}
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {item.entries.toLocaleString()}
              </Box>
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}

/**
 * The card above a recipient's view of the ledger (`/disclosures?recipientId=…`): the recipient's
 * name, category, country and data agreement (none for authorities and the public), then its
 * totals (`GET /recipients/{id}/totals`): entries, data subjects, the last disclosure, and the
 * entries per legal basis and per data category (sensitive ones marked). Each request fails on
 * its own with Retry; an unknown recipient says so.
 */
export function RecipientCard({ recipientId }: { recipientId: string }) {
  const recipients = useQuery(disclosureQueries.recipients());
  const totals = useQuery(disclosureQueries.recipientTotals(recipientId));
  const recipient = recipients.data?.find((each) => each.id === recipientId);
  const unknown =
    (recipients.data !== undefined && recipient === undefined) ||
    (isApiError(totals.error) && totals.error.status === 404);

  return (
    <Paper variant="outlined" component="section" aria-label="Recipient" sx={{ p: 1.5, mb: 1 }}>
      {unknown ? (
        <Typography role="status">
          No recipient with id <code>{recipientId}</code>. The list below shows no entries for it.
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 1, alignItems: 'flex-start' }}>
          {recipients.isError ? (
            <ErrorState
              error={recipients.error}
              title="The recipient could not be loaded"
              onRetry={() => void recipients.refetch()}
            />
          ) : (
            <>
              <Box sx={{ minWidth: 180 }}>
                <Typography variant="h2" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
                  {recipient ? <UserText>{recipient.name}</UserText> : <Skeleton width={160} />}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {recipientId}
                </Typography>
              </Box>
              <Fact label="Category">{recipient ? recipientCategoryLabels[recipient.category] : '…'}</Fact>
              <Fact label="Country">{recipient ? <UserText>{recipient.country}</UserText> : '…'}</Fact>
              <Fact label="Agreement">
                {recipient ? (
                  recipient.agreementRef === null ? (
                    'None (no data agreement)'
                  ) : (
                    <code>
                      <UserText>{recipient.agreementRef}</UserText>
                    </code>
                  )
                ) : (
                  '…'
                )}
              </Fact>
            </>
          )}
          {totals.isError ? (
            <ErrorState
              error={totals.error}
              title="The recipient’s totals could not be loaded"
              onRetry={() => void totals.refetch()}
            />
          ) : totals.data ? (
            <>
              <Fact label="Entries">{totals.data.entries.toLocaleString()}</Fact>
              <Fact label="Data subjects">{totals.data.subjects.toLocaleString()}</Fact>
              <Fact label="Last disclosure">
                {totals.data.lastOccurredAt ? <RelativeTime value={totals.data.lastOccurredAt} /> : 'Never'}
              </Fact>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 1, flexBasis: '100%' }}>
                <Counts
                  label="Entries by legal basis"
                  items={totals.data.byLegalBasis.map((each) => ({
                    name: legalBasisLabels[each.legalBasis],
                    entries: each.entries,
                  }))}
                />
                <Counts
                  label="Entries by data category"
                  items={totals.data.byDataCategory.map((each) => ({
                    name: isSensitiveDataCategory(each.dataCategory)
                      ? `${dataCategoryLabels[each.dataCategory].label} (sensitive)`
                      : dataCategoryLabels[each.dataCategory].label,
                    entries: each.entries,
                    strong: isSensitiveDataCategory(each.dataCategory),
                  }))}
                />
              </Box>
            </>
          ) : (
            <Box aria-busy="true" aria-label="Loading the recipient’s totals">
              <Skeleton width={320} />
            </Box>
          )}
        </Box>
      )}
    </Paper>
  );
}
