import { accountSortFields, accountStatuses, type AccountQuery } from '@/shared/contract/accounts';
import { sortDirections } from '@/shared/contract/common';
import { enumParam, intParam, textParam, type UrlValues } from '@/shared/lib/use-url-state';
import { pagingParams } from '@/shared/lists/use-list-controller';

/**
 * The accounts list's view state in the URL. The search text is not here: it is often an email or
 * a phone number (see useHistorySearchText).
 */
export const accountsUrlSpec = {
  status: enumParam(accountStatuses),
  country: textParam(),
  riskMin: intParam(0, { min: 0, max: 100 }),
  sort: enumParam(accountSortFields, 'lastSeenAt'),
  dir: enumParam(sortDirections, 'desc'),
  ...pagingParams(25),
};

export type AccountsView = UrlValues<typeof accountsUrlSpec>;

export const emptyAccountFilters = { status: '', country: '', riskMin: 0 } as const;

export function hasAccountFilters(view: AccountsView): boolean {
  return Boolean(view.status || view.country || view.riskMin > 0);
}

export function toAccountQuery(view: AccountsView, q: string): AccountQuery {
  return {
    q: q.trim() || undefined,
    status: view.status || undefined,
    country: /^[A-Z]{2}$/.test(view.country) ? view.country : undefined,
    riskMin: view.riskMin > 0 ? view.riskMin : undefined,
    sort: `${view.sort}:${view.dir}`,
    page: view.page,
    pageSize: view.pageSize,
  };
}
