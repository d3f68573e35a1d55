import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useParams } from 'react-router';
import { activityTypes, type ActivityEvent } from '@/shared/contract/accounts';
import { dayEndIso, dayStartIso } from '@/shared/lib/format';
import { dayParam, enumParam } from '@/shared/lib/use-url-state';
import { pagingParams, useListController } from '@/shared/lists/use-list-controller';
import { MaskedValue } from '@/shared/reveal/masked-value';
import { useAccountRevealer } from '@/shared/reveal/use-account-revealer';
import { EmptyState } from '@/shared/ui/empty-state';
import { DateRangeFilter, isReversedRange } from '@/shared/ui/filters/date-range-filter';
import { SelectFilter } from '@/shared/ui/filters/select-filter';
import type { Column } from '@/shared/ui/list/column';
import { PagedTable } from '@/shared/ui/paged-table';
import { RelativeTime } from '@/shared/ui/relative-time';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { UserText } from '@/shared/ui/user-text';

const activityUrlSpec = {
  type: enumParam(activityTypes),
  from: dayParam(),
  to: dayParam(),
  ...pagingParams(50),
};

const typeLabels: Record<ActivityEvent['type'], string> = {
  page_view: 'Page view',
  search: 'Search',
  login: 'Sign-in',
  logout: 'Sign-out',
  password_change: 'Password change',
};

/** The access log the privacy policy says is collected: what, when, from where, with what. */
export function ActivityTab() {
  const { id = '' } = useParams();
  const list = useListController({
    label: 'Activity',
    spec: activityUrlSpec,
    query: (view) =>
      accountQueries.activity(id, {
        type: view.type || undefined,
        from: view.from ? dayStartIso(view.from) : undefined,
        to: view.to ? dayEndIso(view.to) : undefined,
        page: view.page,
        pageSize: view.pageSize,
      }),
    enabled: (view) => !isReversedRange(view),
    rowKey: (event) => event.id,
  });
  const { view, setView } = list;
  const revealer = useAccountRevealer(id);
  const searchHistory = revealer('searchHistory');
  const filtered = Boolean(view.type || view.from || view.to);

  const columns: Column<ActivityEvent>[] = [
    { id: 'type', header: 'What', noWrap: true, render: (event) => typeLabels[event.type] },
    { id: 'at', header: 'When', noWrap: true, render: (event) => <RelativeTime value={event.at} /> },
    {
      id: 'ip',
      header: 'IP address',
      render: (event) => (
        <MaskedValue
          label="IP address"
          masked={event.ip}
          revealKey={`ip:${event.id}`}
          reveal={revealer('ip', event.id)}
        />
      ),
    },
    {
      id: 'browser',
      header: 'Browser',
      width: '22%',
      fullText: (event) => event.browser,
      render: (event) => <UserText>{event.browser}</UserText>,
    },
    {
      id: 'operator',
      header: 'Telecom operator',
      priority: 3,
      noWrap: true,
      render: (event) => event.telecomOperator,
    },
    { id: 'language', header: 'Language', priority: 2, noWrap: true, render: (event) => event.language },
    {
      id: 'detail',
      header: 'Page or search',
      width: '26%',
      fullText: (event) => event.searchTerm ?? event.url ?? '—',
      render: (event) =>
        event.searchTerm !== undefined ? (
          <code>
            “<UserText>{event.searchTerm}</UserText>”
          </code>
        ) : event.url !== undefined ? (
          <UserText>{event.url}</UserText>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: 1, alignItems: 'center' }}>
        <SelectFilter
          labelPlacement="start"
          width={260}
          label="Activity type"
          anyLabel="Any activity"
          value={view.type}
          options={activityTypes.map((type) => ({ value: type, label: typeLabels[type] }))}
          onChange={(type) => {
            setView({ type });
          }}
        />
        <DateRangeFilter from={view.from} to={view.to} onChange={setView} labelPlacement="start" />
        {filtered ? (
          <Button
            size="small"
            onClick={() => {
              setView({ type: '', from: '', to: '' });
            }}
          >
            Clear filters
          </Button>
        ) : null}
        {searchHistory ? (
          <Stack direction="row" sx={{ ml: 'auto', alignItems: 'center', gap: 1 }}>
            Search history:
            <MaskedValue
              label="search history"
              masked="hidden"
              revealKey="searchHistory"
              reveal={searchHistory}
            />
          </Stack>
        ) : null}
      </Stack>
      <PagedTable
        {...list.table}
        columns={columns}
        empty={
          <EmptyState
            title={filtered ? 'No activity matches these filters' : 'No activity recorded'}
            hint={
              filtered
                ? 'Widen the date range or choose another type.'
                : 'The customer has not used the shop while signed in.'
            }
          />
        }
      />
    </>
  );
}

export { ActivityTab as Component };
