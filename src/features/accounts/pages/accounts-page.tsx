import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { AccountSummary } from '@/shared/contract/accounts';
import { useDebouncedValue } from '@/shared/lib/use-debounced-value';
import { useHistorySearchText } from '@/shared/lib/use-history-search-text';
import type { PrefetchArgs } from '@/shared/lib/page-module';
import { readUrlState, useUrlState } from '@/shared/lib/use-url-state';
import { EmptyState } from '@/shared/ui/empty-state';
import { PageHeader } from '@/shared/ui/page-header';
import { searchFieldSlots } from '@/shared/ui/search-adornment';
import { pageShortcuts, PagedTable, urlPaging, type Column } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { useShortcuts } from '@/shared/ui/shortcuts/use-shortcuts';
import { accountsUrlSpec, emptyAccountFilters, hasAccountFilters, toAccountQuery } from '../account-filters';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { AccountStatusChip } from '../components/account-status-chip';
import { AccountsFilterBar } from '../components/accounts-filter-bar';

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
          {account.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="span">
          {account.id}
        </Typography>
      </>
    ),
  },
  { id: 'email', header: 'Email', render: (account) => <code>{account.email}</code> },
  { id: 'phone', header: 'Phone', render: (account) => <code>{account.phone}</code> },
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
  const [view, setView] = useUrlState(accountsUrlSpec);
  const [text, setText] = useHistorySearchText('accounts');
  const [q, flush] = useDebouncedValue(text, searchDebounceMs);
  const accounts = useQuery(accountQueries.list(toAccountQuery(view, q)));
  const searchRef = useRef<HTMLInputElement>(null);
  const hasRows = Boolean(accounts.data);

  useEffect(() => {
    if (hasRows) performance.mark('accounts:first-rows');
  }, [hasRows]);

  useShortcuts([
    { keys: ['/'], description: 'Search accounts', run: () => searchRef.current?.focus() },
    ...pageShortcuts(view, setView, accounts.data?.total),
  ]);

  const open = (account: AccountSummary) => {
    void navigate(`/accounts/${encodeURIComponent(account.id)}`);
  };

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
        <TextField
          label="Search accounts"
          placeholder="Name, email, phone or acc_…"
          value={text}
          inputRef={searchRef}
          autoFocus
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            if (view.page !== 1) setView({ page: 1 }, { replace: true });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') flush();
            if (event.key === 'ArrowDown') {
              const firstRow = document.querySelector<HTMLTableRowElement>(
                'table[aria-label="Accounts"] tbody tr[tabindex]',
              );
              if (firstRow) {
                event.preventDefault();
                firstRow.focus();
              }
            }
          }}
          slotProps={searchFieldSlots}
          sx={{ width: 340 }}
        />
        <AccountsFilterBar
          view={view}
          onChange={setView}
          onClear={() => {
            setView(emptyAccountFilters);
          }}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} aria-live="polite">
        {accounts.data
          ? `${accounts.data.total.toLocaleString()} ${accounts.data.total === 1 ? 'account' : 'accounts'}`
          : ' '}
      </Typography>
      <PagedTable
        label="Accounts"
        columns={columns}
        query={accounts}
        rowKey={(account) => account.id}
        {...urlPaging(view, setView)}
        sort={{ field: view.sort, direction: view.dir }}
        onSortChange={(sort) => {
          setView({ sort: sort.field as typeof view.sort, dir: sort.direction });
        }}
        onRowOpen={open}
        empty={
          <EmptyState
            title="No accounts match"
            hint={
              hasAccountFilters(view) || q
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
export function prefetch({ queryClient, url }: PrefetchArgs): void {
  const view = readUrlState(accountsUrlSpec, url.searchParams);
  queryClient.query(accountQueries.list(toAccountQuery(view, ''))).catch(() => undefined);
}
