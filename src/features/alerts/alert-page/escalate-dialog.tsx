import { zodResolver } from '@hookform/resolvers/zod';
import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { describeError, isApiError } from '@/shared/api/api-error';
import { useIntentKey } from '@/shared/api/use-intent-key';
import {
  alertSeverities,
  alertSeveritySchema,
  canMoveAlert,
  type Alert,
  type AlertEscalateRequest,
} from '@/shared/contract/alerts';
import type { Incident } from '@/shared/contract/incidents';
import { textLimits } from '@/shared/contract/limits';
import { useDebouncedValue } from '@/shared/lib/use-debounced-value';
import { incidentQueries } from '@/shared/resources/incidents/queries';
import { ErrorState } from '@/shared/ui/error-state';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { alertStatusLabels } from '../alert-labels';
import { useEscalateAlert } from '../api/mutations';
import { UserText } from '@/shared/ui/user-text';

const searchDelayMs = 300;

const escalateFormSchema = z
  .object({
    target: z.enum(['existing', 'new']),
    incidentId: z.string(),
    title: z.string(),
    severity: alertSeveritySchema,
  })
  .check(
    z.superRefine((form, ctx) => {
      if (form.target === 'existing' && form.incidentId === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['incidentId'],
          message: 'Choose the open incident to link the alert to',
          input: form.incidentId,
        });
      }
      if (form.target === 'new' && form.title.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: 'Give the incident a title',
          input: form.title,
        });
      }
      if (form.target === 'new' && form.title.trim().length > textLimits.title) {
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: `Keep the title to ${textLimits.title.toLocaleString('en')} characters`,
          input: form.title,
        });
      }
    }),
  );
type EscalateForm = z.infer<typeof escalateFormSchema>;

function toRequest(form: EscalateForm): AlertEscalateRequest {
  return form.target === 'existing'
    ? { incidentId: form.incidentId }
    : { newIncident: { title: form.title.trim(), severity: form.severity } };
}

function failureText(error: unknown): string {
  if (isApiError(error) && error.isStale) {
    return 'Someone else changed the alert while you were escalating it. The page now shows their version: check it, then escalate again.';
  }
  if (isApiError(error) && error.isConflict) {
    return `${error.detail ?? 'The alert cannot be escalated in its current state.'} The page now shows the current state.`;
  }
  return describeError(error);
}

interface EscalateDialogProps {
  alert: Alert;
  onClose: () => void;
}

function IncidentLabel({ incident }: { incident: Incident }) {
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Box component="span" sx={{ display: 'block' }}>
        <UserText>{incident.title}</UserText>
      </Box>
      <Typography component="span" variant="body2" color="text.secondary">
        {incident.id} · {incident.severity}
      </Typography>
    </Box>
  );
}

function EscalateFormBody({ alert, onClose, titleId }: EscalateDialogProps & { titleId: string }) {
  const ids = useId();
  // One key for this opening of the dialog: a double click or a retry links or opens one incident.
  const [idempotencyKey] = useIntentKey();
  const [search, setSearch] = useState('');
  const [q, flushSearch] = useDebouncedValue(search.trim(), searchDelayMs);
  const [chosen, setChosen] = useState<Incident | null>(null);
  const { register, handleSubmit, control, formState } = useForm<EscalateForm>({
    resolver: zodResolver(escalateFormSchema),
    defaultValues: { target: 'existing', incidentId: '', title: alert.title, severity: alert.severity },
  });
  const target = useWatch({ control, name: 'target' });
  const title = useWatch({ control, name: 'title' });
  const { errors } = formState;
  // A search past the API's limit is not sent (it could only be refused): the field says so.
  const searchTooLong = search.trim().length > textLimits.search;

  const incidents = useQuery({
    ...incidentQueries.list({ q: q === '' ? undefined : q, status: ['open', 'assessing', 'notifying', 'monitoring'], pageSize: 10 }),
    enabled: target === 'existing' && !searchTooLong && q.length <= textLimits.search,
  });

  const mutation = useEscalateAlert(idempotencyKey, onClose);

  const escalable = canMoveAlert(alert.status, 'escalated');
  const submit = (form: EscalateForm) => {
    mutation.mutate(alert, toRequest(form));
  };
  const results = incidents.data?.items ?? [];
  const chosenHidden = chosen !== null && !results.some((incident) => incident.id === chosen.id);

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <DialogTitle id={titleId}>Escalate the alert</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Link the alert to an incident that is already open, or open a new one. A new incident starts its
          72-hour regulator clock now.
        </DialogContentText>
        {mutation.error ? (
          <MuiAlert severity="error" role="alert" sx={{ mb: 2 }}>
            {failureText(mutation.error)}
          </MuiAlert>
        ) : null}
        {!escalable ? (
          <MuiAlert severity="info" sx={{ mb: 2 }}>
            {alert.status === 'new'
              ? 'The alert is new: acknowledge it first, then escalate it.'
              : `The alert is now ${alertStatusLabels[alert.status].toLowerCase()}: only an acknowledged alert can be escalated.`}
          </MuiAlert>
        ) : null}
        <Controller
          control={control}
          name="target"
          render={({ field }) => (
            <FormControl sx={{ mb: 2 }}>
              <FormLabel id={`${ids}-target`}>Escalate to</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${ids}-target`}
                name={field.name}
                value={field.value}
                onChange={(event) => {
                  field.onChange(event.target.value);
                }}
              >
                <FormControlLabel value="existing" control={<Radio />} label="An existing open incident" />
                <FormControlLabel value="new" control={<Radio />} label="A new incident" />
              </RadioGroup>
            </FormControl>
          )}
        />
        {target === 'existing' ? (
          <Box key="existing">
            <LimitedTextField
              label="Search open incidents"
              placeholder="Title or incident id"
              type="search"
              fullWidth
              size="small"
              limit={textLimits.search}
              length={search.trim().length}
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
              }}
              onKeyDown={(event) => {
                // Enter searches at once instead of sending the form.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  flushSearch();
                }
              }}
              sx={{ mb: 1 }}
            />
            <Box sx={{ minHeight: 4 }}>
              {incidents.isFetching ? <LinearProgress aria-label="Searching incidents" /> : null}
            </Box>
            {incidents.isError ? (
              <ErrorState
                error={incidents.error}
                title="The open incidents could not be loaded"
                onRetry={() => {
                  void incidents.refetch();
                }}
              />
            ) : (
              <Controller
                control={control}
                name="incidentId"
                render={({ field, fieldState }) => (
                  <FormControl error={Boolean(fieldState.error)} required fullWidth>
                    <FormLabel id={`${ids}-incidents`}>Open incidents</FormLabel>
                    {chosenHidden ? (
                      <Typography variant="body2" sx={{ mt: 1 }}>
                        Chosen: <UserText>{chosen.title}</UserText> ({chosen.id})
                      </Typography>
                    ) : null}
                    {incidents.isSuccess && results.length === 0 ? (
                      <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 1 }}>
                        {q === ''
                          ? 'There is no open incident: open a new one.'
                          : `No open incident matches “${q}”.`}
                      </Typography>
                    ) : null}
                    <RadioGroup
                      aria-labelledby={`${ids}-incidents`}
                      name={field.name}
                      value={field.value}
                      onChange={(event) => {
                        field.onChange(event.target.value);
                        setChosen(results.find((incident) => incident.id === event.target.value) ?? null);
                      }}
                    >
                      {results.map((incident) => (
                        <FormControlLabel
                          key={incident.id}
                          value={incident.id}
                          control={<Radio />}
                          label={<IncidentLabel incident={incident} />}
                        />
                      ))}
                    </RadioGroup>
                    {fieldState.error ? <FormHelperText>{fieldState.error.message}</FormHelperText> : null}
                  </FormControl>
                )}
              />
            )}
          </Box>
        ) : (
          <Box key="new" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <LimitedTextField
              {...register('title')}
              label="Incident title"
              fullWidth
              required
              limit={textLimits.title}
              length={title.trim().length}
              {...(errors.title?.message ? { errorMessage: errors.title.message } : {})}
            />
            <TextField
              {...register('severity')}
              select
              label="Severity"
              fullWidth
              required
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              {alertSeverities.map((severity) => (
                <option key={severity} value={severity}>
                  {severity}
                </option>
              ))}
            </TextField>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" color="error" disabled={mutation.isPending || !escalable}>
          {mutation.isPending ? 'Escalating…' : 'Escalate'}
        </Button>
      </DialogActions>
    </form>
  );
}

/**
 * Escalate to an existing open incident (searched) or to a new one, in one step, on the version of
 * the alert shown (If-Match) and with one Idempotency-Key for this opening of the dialog.
 */
export function EscalateDialog(props: EscalateDialogProps) {
  const titleId = useId();
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <EscalateFormBody {...props} titleId={titleId} />
    </Dialog>
  );
}
