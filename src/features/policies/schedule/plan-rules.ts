import type { Purpose } from '@/shared/contract/consent';
import {
  publishPolicyProblems,
  publishPolicyRequestSchema,
  type PolicyVersionSummary,
} from '@/shared/contract/policies';
import { formatDateTime, fromLocalInput } from '@/shared/lib/format';
import { planFieldOfApiPath, toPublishRequest, type PlanField, type PlanValues } from './plan-values';

// The publishing rules of API.md "Policy versions" (POST /policies/{id}/publish), checked in the
// schedule form before anything is sent, each message naming the rule and the promise of the
// privacy policy it keeps. Pure: the version, the purposes and server time are passed in.

/** Why each rule exists: the promise of the privacy policy it keeps, in the console's words. */
export const planClauses = {
  changeCategories:
    'Privacy policy, updates: a significant change tells customers what kind of change it is, so the notice can say it.',
  channels:
    'Privacy policy, updates: a significant change is announced prominently, to each customer directly (email or SMS) and on the site, before it applies.',
  effectiveAt:
    'Privacy policy, updates: customers are told before a significant change applies, with time to read it and decide.',
  reconsentPurposes:
    'Privacy policy, consent: data is used for a new or changed purpose only after the customer opts in, and rights are never reduced without consent.',
  sendAt:
    'Privacy policy, updates: every version is announced beforehand, and a notice cannot go out in the past.',
} as const;

const clauseOf: Record<PlanField, string> = {
  changeCategories: planClauses.changeCategories,
  channels: planClauses.channels,
  effectiveAt: planClauses.effectiveAt,
  reconsentPurposes: planClauses.reconsentPurposes,
  sendAt: planClauses.sendAt,
};

// The schema's own words where a value is missing or malformed.
const plainMessages: Partial<Record<PlanField, string>> = {
  sendAt: 'Give the date and time the notice goes out',
  effectiveAt: 'Give the date and time the version takes effect',
  channels: 'Choose at least one channel',
};

/**
 * The schedule form's errors for `values` on `version`, one message per field (several rules on
 * one field joined), each ending with the clause it keeps: the contract's request schema
 * (`publishPolicyRequestSchema`: times, at least one channel, not in effect before the notice),
 * the notice time not before server time `nowMs`, then the API's publishing rules
 * (`publishPolicyProblems`, with `purposes` from `GET /consent/purposes`). Returns `{}` when the
 * API should accept the plan.
 */
export function planErrors(
  values: PlanValues,
  version: Pick<PolicyVersionSummary, 'label' | 'significant' | 'changeCategories'>,
  purposes: readonly Pick<Purpose, 'id' | 'since'>[],
  nowMs: number,
): Partial<Record<PlanField, string>> {
  const messages = new Map<PlanField, string[]>();
  const add = (field: PlanField, message: string) => {
    const existing = messages.get(field) ?? [];
    if (!existing.includes(message)) messages.set(field, [...existing, message]);
  };
  const request = toPublishRequest(values);
  const parsed = publishPolicyRequestSchema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = planFieldOfApiPath(issue.path.map(String).join('.')) ?? 'channels';
      add(field, issue.code === 'custom' ? issue.message : (plainMessages[field] ?? issue.message));
    }
  }
  const sendMs = fromLocalInput(values.sendAt);
  if (!Number.isNaN(sendMs) && sendMs < nowMs) {
    add(
      'sendAt',
      `The notice cannot go out in the past: by the server’s clock it is ${formatDateTime(nowMs)}`,
    );
  }
  if (parsed.success) {
    for (const problem of publishPolicyProblems(version, parsed.data, purposes)) {
      add(planFieldOfApiPath(problem.field) ?? 'channels', problem.message);
    }
  }
  return Object.fromEntries(
    [...messages].map(([field, texts]) => [
      field,
      `${texts.map((text) => `${text}.`).join(' ')} ${clauseOf[field]}`,
    ]),
  );
}
