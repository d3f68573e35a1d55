import { fromLocalInput, toLocalInput } from '@/shared/lib/format';
import type { PurposeId } from '@/shared/contract/consent';
import {
  minNoticePeriodDays,
  type PolicyNoticeChannel,
  type PolicyVersion,
  type PublishPolicyRequest,
} from '@/shared/contract/policies';

/**
 * The schedule form's values as the person edits them. The two times are `datetime-local` text
 * (`YYYY-MM-DDTHH:mm`) in the staff member's (the browser's) time zone; `toPublishRequest` turns
 * them into UTC ISO instants for `POST /policies/{id}/publish`.
 */
export interface PlanValues {
  channels: PolicyNoticeChannel[];
  /** When customers are told, local `datetime-local` text. */
  sendAt: string;
  /** When the version takes effect, local `datetime-local` text. */
  effectiveAt: string;
  reconsentPurposes: PurposeId[];
}

/** Where a rule's or the API's message is shown: a field, or the form as a whole (`changeCategories`). */
export type PlanField = keyof PlanValues | 'changeCategories';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** Local text as a UTC ISO instant, or the text unchanged when it is no time (for the schema to name). */
function toIso(value: string): string {
  const ms = fromLocalInput(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** The body of `POST /policies/{id}/publish` the values describe: times in UTC, lists in the contract's order. */
export function toPublishRequest(values: PlanValues): PublishPolicyRequest {
  return {
    effectiveAt: toIso(values.effectiveAt),
    notice: {
      channels: [...values.channels],
      sendAt: toIso(values.sendAt),
      reconsentPurposes: [...values.reconsentPurposes],
    },
  };
}

/**
 * The plan the form opens with for `version` at server time `nowMs`: the notice at 09:00 local
 * tomorrow, taking effect `minNoticePeriodDays` days later; email and a site banner for a
 * significant change, a banner alone otherwise; no re-consent purpose chosen (the person decides,
 * and the rules say which are needed).
 */
export function initialPlan(version: Pick<PolicyVersion, 'significant'>, nowMs: number): PlanValues {
  const tomorrow = new Date(nowMs + dayMs);
  tomorrow.setHours(9, 0, 0, 0);
  const sendMs = tomorrow.getTime();
  return {
    channels: version.significant ? ['email', 'site_banner'] : ['site_banner'],
    sendAt: toLocalInput(sendMs),
    effectiveAt: toLocalInput(sendMs + minNoticePeriodDays * dayMs),
    reconsentPurposes: [],
  };
}

/**
 * The form field that shows an error the API names by its request path (`notice.channels`,
 * `notice.sendAt`, `effectiveAt`, `notice.reconsentPurposes`, `changeCategories`); `undefined`
 * for a path the form has no place for.
 */
export function planFieldOfApiPath(path: string): PlanField | undefined {
  const parts = path.split(/[.[\]]/).filter((part) => part !== '');
  const [head, next] = parts;
  if (head === 'notice') {
    if (next === 'channels' || next === 'sendAt' || next === 'reconsentPurposes') return next;
    return next === undefined ? 'channels' : undefined;
  }
  if (head === 'effectiveAt' || head === 'changeCategories') return head;
  return undefined;
}
