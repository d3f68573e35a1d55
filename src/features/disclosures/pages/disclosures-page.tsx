import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { serverNow } from '@/shared/api/server-time';
import { localDay } from '@/shared/lib/format';
import { paths } from '@/shared/lib/paths';
import { listPrefetch, useListController } from '@/shared/lists/use-list-controller';
import { useCan } from '@/shared/session/use-session';
import { EmptyState } from '@/shared/ui/empty-state';
import { ListCount } from '@/shared/ui/list/list-count';
import { PageHeader } from '@/shared/ui/page-header';
import { PagedTable } from '@/shared/ui/paged-table';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp, useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { disclosureQueries } from '../api/queries';
import { disclosureColumns } from '../components/disclosure-columns';
import { RecipientCard } from '../components/recipient-card';
import { ExportCsvButton } from '../export/export-csv-button';
import { exportFileName } from '../export/export-file-name';
import { LedgerFilterBar, ledgerSearchDebounceMs } from '../ledger/ledger-filter-bar';
import {
  hasLedgerFilters,
  hasRangeError,
  ledgerUrlSpec,
  noLedgerFilters,
  toLedgerQuery,
} from '../ledger/ledger-view';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

/** The page's explanatory lines, in its `?` help rather than under the heading. */
const ledgerHelp =
  'Every disclosure of personal data to a third party, entry by entry: never edited, corrected by new entries. j/k move, Enter or o opens an entry, [ and ] change page, / returns to the search; Escape in a filter returns to the rows. A recipient’s name opens its view with its totals. ⚠ marks sensitive data and consent withdrawn since the disclosure (the recipient must be told).';

const columns = disclosureColumns({ links: true });

/**
 * The disclosures ledger (`/disclosures`, legal and privacy officer): filters, sort and page in
 * the URL, the search text in the tab's memory; with `recipientId`, the recipient's card above the
 * rows. "Record a disclosure" and "Export CSV" for those who may record (`disclosures.record`).
 */
export function DisclosuresPage() {
  const navigate = useNavigate();
  const canRecord = useCan('disclosures.record');
  const list = useListController({
    label: 'Disclosures',
    spec: ledgerUrlSpec,
    query: (view, q) => disclosureQueries.list(toLedgerQuery(view, q)),
    enabled: (view) => !hasRangeError(view),
    rowKey: (disclosure) => disclosure.id,
    search: { settleMs: ledgerSearchDebounceMs },
  });
  const { view, setView } = list;
  const rangeError = hasRangeError(view);
  // The filter bar reads the recipients too (its select): one request, shared.
  const recipients = useQuery(disclosureQueries.recipients());
  const searchRef = useRef<HTMLInputElement>(null);
  const hasRows = Boolean(list.query.data);

  usePerformanceMark('disclosures:first-rows', hasRows);
  usePageHelp(ledgerHelp);
  useShortcuts([{ keys: ['/'], description: 'Search disclosures', run: () => searchRef.current?.focus() }]);

  const clear = () => {
    setView(noLedgerFilters);
    list.setText('');
  };
  const filtered = hasLedgerFilters(view, list.text);
  const recipientName = recipients.data?.find((each) => each.id === view.recipientId)?.name;

  return (
    <>
      <PageHeader
        title="Disclosures"
        actions={
          <>
            {canRecord ? (
              <>
                <ExportCsvButton
                  query={toLedgerQuery(view, list.searched)}
                  total={list.query.isPlaceholderData ? undefined : list.total}
                  disabled={rangeError}
                  fileName={() =>
                    exportFileName({
                      view,
                      recipientName,
                      searched: list.searched.trim() !== '',
                      day: localDay(serverNow()),
                    })
                  }
                />
                <Button
                  component={RouterLink}
                  to={paths.newDisclosure()}
                  variant="contained"
                  startIcon={<AddOutlined />}
                >
                  Record a disclosure
                </Button>
              </>
            ) : null}
            <HelpButton />
          </>
        }
      />
      <LedgerFilterBar
        view={view}
        text={list.text}
        onTextChange={list.setText}
        onSearchNow={list.flushText}
        onChange={setView}
        onClear={clear}
        searchRef={searchRef}
        autoFocus={!list.returning}
      />
      {view.recipientId ? <RecipientCard recipientId={view.recipientId} /> : null}
      <PagedTable
        {...list.table}
        columns={columns}
        toolbar={<ListCount inline total={list.total} noun={['entry', 'entries']} />}
        onRowOpen={(disclosure) => {
          void navigate(paths.disclosure(disclosure.id));
        }}
        empty={
          <EmptyState
            title={rangeError ? 'Check the dates' : 'No disclosures match'}
            hint={
              filtered
                ? 'Widen the date range, search another recipient or purpose, or clear the filters.'
                : 'Nothing has been disclosed yet. Record a disclosure when personal data goes to a third party.'
            }
            action={filtered ? <Button onClick={clear}>Clear filters</Button> : undefined}
          />
        }
      />
    </>
  );
}

export { DisclosuresPage as Component };

/** The first page leaves with the session check; a remembered search text follows once rendered. */
export const prefetch = listPrefetch(ledgerUrlSpec, (view, { queryClient }) => {
  queryClient.query(disclosureQueries.recipients()).catch(() => undefined);
  if (view.recipientId) {
    queryClient.query(disclosureQueries.recipientTotals(view.recipientId)).catch(() => undefined);
  }
  return hasRangeError(view) ? undefined : disclosureQueries.list(toLedgerQuery(view, ''));
});
