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
 * them, or the errors by field; `changeCategories` is left to the form, which checks it on a valid plan.
 * `facts()` is read at each validation, so server time is current.
 */
export function planResolver(facts: () => PlanFacts): Resolver<PlanValues> {
  return (values) => {
    const { version, purposes, nowMs } = facts();
    // The change categories are the version's, not a field of the plan: the form checks them itself
    // once the plan is valid (a resolver's `root` error would not stop the submission).
    const entries = Object.entries(planErrors(values, version, purposes, nowMs)).filter(
      ([field]) => field !== 'changeCategories',
    );
    if (entries.length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(
      entries.map(([field, message]) => [field, { type: 'rule', message }]),
    ) as FieldErrors<PlanValues>;
    return { values: {}, errors };
  };
}
