import type { LedgerView } from '../ledger/ledger-view';

/** Lower-case ASCII letters, digits and hyphens only: safe in every file system and shell. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

interface FileNameInput {
  view: LedgerView;
  /** The filtered recipient's name when it is known (else its id names it). */
  recipientName?: string | undefined;
  /** Whether a search text narrows the set: said as `search`, never spelt out on disk. */
  searched: boolean;
  /** The day of the export, `YYYY-MM-DD` (the staff member's day). */
  day: string;
}

/**
 * The export's file name, made of the ledger's filters and the day:
 * `disclosures_seller_consent_2026-11-30.csv`, `disclosures_acme-retail_cross-border_from-2026-01-01_2026-11-30.csv`.
 * Values are the contract's codes or slugs of names (ASCII letters, digits, `-`), joined by `_`;
 * the search text itself is never part of it (it may be what a person typed), only `search`.
 */
export function exportFileName({ view, recipientName, searched, day }: FileNameInput): string {
  const parts = ['disclosures'];
  if (view.recipientId) parts.push(slug(recipientName ?? '') || slug(view.recipientId) || 'recipient');
  if (view.recipientCategory) parts.push(view.recipientCategory.replace(/_/g, '-'));
  if (view.kind) parts.push(view.kind.replace(/_/g, '-'));
  if (view.legalBasis) parts.push(view.legalBasis.replace(/_/g, '-'));
  if (view.crossBorder) parts.push(view.crossBorder === 'yes' ? 'cross-border' : 'domestic');
  if (view.from) parts.push(`from-${view.from}`);
  if (view.to) parts.push(`to-${view.to}`);
  if (searched) parts.push('search');
  parts.push(day);
  return `${parts.join('_')}.csv`;
}
