import { useNavigate, useParams } from 'react-router';
import type { Disclosure } from '@/shared/contract/disclosures';
import { paths } from '@/shared/lib/paths';
import type { UrlValues } from '@/shared/lib/use-url-state';
import { listPrefetch, pagingParams, useListController } from '@/shared/lists/use-list-controller';
import { useCan } from '@/shared/session/use-session';
import { EmptyState } from '@/shared/ui/empty-state';
import type { Column } from '@/shared/ui/list/column';
import { ListCount } from '@/shared/ui/list/list-count';
import { PagedTable } from '@/shared/ui/paged-table';
import { disclosureQueries } from '../api/queries';
import { disclosureColumns } from '../components/disclosure-columns';
import { disclosureFlagsText, DisclosureFlags, WarningSign } from '../components/disclosure-flags';
import { withdrawnSinceMessage } from '../components/withdrawn-since';

const accountDisclosuresUrlSpec = pagingParams(25);

function listQuery(accountId: string, view: UrlValues<typeof accountDisclosuresUrlSpec>) {
  return disclosureQueries.list({
    accountId,
    sort: 'occurredAt:desc',
    page: view.page,
    pageSize: view.pageSize,
  });
}

/** This account's own withdrawal since the disclosure, if any. */
function withdrawalOf(disclosure: Disclosure, accountId: string) {
  return disclosure.consentWithdrawnSince?.find((withdrawal) => withdrawal.accountId === accountId);
}

/**
 * The flags column of the account's tab: the entry's flags and, when this account withdrew the
 * consent behind it since, the date and what to do ("tell the recipient to stop using this
 * person's data") said first.
 */
function accountFlagsColumn(accountId: string): Column<Disclosure> {
  return {
    id: 'flags',
    header: 'Flags',
    width: '22%',
    fullText: (disclosure) => {
      const withdrawal = withdrawalOf(disclosure, accountId);
      const flags = disclosureFlagsText(disclosure);
      return withdrawal ? `${withdrawnSinceMessage(withdrawal)} ${flags}` : flags || '—';
    },
    render: (disclosure) => {
      const withdrawal = withdrawalOf(disclosure, accountId);
      if (!withdrawal) return <DisclosureFlags disclosure={disclosure} />;
      return (
        <span>
          <strong>
            <WarningSign aria-hidden>⚠ </WarningSign>
            {withdrawnSinceMessage(withdrawal)}
          </strong>
        </span>
      );
    },
  };
}

/**
 * The account page's Disclosures tab (`/accounts/:id/disclosures`; support, legal, privacy
 * officer): every ledger entry naming the account, newest first, paged in the URL, with the
 * consent-withdrawn-since flag for this account. Those who read the ledger open an entry from its
 * row; support, who cannot open the ledger's pages, reads the facts in the row itself, with no
 * link to a page it would be refused.
 */
export function AccountDisclosuresTab() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const canOpen = useCan('disclosures.read');
  const list = useListController({
    label: 'Disclosures naming this account',
    spec: accountDisclosuresUrlSpec,
    query: (view) => listQuery(id, view),
    rowKey: (disclosure) => disclosure.id,
  });
  const columns = [
    ...disclosureColumns({ links: canOpen }).filter((column) => column.id !== 'flags'),
    accountFlagsColumn(id),
  ];
  return (
    <PagedTable
      {...list.table}
      columns={columns}
      toolbar={<ListCount inline total={list.total} noun={['entry', 'entries']} />}
      onRowOpen={
        canOpen
          ? (disclosure) => {
              void navigate(paths.disclosure(disclosure.id));
            }
          : undefined
      }
      empty={
        <EmptyState
          title="No disclosures name this account"
          hint="Nothing about this customer has been disclosed to a third party by name."
        />
      }
    />
  );
}

export { AccountDisclosuresTab as Component };

export const prefetch = listPrefetch(accountDisclosuresUrlSpec, (view, { params }) =>
  params.id ? listQuery(params.id, view) : undefined,
);
