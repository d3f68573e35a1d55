import * as z from 'zod/mini';
import { idOf, isoDateTime, pageOf } from './common';
import type { SortDirection } from './common';
import { withinTextLimit } from './limits';

// Accounts: the shop's customer accounts, their devices and access log, reveal, lock/unlock.

export const accountStatuses = ['active', 'locked', 'closed', 'anonymized'] as const;
export const accountStatusSchema = z.enum(accountStatuses);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

const riskScore = z.number().check(z.int(), z.minimum(0), z.maximum(100));
const count = z.number().check(z.int(), z.minimum(0));

/**
 * One row of `GET /accounts`. `email`, `name` and `phone` arrive masked unless the caller may see
 * them (`j***@example.com`, `+86 138****5678`): masking keeps the shape, so they are plain strings.
 */
export const accountSummarySchema = z.object({
  id: idOf('acc'),
  email: z.string(),
  name: z.string(),
  phone: z.string(),
  status: accountStatusSchema,
  emailVerified: z.boolean(),
  country: z.string(),
  language: z.string(),
  createdAt: isoDateTime,
  lastSeenAt: isoDateTime,
  riskScore,
  openAlertCount: count,
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const accountPageSchema = pageOf(accountSummarySchema);

export const deviceKinds = ['desktop', 'mobile', 'tablet'] as const;
export const deviceKindSchema = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof deviceKindSchema>;

/** A device seen on the account; `macAddress` is masked (`3C:22:FB:**:**:**`) unless revealed. */
export const deviceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: deviceKindSchema,
  os: z.string(),
  browser: z.string(),
  macAddress: z.string(),
  firstSeenAt: isoDateTime,
  lastSeenAt: isoDateTime,
  trusted: z.boolean(),
});
export type Device = z.infer<typeof deviceSchema>;

export const registrationMethods = ['email'] as const;

export const registrationSchema = z.object({
  method: z.enum(registrationMethods),
  verificationSentAt: isoDateTime,
  /** `null` while the email address is not verified (`emailVerified: false`). */
  verifiedAt: z.nullable(isoDateTime),
});
export type Registration = z.infer<typeof registrationSchema>;

export const retentionSchema = z.object({ deleteAfter: isoDateTime, reason: z.string() });
export type Retention = z.infer<typeof retentionSchema>;

/** `GET /accounts/{id}`: the summary plus what the account page shows; editable, so it has `version`. */
export const accountSchema = z.extend(accountSummarySchema, {
  version: z.number().check(z.int(), z.minimum(0)),
  registration: registrationSchema,
  devices: z.array(deviceSchema),
  retention: retentionSchema,
  lockedReason: z.optional(z.string()),
});
export type Account = z.infer<typeof accountSchema>;

/** `GET /accounts` filters and sort; `q` (often an email or phone) must never reach the URL bar. */
export const accountSortFields = [
  'id',
  'name',
  'status',
  'country',
  'createdAt',
  'lastSeenAt',
  'riskScore',
  'openAlertCount',
] as const;
export type AccountSortField = (typeof accountSortFields)[number];
export type AccountSort = `${AccountSortField}:${SortDirection}`;

export interface AccountQuery {
  /** Matches the id exactly, or email / name / phone by case-insensitive substring. */
  q?: string | undefined;
  status?: AccountStatus | undefined;
  country?: string | undefined;
  riskMin?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: AccountSort | undefined;
}

// Access log: exactly what the privacy policy says is collected while a customer uses the shop.

export const activityTypes = ['page_view', 'search', 'login', 'logout', 'password_change'] as const;
export const activityTypeSchema = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityEventSchema = z.object({
  id: idOf('evt'),
  at: isoDateTime,
  type: activityTypeSchema,
  ip: z.string(),
  browser: z.string(),
  telecomOperator: z.string(),
  language: z.string(),
  url: z.optional(z.string()),
  searchTerm: z.optional(z.string()),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

export const activityPageSchema = pageOf(activityEventSchema);

/** Query of `GET /accounts/{id}/activity`; `from` / `to` bound `at`. */
export interface ActivityQuery {
  type?: ActivityType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

// Reveal: unmasking one value is an explicit request with a reason, and the API audits it.

export const revealFields = ['email', 'phone', 'ip', 'macAddress', 'searchHistory'] as const;
export const revealFieldSchema = z.enum(revealFields);
export type RevealField = z.infer<typeof revealFieldSchema>;

/** Fields that name one record by `targetId`: a device for `macAddress`, an activity event or alert for `ip`. */
export const revealFieldsWithTarget = ['ip', 'macAddress'] as const satisfies readonly RevealField[];

export function revealNeedsTarget(field: RevealField): boolean {
  return (revealFieldsWithTarget as readonly RevealField[]).includes(field);
}

export const minRevealReasonLength = 10;

export const revealRequestSchema = z
  .object({
    field: revealFieldSchema,
    targetId: z.optional(z.string().check(z.minLength(1))),
    reason: z
      .string()
      .check(
        z.trim(),
        z.minLength(minRevealReasonLength, `Give a reason of at least ${minRevealReasonLength} characters`),
        withinTextLimit('reason', 'reason'),
      ),
  })
  .check(
    z.superRefine((request, ctx) => {
      const needsTarget = revealNeedsTarget(request.field);
      if (needsTarget && request.targetId === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['targetId'],
          message:
            request.field === 'macAddress'
              ? 'Name the device whose MAC address to reveal'
              : 'Name the activity event or alert whose IP address to reveal',
          input: request.targetId,
        });
      }
      if (!needsTarget && request.targetId !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['targetId'],
          message: `A ${request.field} reveal names no target`,
          input: request.targetId,
        });
      }
    }),
  );
export type RevealRequest = z.infer<typeof revealRequestSchema>;

export const revealValueResponseSchema = z.object({
  field: z.enum(['email', 'phone', 'ip', 'macAddress']),
  targetId: z.optional(z.string()),
  value: z.string(),
});
export const revealSearchHistoryResponseSchema = z.object({
  field: z.literal('searchHistory'),
  values: z.array(z.string()),
});
/** Reply of `POST /accounts/{id}/reveal`: one `value`, or `values` for `searchHistory`. */
export const revealResponseSchema = z.discriminatedUnion('field', [
  revealValueResponseSchema,
  revealSearchHistoryResponseSchema,
]);
export type RevealResponse = z.infer<typeof revealResponseSchema>;

// Lock / unlock (If-Match). The reason is kept on the account (`lockedReason`) and in the audit log.

export const lockAccountRequestSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'Give a reason'), withinTextLimit('reason', 'reason')),
});
export type LockAccountRequest = z.infer<typeof lockAccountRequestSchema>;

export const unlockAccountRequestSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'Give a reason'), withinTextLimit('reason', 'reason')),
});
export type UnlockAccountRequest = z.infer<typeof unlockAccountRequestSchema>;
