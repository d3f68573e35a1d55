import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import type { AccountSummary } from '@/shared/contract/accounts';
import { listPrefetch, useListController } from '@/shared/lists/use-list-controller';
import { EmptyState } from '@/shared/ui/empty-state';
import { TextFilter } from '@/shared/ui/filters/text-filter';
import type { Column } from '@/shared/ui/list/column';
import { ListCount } from '@/shared/ui/list/list-count';
import { focusFirstRow } from '@/shared/ui/list/row-keyboard';
import { PageHeader } from '@/shared/ui/page-header';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { RowLink } from '@/shared/ui/row-link';
import { HelpButton } from '@/shared/ui/shortcuts/help-button';
import { usePageHelp } from '@/shared/ui/shortcuts/use-shortcuts';
import { accountsUrlSpec, emptyAccountFilters, hasAccountFilters, toAccountQuery } from '../account-filters';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { AccountStatusChip } from '../components/account-status-chip';
import { AccountsFilterBar } from '../components/accounts-filter-bar';
import { paths } from '@/shared/lib/paths';
import { UserText } from '@/shared/ui/user-text';
import { textLimits } from '@/shared/contract/limits';
import { usePerformanceMark } from '@/shared/lib/use-performance-mark';

/** Typing settles for this long before a search is sent; Enter sends at once. */
export const searchDebounceMs = 150;

/** The page's explanatory lines, in its `?` help rather than under the heading. */
const accountsHelp =
  'Find a customer by name, email, phone or account id. Personal data stays masked until revealed with a reason. Escape in a filter returns to the rows; / returns to the search.';

/**
 * The accounts list's columns: one line each. The name is a real link to the account (middle
 * click, copy link) and truncates with its id; phone and country collapse first on a narrow table.
 */
export const accountColumns: readonly Column<AccountSummary>[] = [
  {
    id: 'name',
    header: 'Name',
    sortField: 'name',
    width: '28%',
    fullText: (account) => `${account.name} (${account.id})`,
    render: (account) => (
      <>
        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
          <RowLink to={paths.account(account.id)}>{account.name}</RowLink>
        </Typography>{' '}
        <Typography variant="caption" color="text.secondary" component="span">
          {account.id}
        </Typography>
      </>
    ),
  },
  {
    id: 'email',
    header: 'Email',
    width: '26%',
    fullText: (account) => account.email,
    render: (account) => (
      <code>
        <UserText>{account.email}</UserText>
      </code>
    ),
  },
  {
    id: 'phone',
    header: 'Phone',
    priority: 3,
    width: '16%',
    fullText: (account) => account.phone,
    render: (account) => (
      <code>
        <UserText>{account.phone}</UserText>
      </code>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    noWrap: true,
    render: (account) => <AccountStatusChip status={account.status} />,
  },
  {
    id: 'country',
    header: 'Country',
    sortField: 'country',
    priority: 2,
    render: (account) => account.country,
  },
  {
    id: 'risk',
    header: 'Risk',
    priority: 2,
    sortField: 'riskScore',
    align: 'right',
    render: (account) => account.riskScore,
  },
  {
    id: 'alerts',
    header: 'Open alerts',
    sortField: 'openAlertCount',
    align: 'right',
    render: (account) => account.openAlertCount,
  },
  {
    id: 'lastSeen',
    header: 'Last seen',
    sortField: 'lastSeenAt',
    noWrap: true,
    render: (account) => <RelativeTime value={account.lastSeenAt} />,
  },
];

export function AccountsPage() {
  const navigate = useNavigate();
  const list = useListController({
    label: 'Accounts',
    spec: accountsUrlSpec,
    query: (view, q) => accountQueries.list(toAccountQuery(view, q)),
    rowKey: (account) => account.id,
    search: { settleMs: searchDebounceMs },
  });
  const { view, setView } = list;
  const hasRows = Boolean(list.query.data);

  usePerformanceMark('accounts:first-rows', hasRows);

  usePageHelp(accountsHelp);

  return (
    <>
      <PageHeader title="Accounts" actions={<HelpButton />} />
      <AccountsFilterBar
        view={view}
        onChange={setView}
        onClear={() => {
          setView(emptyAccountFilters);
        }}
        search={
          <TextFilter
            label="Search accounts"
            placeholder="Search: name, email, phone or acc_…"
            value={list.text}
            onCommit={list.setText}
            commitOn="change"
            onEnter={list.flushText}
            // Coming Back to the list, the focus goes to the row that was opened instead.
            autoFocus={!list.returning}
            search
            maxLength={textLimits.search}
            labelPlacement="hidden"
            width={340}
            onArrowDown={() => focusFirstRow('Accounts')}
          />
        }
      />
      <PagedTable
        {...list.table}
        columns={accountColumns}
        toolbar={<ListCount inline total={list.total} noun={['account', 'accounts']} />}
        onRowOpen={(account) => {
          void navigate(paths.account(account.id));
        }}
        empty={
          <EmptyState
            title="No accounts match"
            hint={
              hasAccountFilters(view) || list.text
                ? 'Check the spelling, search by part of the email, the phone digits or the full account id (acc_…), or clear the filters.'
                : 'There are no accounts yet.'
            }
          />
        }
      />
    </>
  );
}

export { AccountsPage as Component };

/** The unfiltered first page leaves with the session check; a remembered search text follows once rendered. */
export const prefetch = listPrefetch(accountsUrlSpec, (view) =>
  accountQueries.list(toAccountQuery(view, '')),
);
