import { styled } from '@mui/material/styles';
import type { Disclosure } from '@/shared/contract/disclosures';
import { formatDateTime } from '@/shared/lib/format';
import { paths } from '@/shared/lib/paths';
import type { Column } from '@/shared/ui/list/column';
import { RowLink } from '@/shared/ui/row-link';
import { UserText } from '@/shared/ui/user-text';
import {
  crossBorderSafeguardLabels,
  disclosureKindLabels,
  legalBasisLabels,
  recipientCategoryLabels,
} from '../disclosure-labels';
import { DataCategories, dataCategoriesText } from './data-categories';
import { DisclosureFlags, disclosureFlagsText } from './disclosure-flags';

// One class each for the recipient cell's two parts (a page holds up to 200 rows): no per-cell sx.
const RecipientName = styled('span')({ fontWeight: 600 });
const RecipientFacts = styled('span')(({ theme }) => ({
  ...theme.typography.caption,
  color: (theme.vars ?? theme).palette.text.secondary,
}));

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "2 Nov 2026": the day an entry's disclosure happened, in the browser's time zone. */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** "Seller · DE": a recipient's category and country. */
export function recipientFacts(recipient: Disclosure['recipient']): string {
  return `${recipientCategoryLabels[recipient.category]} · ${recipient.country}`;
}

/** "US · Standard contract", or "—" for an entry that stayed in the country. */
export function crossBorderText(disclosure: Disclosure): string {
  const { crossBorder } = disclosure;
  return crossBorder
    ? `${crossBorder.destinationCountry} · ${crossBorderSafeguardLabels[crossBorder.safeguard]}`
    : '—';
}

interface ColumnOptions {
  /**
   * Whether the person may open the ledger's pages (`disclosures.read`): then the day links to the
   * entry and the recipient's name to its view. Support reads an account's entries in its tab
   * without either page, so the cells are plain text there.
   */
  links: boolean;
}

/**
 * The ledger's columns, one line each: occurred (the entry's link), recipient (name, category,
 * country), kind, legal basis, purpose, data categories (sensitive ones marked), subjects, cross
 * border and flags. Names and purposes are printed as UserText and truncate, whole on hover and
 * on the focused row; kind, purpose and cross border collapse first on a narrow table.
 */
export function disclosureColumns({ links }: ColumnOptions): readonly Column<Disclosure>[] {
  return [
    {
      id: 'occurred',
      header: 'Occurred',
      sortField: 'occurredAt',
      noWrap: true,
      render: (disclosure) => (
        <time dateTime={disclosure.occurredAt} title={formatDateTime(disclosure.occurredAt)}>
          {links ? (
            <RowLink to={paths.disclosure(disclosure.id)}>{formatDay(disclosure.occurredAt)}</RowLink>
          ) : (
            formatDay(disclosure.occurredAt)
          )}
        </time>
      ),
    },
    {
      id: 'recipient',
      header: 'Recipient',
      width: '22%',
      fullText: (disclosure) => `${disclosure.recipient.name} (${recipientFacts(disclosure.recipient)})`,
      render: (disclosure) => (
        <>
          <RecipientName>
            {links ? (
              <RowLink to={paths.recipient(disclosure.recipient.id)}>{disclosure.recipient.name}</RowLink>
            ) : (
              <UserText>{disclosure.recipient.name}</UserText>
            )}
          </RecipientName>{' '}
          <RecipientFacts>
            <UserText>{recipientFacts(disclosure.recipient)}</UserText>
          </RecipientFacts>
        </>
      ),
    },
    {
      id: 'kind',
      header: 'Kind',
      priority: 3,
      noWrap: true,
      render: (disclosure) => disclosureKindLabels[disclosure.kind],
    },
    {
      id: 'legalBasis',
      header: 'Legal basis',
      noWrap: true,
      render: (disclosure) => legalBasisLabels[disclosure.legalBasis],
    },
    {
      id: 'purpose',
      header: 'Purpose',
      priority: 2,
      width: '14%',
      fullText: (disclosure) => disclosure.purpose,
      render: (disclosure) => <UserText>{disclosure.purpose}</UserText>,
    },
    {
      id: 'dataCategories',
      header: 'Data categories',
      width: '14%',
      fullText: (disclosure) => dataCategoriesText(disclosure.dataCategories),
      render: (disclosure) => <DataCategories categories={disclosure.dataCategories} />,
    },
    {
      id: 'subjects',
      header: 'Subjects',
      sortField: 'subjectCount',
      align: 'right',
      render: (disclosure) => disclosure.subjectCount.toLocaleString(),
    },
    {
      id: 'crossBorder',
      header: 'Cross-border',
      priority: 3,
      width: '11%',
      fullText: crossBorderText,
      render: (disclosure) => <UserText>{crossBorderText(disclosure)}</UserText>,
    },
    {
      id: 'flags',
      header: 'Flags',
      width: '12%',
      fullText: (disclosure) => disclosureFlagsText(disclosure) || '—',
      render: (disclosure) => <DisclosureFlags disclosure={disclosure} />,
    },
  ];
}
