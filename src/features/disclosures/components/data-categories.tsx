import { isSensitiveDataCategory, type DataCategory } from '@/shared/contract/disclosures';
import { dataCategoryLabels } from '../disclosure-labels';

/**
 * "Identity, Contact, ⚠ Payment account (sensitive)": what kinds of data went out, each by its
 * label. A sensitive category (API.md `DataCategory`: it needed explicit consent) is marked by a
 * sign and the word, in bold, never by colour alone. Plain text form for a cell's hover title.
 */
export function dataCategoriesText(categories: readonly DataCategory[]): string {
  return categories
    .map((category) =>
      isSensitiveDataCategory(category)
        ? `⚠ ${dataCategoryLabels[category].label} (sensitive)`
        : dataCategoryLabels[category].label,
    )
    .join(', ');
}

/** The data categories of an entry on one line, sensitive ones marked (see `dataCategoriesText`). */
export function DataCategories({ categories }: { categories: readonly DataCategory[] }) {
  return (
    <span>
      {categories.map((category, index) => (
        <span key={category}>
          {index > 0 ? ', ' : null}
          {isSensitiveDataCategory(category) ? (
            <strong>
              <span aria-hidden>⚠ </span>
              {dataCategoryLabels[category].label} (sensitive)
            </strong>
          ) : (
            dataCategoryLabels[category].label
          )}
        </span>
      ))}
    </span>
  );
}
