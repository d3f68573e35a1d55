import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Purpose } from '@/shared/contract/consent';
import type { PolicyVersionSummary } from '@/shared/contract/policies';
import { planErrors } from './plan-rules';
import type { PlanValues } from './plan-values';

/** What the rules need besides the values, read at each validation. */
export interface PlanFacts {
  version: Pick<PolicyVersionSummary, 'label' | 'significant' | 'changeCategories'>;
  purposes: readonly Pick<Purpose, 'id' | 'since'>[];
  /** Server time, epoch ms. */
  nowMs: number;
}

/**
 * A react-hook-form resolver over `planErrors`: the values as they are when the API should accept
 * them, or the errors by field (`changeCategories` goes to `root`: the form's own, shown above the fields).
 * `facts()` is read at each validation, so server time is current.
 */
export function planResolver(facts: () => PlanFacts): Resolver<PlanValues> {
  return (values) => {
    const { version, purposes, nowMs } = facts();
    const entries = Object.entries(planErrors(values, version, purposes, nowMs));
    if (entries.length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(
      // The change categories are the version's, not a field of the plan: the form's own error.
      entries.map(([field, message]) => [
        field === 'changeCategories' ? 'root' : field,
        { type: 'rule', message },
      ]),
    ) as FieldErrors<PlanValues>;
    return { values: {}, errors };
  };
}
