import type { IncidentSeverity, PatchIncidentRequest } from '@/shared/contract/incidents';
import type { FactsField } from './facts-form-values';

/** How a severity reads on the facts and in the form. */
export const severityLabels: Record<IncidentSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/**
 * One fact of an incident or of a PATCH body in words, for the conflict dialog and a set-aside
 * edit: texts as written ("—" when empty), lists joined, account ids counted with the first few.
 */
export function describeFact(field: FactsField, source: PatchIncidentRequest): string {
  switch (field) {
    case 'severity':
      return source.severity ? severityLabels[source.severity] : '—';
    case 'dataCategories':
      return source.dataCategories?.length ? source.dataCategories.join(', ') : '—';
    case 'affectedAccountIds': {
      const ids = source.affectedAccountIds ?? [];
      if (ids.length === 0) return 'None listed';
      const shown = ids.slice(0, 5).join(', ');
      return ids.length > 5
        ? `${String(ids.length)} listed: ${shown}, …`
        : `${String(ids.length)} listed: ${shown}`;
    }
    case 'affectedAccountCount':
      return source.affectedAccountCount === undefined
        ? '—'
        : source.affectedAccountCount.toLocaleString('en');
    default: {
      const text = source[field];
      return text === undefined || text.trim() === '' ? '—' : text;
    }
  }
}
