import { sortDirections } from '@/shared/contract/common';
import {
  disclosureKinds,
  disclosureSortFields,
  legalBases,
  recipientCategories,
  type DisclosureQuery,
} from '@/shared/contract/disclosures';
import { dayEndIso, dayStartIso } from '@/shared/lib/format';
import { dayParam, enumParam, textParam, type UrlValues } from '@/shared/lib/use-url-state';
import { pagingParams } from '@/shared/lists/use-list-controller';
import { isReversedRange } from '@/shared/ui/filters/date-range-filter';

/** `crossBorder` in the URL: `yes` / `no`, or absent for both. */
export const crossBorderChoices = ['yes', 'no'] as const;

/**
 * The ledger's view state, all of it in the URL (DESIGN "URL is the state"): ids and chosen
 * values only. The free text `q` (a recipient's name or a purpose) stays out of it, in the tab's
 * memory per history entry like every list's search.
 */
export const ledgerUrlSpec = {
  recipientId: textParam(),
  recipientCategory: enumParam(recipientCategories),
  kind: enumParam(disclosureKinds),
  legalBasis: enumParam(legalBases),
  crossBorder: enumParam(crossBorderChoices),
  from: dayParam(),
  to: dayParam(),
  sort: enumParam(disclosureSortFields, 'occurredAt'),
  dir: enumParam(sortDirections, 'desc'),
  ...pagingParams(50),
};

export type LedgerView = UrlValues<typeof ledgerUrlSpec>;

/** The filters Clear resets (sort, direction and page size stay as chosen). */
export const noLedgerFilters = {
  recipientId: '',
  recipientCategory: '',
  kind: '',
  legalBasis: '',
  crossBorder: '',
  from: '',
  to: '',
} as const satisfies Partial<LedgerView>;

export function hasRangeError(view: Pick<LedgerView, 'from' | 'to'>): boolean {
  return isReversedRange(view);
}

/** Whether any filter (or the search text) narrows the ledger. */
export function hasLedgerFilters(view: LedgerView, text = ''): boolean {
  return (
    Object.keys(noLedgerFilters).some((key) => view[key as keyof typeof noLedgerFilters] !== '') ||
    text.trim() !== ''
  );
}

/**
 * The API query (`GET /disclosures`, and the export's with `page`/`pageSize` dropped) of a view
 * and the settled search text. Days are the staff member's days in the browser's time zone and
 * become the UTC instants that bound them.
 */
export function toLedgerQuery(view: LedgerView, q: string): DisclosureQuery {
  return {
    recipientId: view.recipientId.trim() || undefined,
    recipientCategory: view.recipientCategory || undefined,
    kind: view.kind || undefined,
    legalBasis: view.legalBasis || undefined,
    crossBorder: view.crossBorder === '' ? undefined : view.crossBorder === 'yes',
    from: view.from ? dayStartIso(view.from) : undefined,
    to: view.to ? dayEndIso(view.to) : undefined,
    q: q.trim() || undefined,
    sort: `${view.sort}:${view.dir}`,
    page: view.page,
    pageSize: view.pageSize,
  };
}
