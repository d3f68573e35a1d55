import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  regulatorReportIsLate,
  regulatorReportRequestSchema,
  type Incident,
  type RegulatorReportRequest,
} from '@/shared/contract/incidents';
import { fromLocalInput } from '@/shared/lib/format';

/** The regulator report form as typed: `submittedAt` is a `datetime-local` value in the staff member's zone. */
export interface ReportFormValues {
  authority: string;
  submittedAt: string;
  reference: string;
  contentSummary: string;
  lateReason: string;
}

export type ReportField = keyof ReportFormValues;

/** How the form and its error messages name each field. */
export const reportFieldLabels: Record<ReportField, string> = {
  authority: 'Authority',
  submittedAt: 'Submitted at',
  reference: 'Reference',
  contentSummary: 'Summary of the report',
  lateReason: 'Reason for the delay',
};

/** `submittedAt` as the ISO instant (UTC) it names, or `undefined` when it names none. */
export function submittedAtIso(values: Pick<ReportFormValues, 'submittedAt'>): string | undefined {
  const ms = fromLocalInput(values.submittedAt);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * Whether the report must give a reason for the delay (API.md: after `regulatorDeadlineAt`,
 * `lateReason` is required): the deadline has passed by server time (`deadlinePassed`), or the
 * report says it was submitted after the deadline.
 */
export function lateReasonNeeded(
  incident: Pick<Incident, 'regulatorDeadlineAt'>,
  values: Pick<ReportFormValues, 'submittedAt'>,
  deadlinePassed: boolean,
): boolean {
  const iso = submittedAtIso(values);
  return deadlinePassed || (iso !== undefined && regulatorReportIsLate(incident, iso));
}

/**
 * The request the form's values make (texts trimmed; `lateReason` only when it is needed), or the
 * problems per field: the contract's checks (`regulatorReportRequestSchema`), a time that is not a
 * date and time, and the reason for the delay once the report is late. `deadlinePassed()` is read
 * at each check: server time moves on while the form is open.
 */
export function reportResolver(
  incident: Pick<Incident, 'regulatorDeadlineAt'>,
  deadlinePassed: () => boolean,
): Resolver<ReportFormValues> {
  return (values) => {
    const errors: FieldErrors<ReportFormValues> = {};
    const iso = submittedAtIso(values);
    const late = lateReasonNeeded(incident, values, deadlinePassed());
    const request = {
      authority: values.authority,
      submittedAt: iso ?? '',
      reference: values.reference,
      contentSummary: values.contentSummary,
      ...(late ? { lateReason: values.lateReason } : {}),
    };
    const parsed = regulatorReportRequestSchema.safeParse(request);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (typeof field === 'string' && field in reportFieldLabels && !(field in errors)) {
          errors[field as ReportField] = { type: 'validate', message: issue.message };
        }
      }
    }
    if (iso === undefined) {
      errors.submittedAt = { type: 'validate', message: 'Give the date and time the report was submitted' };
    }
    if (late && values.lateReason.trim() === '') {
      errors.lateReason = {
        type: 'validate',
        message: 'Explain the delay: the report comes after the 72-hour deadline',
      };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}

/** The request body from values the resolver accepted. */
export function reportRequestOf(
  incident: Pick<Incident, 'regulatorDeadlineAt'>,
  values: ReportFormValues,
  deadlinePassed: boolean,
): RegulatorReportRequest {
  const late = lateReasonNeeded(incident, values, deadlinePassed);
  return {
    authority: values.authority.trim(),
    submittedAt: submittedAtIso(values) ?? '',
    reference: values.reference.trim(),
    contentSummary: values.contentSummary.trim(),
    ...(late ? { lateReason: values.lateReason.trim() } : {}),
  };
}
