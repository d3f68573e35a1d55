import * as z from 'zod/mini';
import { idOf, isoDateTime } from './common';
import { purposeIdSchema } from './consent';
import { incidentSeveritySchema, incidentStatusSchema } from './incidents';
import type { Permission } from './roles';

// Overview statistics: the counts and series of the overview page, for a time range.

const count = z.number().check(z.int(), z.minimum(0));
/** `YYYY-MM-DD`, a UTC calendar day. */
const day = z.iso.date();
/** `YYYY-MM`, a UTC calendar month. */
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** One count per alert severity. */
export const severityCountsSchema = z.object({ low: count, medium: count, high: count, critical: count });
export type SeverityCounts = z.infer<typeof severityCountsSchema>;

/** Alerts detected on one UTC day, by severity. */
export const alertsPerDaySchema = z.extend(severityCountsSchema, { date: day });
export type AlertsPerDay = z.infer<typeof alertsPerDaySchema>;

/** Medians over the alerts acknowledged / resolved in the range; `null` when there were none. */
export const alertResponseTimesSchema = z.object({
  medianSecondsToAcknowledge: z.nullable(z.number().check(z.minimum(0))),
  medianSecondsToResolve: z.nullable(z.number().check(z.minimum(0))),
});
export type AlertResponseTimes = z.infer<typeof alertResponseTimesSchema>;

/**
 * Consent rate of one purpose in one ISO week (starting Monday, UTC): of the accounts asked about
 * the purpose (state `granted` or `withdrawn` at the week's end), how many had it `granted`.
 * `rate` is `granted / asked` in 0–1, and `null` when nobody was asked.
 */
export const consentRateWeekSchema = z.object({
  weekStart: day,
  purposeId: purposeIdSchema,
  granted: count,
  asked: count,
  rate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
});
export type ConsentRateWeek = z.infer<typeof consentRateWeekSchema>;

/** Disclosures that occurred in one UTC month, by recipient category. */
export const disclosuresPerMonthSchema = z.object({
  month,
  seller: count,
  affiliate: count,
  authorized_partner: count,
  authority: count,
  acquirer: count,
  public: count,
});
export type DisclosuresPerMonth = z.infer<typeof disclosuresPerMonthSchema>;

/** An incident that is not closed, with its regulator clock. */
export const openIncidentStatSchema = z.object({
  id: idOf('inc'),
  title: z.string(),
  severity: incidentSeveritySchema,
  status: incidentStatusSchema,
  awareAt: isoDateTime,
  regulatorDeadlineAt: isoDateTime,
  /** A regulator report has been filed (the clock has stopped). */
  regulatorReportFiled: z.boolean(),
});
export type OpenIncidentStat = z.infer<typeof openIncidentStatSchema>;

/**
 * Unanswered inquiries (`open` or `waiting_on_customer`), grouped by whole days left until
 * `dueAt` (rounded down, so 0 means due within 24 hours). Every overdue inquiry counts under -1.
 * Only non-zero groups are listed, ascending by `daysLeft`.
 */
export const inquiriesByDaysLeftSchema = z.object({
  daysLeft: z.number().check(z.int(), z.minimum(-1), z.maximum(15)),
  count,
});
export type InquiriesByDaysLeft = z.infer<typeof inquiriesByDaysLeftSchema>;

/**
 * `GET /stats/overview?from=&to=`. The range bounds the series (alerts per day, response times,
 * consent weeks, disclosure months); the "now" figures (open alerts, open incidents, inquiries by
 * days left) are as of server time. Each section is present only when the caller's roles may read
 * that part of the console (`overviewSectionPermissions`).
 */
export const overviewStatsSchema = z.object({
  from: isoDateTime,
  to: isoDateTime,
  generatedAt: isoDateTime,
  /** Alerts in `new`, `acknowledged` or `escalated`. */
  openAlertsBySeverity: z.optional(severityCountsSchema),
  alertsPerDay: z.optional(z.array(alertsPerDaySchema)),
  alertResponseTimes: z.optional(alertResponseTimesSchema),
  consentRateByWeek: z.optional(z.array(consentRateWeekSchema)),
  disclosuresPerMonth: z.optional(z.array(disclosuresPerMonthSchema)),
  openIncidents: z.optional(z.array(openIncidentStatSchema)),
  inquiriesByDaysLeft: z.optional(z.array(inquiriesByDaysLeftSchema)),
});
export type OverviewStats = z.infer<typeof overviewStatsSchema>;

export type OverviewSection = Exclude<keyof OverviewStats, 'from' | 'to' | 'generatedAt'>;

/** Which permission lets a caller see each section; the API leaves out the others. */
export const overviewSectionPermissions = {
  openAlertsBySeverity: 'alerts.read',
  alertsPerDay: 'alerts.read',
  alertResponseTimes: 'alerts.read',
  consentRateByWeek: 'overview.read',
  disclosuresPerMonth: 'disclosures.read',
  openIncidents: 'incidents.read',
  inquiriesByDaysLeft: 'inquiries.handle',
} as const satisfies Record<OverviewSection, Permission>;

/** Query of `GET /stats/overview`; without it, the last 30 days up to server time. */
export interface OverviewStatsQuery {
  from?: string | undefined;
  to?: string | undefined;
}
