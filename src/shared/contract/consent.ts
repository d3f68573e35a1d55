import * as z from 'zod/mini';
import { idOf, isoDateTime, pageOf } from './common';
import { withinTextLimit } from './limits';

// Consent: the purposes a customer can opt into, their current state and the full event history.

export const purposeIds = [
  'essential_cookies',
  'analytics_cookies',
  'personalized_recommendations',
  'marketing_email',
  'email_tracking_pixels',
  'affiliate_sharing',
  'partner_sharing',
  'sensitive_data_sharing',
] as const;
export const purposeIdSchema = z.enum(purposeIds);
export type PurposeId = z.infer<typeof purposeIdSchema>;

/** Purposes the shop cannot work without; they cannot be withdrawn (the API answers 409). */
export const requiredPurposeIds = ['essential_cookies'] as const satisfies readonly PurposeId[];

export function isRequiredPurpose(purposeId: PurposeId): boolean {
  return (requiredPurposeIds as readonly PurposeId[]).includes(purposeId);
}

/** Policy version label as readers see it, e.g. `2026.3`. */
const policyVersionLabel = z.string().check(z.minLength(1));

export const purposeSchema = z.object({
  id: purposeIdSchema,
  name: z.string(),
  description: z.string(),
  required: z.boolean(),
  /** Label of the policy version that introduced the purpose. */
  since: policyVersionLabel,
});
export type Purpose = z.infer<typeof purposeSchema>;

/** `GET /consent/purposes` answers a plain array. */
export const purposeListSchema = z.array(purposeSchema);

export const consentStates = ['granted', 'withdrawn', 'not_asked'] as const;
export const consentStateSchema = z.enum(consentStates);
export type ConsentState = z.infer<typeof consentStateSchema>;

/**
 * One purpose's current state on an account. A purpose never asked has no moment and no policy
 * version behind its state, so `since` and `policyVersion` are `null` exactly when `not_asked`.
 */
export const currentConsentSchema = z.object({
  purposeId: purposeIdSchema,
  state: consentStateSchema,
  since: z.nullable(isoDateTime),
  policyVersion: z.nullable(policyVersionLabel),
});
export type CurrentConsent = z.infer<typeof currentConsentSchema>;

/** `GET /accounts/{id}/consents` answers a plain array, one entry per purpose. */
export const currentConsentListSchema = z.array(currentConsentSchema);

export const consentActions = ['granted', 'withdrawn', 'reconsent_requested', 'expired'] as const;
export const consentActionSchema = z.enum(consentActions);
export type ConsentAction = z.infer<typeof consentActionSchema>;

export const consentSources = [
  'registration',
  'cookie_banner',
  'settings',
  'email_link',
  'support_request',
  'policy_update',
] as const;
export const consentSourceSchema = z.enum(consentSources);
export type ConsentSource = z.infer<typeof consentSourceSchema>;

/**
 * How a customer asked staff to withdraw a consent (docs/api.md, "Consent": a staff-recorded
 * withdrawal's `channel` is the way the request reached the shop, not a device).
 */
export const withdrawalChannels = ['phone', 'email', 'chat', 'letter', 'in_person'] as const;
export const withdrawalChannelSchema = z.enum(withdrawalChannels);
export type WithdrawalChannel = z.infer<typeof withdrawalChannelSchema>;

/**
 * Where a consent event came from: the customer's own channels (`web`, `ios`, `android`, `email`,
 * `phone`) and, on a withdrawal staff recorded, how the customer asked (`withdrawalChannels`).
 */
export const consentChannels = ['web', 'ios', 'android', 'email', 'phone', 'chat', 'letter', 'in_person'] as const;
export const consentChannelSchema = z.enum(consentChannels);
export type ConsentChannel = z.infer<typeof consentChannelSchema>;

/**
 * One entry of the consent history: the proof of an opt-in or opt-out. `noticeText` is what the
 * customer was shown, verbatim; `ip` is masked unless revealed; `recordedBy` is the staff member
 * who recorded it (only for withdrawals recorded on the customer's request). Such a staff-recorded
 * withdrawal shows the customer nothing, so its `noticeText`, `ip` and `userAgent` are `""`; its
 * `channel` says how the customer asked and `reason` what staff wrote down (docs/api.md, "Consent").
 */
export const consentEventSchema = z.object({
  id: idOf('evt'),
  at: isoDateTime,
  purposeId: purposeIdSchema,
  action: consentActionSchema,
  source: consentSourceSchema,
  channel: consentChannelSchema,
  policyVersion: policyVersionLabel,
  noticeText: z.string(),
  ip: z.string(),
  userAgent: z.string(),
  recordedBy: z.optional(idOf('stf')),
  /** Only on a staff-recorded withdrawal: the reason staff gave when recording it. */
  reason: z.optional(z.string()),
});
export type ConsentEvent = z.infer<typeof consentEventSchema>;

/** `GET /accounts/{id}/consent-events`, newest first. */
export const consentEventPageSchema = pageOf(consentEventSchema);

export interface ConsentEventQuery {
  purposeId?: PurposeId | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * `POST /accounts/{id}/consent-events`. Staff record only a withdrawal the customer asked for, so
 * `action` can only be `withdrawn` (a grant is refused); `channel` is how the customer asked.
 */
export const consentWithdrawalRequestSchema = z.object({
  purposeId: purposeIdSchema,
  action: z.literal('withdrawn'),
  channel: withdrawalChannelSchema,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Say why the customer withdrew, as they put it'),
      withinTextLimit('reason', 'reason'),
    ),
});
export type ConsentWithdrawalRequest = z.infer<typeof consentWithdrawalRequestSchema>;

/**
 * `GET /accounts/{id}/consent-receipt`: the exportable proof of consent for one account. It holds
 * the current state of every purpose and every consent event, newest first (not paged).
 */
export const consentReceiptSchema = z.object({
  accountId: idOf('acc'),
  generatedAt: isoDateTime,
  generatedBy: idOf('stf'),
  consents: z.array(currentConsentSchema),
  events: z.array(consentEventSchema),
});
export type ConsentReceipt = z.infer<typeof consentReceiptSchema>;
