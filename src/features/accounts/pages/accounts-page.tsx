import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
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
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { accountsUrlSpec, emptyAccountFilters, hasAccountFilters, toAccountQuery } from '../account-filters';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { AccountStatusChip } from '../components/account-status-chip';
import { AccountsFilterBar } from '../components/accounts-filter-bar';
import { paths } from '@/shared/lib/paths';
import { UserText } from '@/shared/ui/user-text';

/** Typing settles for this long before a search is sent; Enter sends at once. */
export const searchDebounceMs = 150;

const columns: readonly Column<AccountSummary>[] = [
  {
    id: 'name',
    header: 'Name',
    sortField: 'name',
    render: (account) => (
      <>
        <Typography variant="body2" component="span" sx={{ fontWeight: 600, display: 'block' }}>
          <UserText>{account.name}</UserText>
        </Typography>
        <Typography variant="caption" color="text.secondary" component="span">
          {account.id}
        </Typography>
      </>
    ),
  },
  {
    id: 'email',
    header: 'Email',
    render: (account) => (
      <code>
        <UserText>{account.email}</UserText>
      </code>
    ),
  },
  {
    id: 'phone',
    header: 'Phone',
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
    render: (account) => <AccountStatusChip status={account.status} />,
  },
  { id: 'country', header: 'Country', sortField: 'country', render: (account) => account.country },
  {
    id: 'risk',
    header: 'Risk',
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
  const searchRef = useRef<HTMLInputElement>(null);
  const hasRows = Boolean(list.query.data);

  useEffect(() => {
    if (hasRows) performance.mark('accounts:first-rows');
  }, [hasRows]);

  useShortcuts([{ keys: ['/'], description: 'Search accounts', run: () => searchRef.current?.focus() }]);

  return (
    <>
      <PageHeader
        title="Accounts"
        subtitle="Find a customer by name, email, phone or account id. Personal data stays masked until revealed with a reason."
      />
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2, alignItems: 'flex-start' }}
        role="search"
      >
        <TextFilter
          label="Search accounts"
          placeholder="Name, email, phone or acc_…"
          value={list.text}
          onCommit={list.setText}
          commitOn="change"
          onEnter={list.flushText}
          inputRef={searchRef}
          // Coming Back to the list, the focus goes to the row that was opened instead.
          autoFocus={!list.returning}
          search
          width={340}
          onArrowDown={() => focusFirstRow('Accounts')}
        />
        <AccountsFilterBar
          view={view}
          onChange={setView}
          onClear={() => {
            setView(emptyAccountFilters);
          }}
        />
      </Box>
      <ListCount total={list.total} noun={['account', 'accounts']} />
      <PagedTable
        {...list.table}
        columns={columns}
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
