import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeError, isApiError } from '@/shared/api/api-error';
import { serverNow } from '@/shared/api/server-time';
import { useIntentKey } from '@/shared/api/use-intent-key';
import type { Incident } from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { formatDateTime, timeZoneLabel, toLocalInput } from '@/shared/lib/format';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { useToast } from '@/shared/ui/toast/use-toast';
import { useFileRegulatorReport } from '../api/mutations';
import {
  lateReasonNeeded,
  reportFieldLabels,
  reportRequestOf,
  reportResolver,
  type ReportField,
  type ReportFormValues,
} from './report-form-values';
import { useDeadlinePassed } from './use-deadline-passed';
import { WatchedLimitedTextField } from '@/shared/ui/watched-limited-text-field';
import { SubmitButton } from '@/shared/ui/submit-button';

interface ReportFormProps {
  incident: Incident;
  /** The form closes: the report was filed, or the person cancelled. */
  onClose: () => void;
  /**
   * The API refused the report with 409 (a report already filed, or the incident closed): `detail`
   * is its explanation, kept by the section once the incident, read again, no longer offers the form.
   */
  onRefused: (detail: string) => void;
}

/**
 * Files the incident's report to the regulator (API.md, Security incidents: `POST
 * /incidents/{id}/regulator-reports`, Idempotency-Key): authority, when it was submitted (the
 * staff member's local date and time in their named zone, sent as UTC), the authority's
 * reference and a summary. Once the 72-hour deadline has passed by server time, or the report
 * says it was submitted after it, "Reason for the delay" appears and is required (DESIGN: a late
 * report needs a reason). One key per intent: a double click or a retry after a network error
 * files one report. The API's 400s land on their fields; a 409 (already filed, or closed) is
 * explained and the incident read again.
 */
export function ReportForm({ incident, onClose, onRefused }: ReportFormProps) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [intentKey] = useIntentKey();
  const mutation = useFileRegulatorReport(incident.id, intentKey);
  const filed = useRef(false);
  const deadline = incident.regulatorDeadlineAt;
  const passed = useDeadlinePassed(deadline);
  const resolver = useMemo(
    () => reportResolver({ regulatorDeadlineAt: deadline }, () => serverNow() > Date.parse(deadline)),
    [deadline],
  );
  const { control, handleSubmit, formState, register, setError, setFocus } = useForm<ReportFormValues>({
    resolver,
    defaultValues: {
      authority: '',
      submittedAt: toLocalInput(serverNow()),
      reference: '',
      contentSummary: '',
      lateReason: '',
    },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { errors } = formState;
  const submittedAt = useWatch({ control, name: 'submittedAt' });
  const late = lateReasonNeeded(incident, { submittedAt }, passed);

  const submit = (values: ReportFormValues) => {
    // A second press of a double click may pass validation after the first one's reply arrived.
    if (filed.current) return;
    const body = reportRequestOf(incident, values, serverNow() > Date.parse(deadline));
    mutation.mutate(body, {
      onSuccess: (report) => {
        filed.current = true;
        toast.show({ message: `Regulator report ${report.reference} filed` });
        onClose();
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.isConflict) {
          onRefused(describeError(error));
          void queryClient.invalidateQueries({ queryKey: incidentQueries.detail(incident.id).queryKey });
          return;
        }
        if (error.status !== 400) return;
        let first: ReportField | undefined;
        for (const item of error.fieldErrors) {
          if (item.field in reportFieldLabels) {
            const field = item.field as ReportField;
            setError(field, { type: 'server', message: item.message });
            first ??= field;
          }
        }
        if (first) setFocus(first);
      },
    });
  };

  const failure = mutation.error;
  const placedOnFields =
    isApiError(failure) &&
    failure.status === 400 &&
    failure.fieldErrors.some((item) => item.field in reportFieldLabels);

  return (
    <Box
      component="form"
      noValidate
      aria-label="File regulator report"
      onSubmit={(event) => void handleSubmit(submit)(event)}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 1 }}
    >
      {isApiError(failure) && failure.isConflict ? (
        <MuiAlert severity="error" role="alert">
          <AlertTitle>The report was not filed</AlertTitle>
          {describeError(failure)} A report is filed once per incident, and not on a closed incident: the
          incident is read again to show where it stands.
        </MuiAlert>
      ) : failure && !placedOnFields ? (
        <MuiAlert severity="error" role="alert">
          <AlertTitle>The report was not filed</AlertTitle>
          {describeError(failure)}
          {isApiError(failure) && failure.isRetryable ? ' File it again: it will be filed once.' : ''}
        </MuiAlert>
      ) : null}
      {late && !passed ? (
        <Typography variant="body2" color="error">
          Submitted after the 72-hour deadline ({formatDateTime(deadline)}): say why the report is late.
        </Typography>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2 }}>
        <WatchedLimitedTextField
          control={control}
          {...register('authority')}
          limit={textLimits.title}
          label={reportFieldLabels.authority}
          required
          errorMessage={errors.authority?.message}
        />
        <TextField
          {...register('submittedAt')}
          type="datetime-local"
          label={reportFieldLabels.submittedAt}
          required
          error={Boolean(errors.submittedAt)}
          helperText={errors.submittedAt?.message ?? `Your time zone: ${timeZoneLabel(serverNow())}`}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      <WatchedLimitedTextField
        control={control}
        {...register('reference')}
        limit={textLimits.title}
        label={reportFieldLabels.reference}
        required
        errorMessage={errors.reference?.message}
      />
      <WatchedLimitedTextField
        control={control}
        {...register('contentSummary')}
        limit={textLimits.note}
        label={reportFieldLabels.contentSummary}
        required
        multiline
        minRows={3}
        errorMessage={errors.contentSummary?.message}
      />
      {late ? (
        <WatchedLimitedTextField
          control={control}
          {...register('lateReason')}
          limit={textLimits.reason}
          label={reportFieldLabels.lateReason}
          required
          multiline
          minRows={2}
          errorMessage={errors.lateReason?.message}
        />
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <SubmitButton busy={mutation.isPending} busyLabel="Filing…">
          File the report
        </SubmitButton>
        <Button onClick={onClose}>Cancel</Button>
      </Box>
    </Box>
  );
}
