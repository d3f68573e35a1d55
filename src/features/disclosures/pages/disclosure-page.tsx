import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { Disclosure } from '@/shared/contract/disclosures';
import { formatDateTime } from '@/shared/lib/format';
import { useBackToList } from '@/shared/lib/list-trail';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { paths } from '@/shared/lib/paths';
import { useCan } from '@/shared/session/use-session';
import { StaffName, StaffNamesProvider } from '@/shared/staff/staff-name';
import { CopyButton } from '@/shared/ui/copy-button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { FactRow } from '@/shared/ui/fact-row';
import { BackLink, PageHeader } from '@/shared/ui/page-header';
import { RecordId } from '@/shared/ui/record-facts';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { UserText } from '@/shared/ui/user-text';
import { disclosureQueries } from '../api/queries';
import { DataCategories } from '../components/data-categories';
import { recipientFacts } from '../components/disclosure-columns';
import { DisclosureAccounts } from '../components/disclosure-accounts';
import { withdrawnSinceMessage } from '../components/withdrawn-since';
import { crossBorderSafeguardLabels, disclosureKindLabels, legalBasisLabels } from '../disclosure-labels';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

const entryHelp =
  'One entry of the disclosures ledger, as recorded: entries are never edited. A mistake is put right by a correction, a new entry that names this one; the chain shows both ways. Accounts show masked data only; open an account for more.';

/** A link to another entry of the ledger, by its id. */
function EntryLink({ id }: { id: string }) {
  return (
    <Link component={RouterLink} to={paths.disclosure(id)}>
      <UserText>{id}</UserText>
    </Link>
  );
}

/** "a, b and c" of React nodes. */
function joined(nodes: readonly ReactNode[]): ReactNode {
  return nodes.map((node, index) => (
    <Fragment key={index}>
      {index === 0 ? null : index === nodes.length - 1 ? ' and ' : ', '}
      {node}
    </Fragment>
  ));
}

/** The correction chain, both ways: what this entry corrects, and the entries that correct it. */
function CorrectionChain({ disclosure }: { disclosure: Disclosure }) {
  const correctedBy = disclosure.correctedBy;
  if (correctedBy.length === 0 && disclosure.corrects === undefined) return null;
  return (
    <Stack spacing={1} component="section" aria-label="Correction chain">
      {correctedBy.length > 0 ? (
        <MuiAlert severity="warning">
          This entry was corrected by {joined(correctedBy.map((id) => <EntryLink key={id} id={id} />))} — read{' '}
          {correctedBy.length === 1 ? 'that entry' : 'those entries'}:{' '}
          {correctedBy.length === 1 ? 'it says' : 'they say'} what really happened.
        </MuiAlert>
      ) : null}
      {disclosure.corrects !== undefined ? (
        <MuiAlert severity="info">
          This entry is a correction: it corrects <EntryLink id={disclosure.corrects} />.
        </MuiAlert>
      ) : null}
    </Stack>
  );
}

/** Documents with their SHA-256 digests (monospace, copyable): the file itself never left the browser. */
function Documents({ documents }: { documents: Disclosure['documents'] }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby="documents-heading">
      <Typography
        id="documents-heading"
        variant="h2"
        sx={{ fontSize: '1rem', fontWeight: 600, p: 1.5, pb: 0 }}
      >
        Documents
      </Typography>
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          No documents were recorded with this entry.
        </Typography>
      ) : (
        <Table size="small" aria-labelledby="documents-heading">
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>Name</TableCell>
              <TableCell sx={{ fontWeight: 600 }}>SHA-256</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {documents.map((document, index) => (
              <TableRow key={`${document.sha256}-${String(index)}`}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <UserText>{document.name}</UserText>
                </TableCell>
                <TableCell>
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                    <Box
                      component="code"
                      sx={{ fontFamily: 'monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}
                    >
                      {document.sha256}
                    </Box>
                    <CopyButton value={document.sha256} label={`Copy the SHA-256 of ${document.name}`} />
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Every field of the entry, labelled. */
function Facts({ disclosure }: { disclosure: Disclosure }) {
  const { recipient, crossBorder } = disclosure;
  return (
    <Paper variant="outlined" component="section" aria-label="Facts">
      <Table size="small" aria-label="Facts of the disclosure">
        <TableBody>
          <FactRow label="Occurred">{formatDateTime(disclosure.occurredAt)}</FactRow>
          <FactRow label="Recipient">
            <Link component={RouterLink} to={paths.recipient(recipient.id)}>
              <UserText>{recipient.name}</UserText>
            </Link>{' '}
            <Typography variant="body2" component="span" color="text.secondary">
              <UserText>{recipientFacts(recipient)}</UserText>
            </Typography>
          </FactRow>
          <FactRow label="Kind">{disclosureKindLabels[disclosure.kind]}</FactRow>
          <FactRow label="Legal basis">{legalBasisLabels[disclosure.legalBasis]}</FactRow>
          <FactRow label="Purpose">
            <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <UserText>{disclosure.purpose}</UserText>
            </Box>
          </FactRow>
          <FactRow label="Data categories">
            <DataCategories categories={disclosure.dataCategories} />
          </FactRow>
          <FactRow label="Data subjects">{disclosure.subjectCount.toLocaleString()}</FactRow>
          <FactRow label="De-identified">{yesNo(disclosure.deidentified)}</FactRow>
          <FactRow label="Encrypted">{yesNo(disclosure.encrypted)}</FactRow>
          <FactRow label="Cross-border">
            {crossBorder ? (
              <>
                To <UserText>{crossBorder.destinationCountry}</UserText>, safeguard:{' '}
                {crossBorderSafeguardLabels[crossBorder.safeguard]}
              </>
            ) : (
              'No (within the country)'
            )}
          </FactRow>
          <FactRow label="Request reference">
            {disclosure.requestReference !== undefined ? (
              <code>
                <UserText>{disclosure.requestReference}</UserText>
              </code>
            ) : (
              '—'
            )}
          </FactRow>
          <FactRow label="Recorded">
            {formatDateTime(disclosure.recordedAt)} by <StaffName id={disclosure.recordedBy} />
          </FactRow>
        </TableBody>
      </Table>
    </Paper>
  );
}

/** Loaded: the header with the correction action, the chain, the warnings, the facts, documents and accounts. */
function DisclosureView({ disclosure }: { disclosure: Disclosure }) {
  const canRecord = useCan('disclosures.record');
  const corrected = disclosure.correctedBy.length > 0;
  const withdrawn = disclosure.legalBasis === 'consent' ? (disclosure.consentWithdrawnSince ?? []) : [];
  return (
    <>
      <PageHeader
        title={`Disclosure to ${disclosure.recipient.name}`}
        subtitle={<RecordId id={disclosure.id} label="Copy the entry's id" />}
        actions={
          <>
            {canRecord && !corrected ? (
              <Button
                component={RouterLink}
                to={paths.newDisclosure(disclosure.id)}
                variant="outlined"
                startIcon={<EditNoteOutlined />}
              >
                Correct this entry
              </Button>
            ) : null}
            <HelpButton />
          </>
        }
      />
      <Stack spacing={2}>
        {canRecord && corrected ? (
          <Typography variant="body2" color="text.secondary">
            This entry cannot be corrected again: correct the entry that corrects it instead.
          </Typography>
        ) : null}
        <CorrectionChain disclosure={disclosure} />
        {withdrawn.length > 0 ? (
          <Box component="section" aria-label="Consent withdrawn since">
            <Stack spacing={1}>
              {withdrawn.map((withdrawal) => (
                <MuiAlert key={`${withdrawal.accountId}-${withdrawal.purposeId}`} severity="warning">
                  <Link component={RouterLink} to={paths.account(withdrawal.accountId, 'consent')}>
                    {withdrawal.accountId}
                  </Link>
                  : {withdrawnSinceMessage(withdrawal)}
                </MuiAlert>
              ))}
            </Stack>
          </Box>
        ) : null}
        <Facts disclosure={disclosure} />
        <Documents documents={disclosure.documents} />
        <DisclosureAccounts disclosure={disclosure} />
      </Stack>
    </>
  );
}

/**
 * One entry of the ledger (`/disclosures/:id`, legal and privacy officer): every field, its
 * documents with their SHA-256, the correction chain both ways, the accounts it names (masked
 * data only) and, for a consent-basis entry, each account whose consent was withdrawn since.
 * Loading, an unknown id (404) and a failure with Retry each say so.
 */
export function DisclosurePage() {
  const { id = '' } = useParams();
  const disclosure = useQuery(disclosureQueries.detail(id));
  const back = useBackToList('Disclosures', paths.disclosures());
  const loaded = Boolean(disclosure.data);
  usePageHelp(entryHelp);

  usePerformanceMark('disclosure:first-data', loaded);

  if (disclosure.isPending) {
    return (
      <Box aria-busy="true" aria-label="Loading the disclosure">
        <Skeleton variant="text" width={420} height={48} />
        <Skeleton variant="rectangular" height={320} sx={{ my: 2 }} />
      </Box>
    );
  }
  if (disclosure.isError) {
    if (isApiError(disclosure.error) && disclosure.error.status === 404) {
      return (
        <>
          <PageHeader title="Disclosure not found" back={back} />
          <EmptyState
            title={`No disclosure with id ${id}`}
            hint="The id may be mistyped. The ledger lists every entry."
            action={
              <Button component={RouterLink} to={paths.disclosures()} variant="contained">
                Back to the ledger
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Disclosure" back={back} />
        <ErrorState
          error={disclosure.error}
          title="The disclosure could not be loaded"
          onRetry={() => {
            void disclosure.refetch();
          }}
        />
      </>
    );
  }
  return (
    <StaffNamesProvider>
      <BackLink {...back} />
      <DisclosureView disclosure={disclosure.data} />
    </StaffNamesProvider>
  );
}

export { DisclosurePage as Component };

export function prefetch({ queryClient, params }: PrefetchArgs): void {
  if (params.id) queryClient.query(disclosureQueries.detail(params.id)).catch(() => undefined);
}
