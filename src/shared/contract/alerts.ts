import { textLimits, withinTextLimit } from './limits';
import * as z from 'zod/mini';
import { deviceSchema } from './accounts';
import { idOf, isoDateTime, pageOf, problemSchema } from './common';
import type { SortDirection } from './common';

// Risk alerts: the triage queue, its state machine, notes, bulk changes and escalation.

export const alertTypes = [
  'phishing_url',
  'new_device',
  'anomalous_login',
  'credential_stuffing',
  'account_takeover',
  'mac_spoofing',
  'user_report',
] as const;
export const alertTypeSchema = z.enum(alertTypes);
export type AlertType = z.infer<typeof alertTypeSchema>;

/** Lowest first; incidents use the same scale. */
export const alertSeverities = ['low', 'medium', 'high', 'critical'] as const;
export const alertSeveritySchema = z.enum(alertSeverities);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

export const alertStatuses = ['new', 'acknowledged', 'escalated', 'resolved', 'dismissed'] as const;
export const alertStatusSchema = z.enum(alertStatuses);
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/** Statuses still waiting for someone (the queue's "open"). */
export const openAlertStatuses = [
  'new',
  'acknowledged',
  'escalated',
] as const satisfies readonly AlertStatus[];

export const alertResolutions = ['true_positive', 'false_positive', 'benign'] as const;
export const alertResolutionSchema = z.enum(alertResolutions);
export type AlertResolution = z.infer<typeof alertResolutionSchema>;

/**
 * Allowed status moves. `escalated` is reached only through `POST /alerts/{id}/escalate`, which
 * also links the incident (a PATCH to `escalated` gets 409); reopening a closed alert (`resolved` /
 * `dismissed`) sends it back to `acknowledged`. Every other move is refused with 409.
 */
export const alertTransitions = {
  new: ['acknowledged', 'dismissed'],
  acknowledged: ['escalated', 'resolved', 'dismissed'],
  escalated: ['resolved'],
  resolved: ['acknowledged'],
  dismissed: ['acknowledged'],
} as const satisfies Record<AlertStatus, readonly AlertStatus[]>;

export function allowedAlertMoves(from: AlertStatus): readonly AlertStatus[] {
  return alertTransitions[from];
}

export function canMoveAlert(from: AlertStatus, to: AlertStatus): boolean {
  return allowedAlertMoves(from).includes(to);
}

export const alertEvidenceEventSchema = z.object({ at: isoDateTime, description: z.string() });
export type AlertEvidenceEvent = z.infer<typeof alertEvidenceEventSchema>;

/**
 * What the detection saw. `ip` (and the device's `macAddress`) arrive masked unless revealed;
 * `location` is a readable place such as `Shanghai, CN`; `reportText` is the customer's own report
 * (for `user_report` alerts).
 */
export const alertEvidenceSchema = z.object({
  urls: z.array(z.string()),
  device: z.optional(deviceSchema),
  ip: z.string(),
  location: z.optional(z.string()),
  events: z.array(alertEvidenceEventSchema),
  reportText: z.optional(z.string()),
});
export type AlertEvidence = z.infer<typeof alertEvidenceSchema>;

export const alertSchema = z.object({
  id: idOf('alr'),
  version: z.number().check(z.int(), z.minimum(0)),
  type: alertTypeSchema,
  severity: alertSeveritySchema,
  status: alertStatusSchema,
  resolution: z.optional(alertResolutionSchema),
  title: z.string(),
  accountId: idOf('acc'),
  detectedAt: isoDateTime,
  updatedAt: isoDateTime,
  assigneeId: z.optional(idOf('stf')),
  riskScore: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  incidentId: z.optional(idOf('inc')),
  evidence: alertEvidenceSchema,
});
export type Alert = z.infer<typeof alertSchema>;

export const alertPageSchema = pageOf(alertSchema);

export const alertSortFields = ['detectedAt', 'updatedAt', 'severity', 'riskScore', 'status'] as const;
export type AlertSortField = (typeof alertSortFields)[number];
export type AlertSort = `${AlertSortField}:${SortDirection}`;

/** `assigneeId=none` selects unassigned alerts. */
export const unassignedFilter = 'none';

/** Query of `GET /alerts`; the array filters repeat their key (`status=new&status=acknowledged`). */
export interface AlertQuery {
  status?: AlertStatus[] | undefined;
  severity?: AlertSeverity[] | undefined;
  type?: AlertType[] | undefined;
  /** Staff ids, or `none` for unassigned. */
  assigneeId?: string[] | undefined;
  accountId?: string | undefined;
  /** The id exactly, or the title by case-insensitive substring. */
  q?: string | undefined;
  /** Bound `detectedAt`. */
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: AlertSort | undefined;
}

/** Query of `GET /alerts/counts`: the list's filters except status (and paging). */
export type AlertCountsQuery = Omit<AlertQuery, 'status' | 'page' | 'pageSize' | 'sort'>;

const count = z.number().check(z.int(), z.minimum(0));

/** `GET /alerts/counts`: one count per status, for the filter chips. */
export const alertCountsSchema = z.object({
  new: count,
  acknowledged: count,
  escalated: count,
  resolved: count,
  dismissed: count,
});
export type AlertCounts = z.infer<typeof alertCountsSchema>;

export const maxNoteLength = textLimits.note;

const noteText = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Write a note'),
    z.maxLength(maxNoteLength, `Keep the note under ${maxNoteLength.toLocaleString('en')} characters`),
  );

/**
 * `PATCH /alerts/{id}` (If-Match), also the `patch` of a bulk change. `assigneeId: null` unassigns.
 * Resolving needs a `resolution`, dismissing needs a `note`, both in the same request.
 */
export const alertPatchSchema = z
  .object({
    status: z.optional(alertStatusSchema),
    assigneeId: z.optional(z.nullable(idOf('stf'))),
    resolution: z.optional(alertResolutionSchema),
    severity: z.optional(alertSeveritySchema),
    note: z.optional(noteText),
  })
  .check(
    z.superRefine((patch, ctx) => {
      if (
        patch.status === undefined &&
        patch.assigneeId === undefined &&
        patch.resolution === undefined &&
        patch.severity === undefined &&
        patch.note === undefined
      ) {
        ctx.addIssue({ code: 'custom', path: [], message: 'Change at least one field', input: patch });
      }
      if (patch.status === 'resolved' && patch.resolution === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['resolution'],
          message: 'Choose a resolution to resolve the alert',
          input: patch.resolution,
        });
      }
      if (patch.status === 'dismissed' && patch.note === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'Say in a note why the alert is dismissed',
          input: patch.note,
        });
      }
    }),
  );
export type AlertPatch = z.infer<typeof alertPatchSchema>;

export const maxBulkItems = 500;

export const alertBulkItemSchema = z.object({
  id: idOf('alr'),
  version: z.number().check(z.int(), z.minimum(0)),
});
export type AlertBulkItem = z.infer<typeof alertBulkItemSchema>;

/** `POST /alerts/bulk`: each item is checked on its own, against its own version. */
export const alertBulkRequestSchema = z.object({
  items: z
    .array(alertBulkItemSchema)
    .check(
      z.minLength(1, 'Select at least one alert'),
      z.maxLength(maxBulkItems, `Select at most ${maxBulkItems} alerts`),
    ),
  patch: alertPatchSchema,
});
export type AlertBulkRequest = z.infer<typeof alertBulkRequestSchema>;

export const alertBulkFailureSchema = z.object({ id: idOf('alr'), problem: problemSchema });
export type AlertBulkFailure = z.infer<typeof alertBulkFailureSchema>;

/** Partial success is normal: some items updated, others failed with 412, 409 or 403 problems. */
export const alertBulkResponseSchema = z.object({
  updated: z.array(alertSchema),
  failed: z.array(alertBulkFailureSchema),
});
export type AlertBulkResponse = z.infer<typeof alertBulkResponseSchema>;

/** A note on an alert, from `POST …/notes` or from a PATCH's `note`; plain text. */
export const alertNoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  alertId: idOf('alr'),
  at: isoDateTime,
  authorId: idOf('stf'),
  body: z.string(),
});
export type AlertNote = z.infer<typeof alertNoteSchema>;

/** `GET /alerts/{id}/notes`, oldest first. */
export const alertNotePageSchema = pageOf(alertNoteSchema);

export const alertNoteRequestSchema = z.object({ body: noteText });
export type AlertNoteRequest = z.infer<typeof alertNoteRequestSchema>;

export const newIncidentFromAlertSchema = z.object({
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'Give the incident a title'), withinTextLimit('title', 'title')),
  severity: alertSeveritySchema,
});
export type NewIncidentFromAlert = z.infer<typeof newIncidentFromAlertSchema>;

/**
 * `POST /alerts/{id}/escalate` (If-Match): link an existing incident, or open a new one; exactly one
 * of the two. The reply is the alert, `escalated` with `incidentId` set.
 */
export const alertEscalateRequestSchema = z.union([
  z.strictObject({ incidentId: idOf('inc') }),
  z.strictObject({ newIncident: newIncidentFromAlertSchema }),
]);
export type AlertEscalateRequest = z.infer<typeof alertEscalateRequestSchema>;
